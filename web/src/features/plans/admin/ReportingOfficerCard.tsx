import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonSearch, useReportingOfficer, useSetReportingOfficer } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { useFormat } from '../../../i18n/format';
import { useAdminOrgs } from '../../admin/AdminOrgSelect';

/**
 * A person's reporting officer for training plans (they see the person's plans and grant extensions and exemptions):
 * shown, chosen by employee ID or name among the people the admin administers, changed or removed.
 */
export function ReportingOfficerCard({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const orgs = useAdminOrgs();
  const current = useReportingOfficer(userId);
  const save = useSetReportingOfficer(userId);
  const [orgId, setOrgId] = useState(orgs[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const found = usePersonSearch(q, orgId || orgs[0]?.id || '');
  const officer = current.data?.officer ?? null;
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
  };
  const choose = (id: string) => save.mutate(id, { onSuccess: () => { setQ(''); setDraft(''); } });
  return (
    <section className="card" aria-labelledby="reporting-officer">
      <h2 id="reporting-officer">{t('plans.officer.title')}</h2>
      <p className="hint">{t('plans.officer.intro')}</p>
      <ErrorMessage error={current.error ?? save.error} />
      <p role="status" data-testid="reporting-officer-current">
        {current.isPending ? t('common.loading') : officer ? t('plans.officer.current', { name: `${f.name(officer)} (${officer.employeeId})` }) : t('plans.officer.none')}
      </p>
      {officer ? (
        <Button variant="secondary" busy={save.isPending && save.variables === null} disabled={save.isPending} onClick={() => save.mutate(null)}>
          {t('plans.officer.remove')}
        </Button>
      ) : null}
      <form className="form" role="search" aria-label={t('plans.officer.find')} onSubmit={search}>
        {orgs.length > 1 ? (
          <FormField label={t('plans.officer.org')}>
            {({ id }) => (
              <select id={id} value={orgId} onChange={(e) => setOrgId(e.target.value)}>
                {orgs.map((o) => <option key={o.id} value={o.id}>{f.name(o)}</option>)}
              </select>
            )}
          </FormField>
        ) : null}
        <FormField label={t('plans.officer.search')}>
          {({ id }) => <input id={id} type="search" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary" busy={found.isFetching}>{t('plans.form.lookUp')}</Button>
      </form>
      <ErrorMessage error={found.error} />
      {found.data && found.data.items.length === 0 ? <p className="muted small">{t('plans.form.nobodyFound')}</p> : null}
      <ul className="plain-list" data-testid="reporting-officer-found">
        {(found.data?.items ?? []).filter((u) => u.id !== userId).map((u) => {
          const name = `${f.name({ nameEn: u.fullName, nameHi: u.fullNameHi ?? '' })} (${u.employeeId})`;
          return (
            <li key={u.id}>
              {name} <span className="small muted">{f.name(u.org)}{u.designation ? ` · ${f.name(u.designation)}` : ''}</span>{' '}
              {officer?.id === u.id ? (
                <span className="tag">{t('plans.officer.isCurrent')}</span>
              ) : (
                <Button variant="secondary" busy={save.isPending && save.variables === u.id} disabled={save.isPending} onClick={() => choose(u.id)}>
                  {t('plans.officer.choose', { name })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
