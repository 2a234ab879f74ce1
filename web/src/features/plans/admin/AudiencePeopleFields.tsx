import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { useFormat } from '../../../i18n/format';

/** A person added to or left out of an audience by name. */
export interface PersonChoice { id: string; employeeId: string; nameEn: string; nameHi: string }

interface Props {
  ownerOrgId: string;
  include: PersonChoice[];
  exclude: PersonChoice[];
  onChange: (next: { include: PersonChoice[]; exclude: PersonChoice[] }) => void;
  /** The server's problems for a field path, e.g. `audience.excludeUserIds.0`. */
  errorsAt: (path: string) => string[];
}

/** Individual people: a search of the owner's people by employee ID or name, and the lists of people included and excluded. */
export function AudiencePeopleFields({ ownerOrgId, include, exclude, onChange, errorsAt }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const found = usePersonSearch(q, ownerOrgId);
  const label = (p: PersonChoice) => `${f.name(p)} (${p.employeeId})`;
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
  };
  const without = (list: PersonChoice[], id: string) => list.filter((p) => p.id !== id);
  const add = (p: PersonChoice, into: 'include' | 'exclude') =>
    onChange(into === 'include' ? { include: [...without(include, p.id), p], exclude: without(exclude, p.id) } : { include: without(include, p.id), exclude: [...without(exclude, p.id), p] });
  const lists = [
    { key: 'include' as const, people: include, title: t('plans.form.include') },
    { key: 'exclude' as const, people: exclude, title: t('plans.form.exclude') },
  ];
  return (
    <fieldset>
      <legend>{t('plans.form.people')}</legend>
      <p className="hint">{t('plans.form.peopleHint')}</p>
      {lists.map((l) => (
        <div className="field" key={l.key}>
          <p className="field-label" id={`audience-${l.key}-label`}><strong>{l.title}</strong></p>
          {l.people.length === 0 ? <p className="muted small">{t('plans.form.nobodyChosen')}</p> : null}
          <ul className="link-list" aria-labelledby={`audience-${l.key}-label`} data-testid={`audience-${l.key}`}>
            {l.people.map((p, j) => {
              const problems = errorsAt(`audience.${l.key}UserIds.${j}`);
              return (
                <li key={p.id}>
                  {label(p)}{' '}
                  <Button variant="link" onClick={() => onChange({ include: without(include, p.id), exclude: without(exclude, p.id) })}>
                    {t('plans.form.removePerson', { name: label(p) })}
                  </Button>
                  {problems.length ? <span className="field-error" role="alert"> {problems.join(' ')}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <div className="form" role="search" aria-label={t('plans.form.findPeople')}>
        <FormField label={t('plans.form.findPerson')}>
          {({ id }) => <input id={id} type="search" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => (e.key === 'Enter' ? search(e) : undefined)} />}
        </FormField>
        <Button variant="secondary" busy={found.isFetching} onClick={search}>{t('plans.form.lookUp')}</Button>
      </div>
      <ErrorMessage error={found.error} />
      {found.data && found.data.items.length === 0 ? <p className="muted small">{t('plans.form.nobodyFound')}</p> : null}
      <ul className="plain-list" data-testid="audience-people-found">
        {(found.data?.items ?? []).map((u) => {
          const p: PersonChoice = { id: u.id, employeeId: u.employeeId, nameEn: u.fullName, nameHi: u.fullNameHi ?? '' };
          const state = include.some((x) => x.id === u.id) ? 'include' : exclude.some((x) => x.id === u.id) ? 'exclude' : null;
          return (
            <li key={u.id}>
              {label(p)} <span className="small muted">{f.name(u.org)}{u.designation ? ` · ${f.name(u.designation)}` : ''}</span>
              <span className="actions">
                {state === 'include' ? <span className="tag">{t('plans.form.isIncluded')}</span> : <Button variant="secondary" onClick={() => add(p, 'include')}>{t('plans.form.includePerson', { name: label(p) })}</Button>}
                {state === 'exclude' ? <span className="tag">{t('plans.form.isExcluded')}</span> : <Button variant="secondary" onClick={() => add(p, 'exclude')}>{t('plans.form.excludePerson', { name: label(p) })}</Button>}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
