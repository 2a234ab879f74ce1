import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../../api/catalog';
import { useProgrammeChoices } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { FormField } from '../../../components/FormField';
import { FieldErrorList } from '../../../components/FieldErrorList';

/** One requirement as the plan form edits it. */
export interface RequirementDraft {
  key: string;
  kind: 'courses' | 'any_of' | 'tagged' | 'programme';
  courses: { id: string; title: string }[];
  count: string;
  tags: string;
  publishedAfter: string;
  programmeId: string;
  validityMonths: string;
  renewalWindowDays: string;
}

export const newRequirement = (): RequirementDraft => ({
  key: Math.random().toString(36).slice(2),
  kind: 'courses',
  courses: [],
  count: '',
  tags: '',
  publishedAfter: '',
  programmeId: '',
  validityMonths: '',
  renewalWindowDays: '',
});

/** The fields of one requirement: its kind, then the courses, count, tags or programme it needs, and renewal. */
export function RequirementFields({ index, value, onChange, onRemove, errors }: { index: number; value: RequirementDraft; onChange: (next: RequirementDraft) => void; onRemove?: () => void; errors: string[] }) {
  const { t } = useTranslation();
  const set = (patch: Partial<RequirementDraft>) => onChange({ ...value, ...patch });
  const n = index + 1;
  return (
    <fieldset className="card" data-testid={`requirement-${index}`}>
      <legend>{t('plans.form.requirementN', { n })}</legend>
      <FieldErrorList errors={errors} />
      <FormField label={t('plans.form.kind')}>
        {({ id }) => (
          <select id={id} value={value.kind} onChange={(e) => set({ kind: e.target.value as RequirementDraft['kind'] })}>
            {(['courses', 'any_of', 'tagged', 'programme'] as const).map((k) => (
              <option key={k} value={k}>{t(`plans.kind.${k}`)}</option>
            ))}
          </select>
        )}
      </FormField>
      {value.kind === 'courses' || value.kind === 'any_of' ? <CoursesField value={value.courses} onChange={(courses) => set({ courses })} n={n} /> : null}
      {value.kind === 'any_of' || value.kind === 'tagged' ? (
        <FormField label={t('plans.form.count')}>
          {({ id }) => <input id={id} type="number" min={1} max={50} inputMode="numeric" value={value.count} onChange={(e) => set({ count: e.target.value })} />}
        </FormField>
      ) : null}
      {value.kind === 'tagged' ? (
        <>
          <FormField label={t('plans.form.tags')} hint={t('plans.form.tagsHint')}>
            {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} value={value.tags} onChange={(e) => set({ tags: e.target.value })} />}
          </FormField>
          <FormField label={t('plans.form.publishedAfter')} optional>
            {({ id }) => <input id={id} type="date" value={value.publishedAfter} onChange={(e) => set({ publishedAfter: e.target.value })} />}
          </FormField>
        </>
      ) : null}
      {value.kind === 'programme' ? <ProgrammeField value={value.programmeId} onChange={(programmeId) => set({ programmeId })} /> : null}
      <FormField label={t('plans.form.validityMonths')} optional hint={t('plans.form.validityHint')}>
        {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} type="number" min={1} max={120} inputMode="numeric" value={value.validityMonths} onChange={(e) => set({ validityMonths: e.target.value })} />}
      </FormField>
      {value.validityMonths ? (
        <FormField label={t('plans.form.renewalWindowDays')}>
          {({ id }) => <input id={id} type="number" min={1} max={365} inputMode="numeric" value={value.renewalWindowDays} onChange={(e) => set({ renewalWindowDays: e.target.value })} />}
        </FormField>
      ) : null}
      {onRemove ? (
        <Button variant="secondary" onClick={onRemove}>
          {t('plans.form.removeRequirement', { n })}
        </Button>
      ) : null}
    </fieldset>
  );
}

function ProgrammeField({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const programmes = useProgrammeChoices();
  return (
    <FormField label={t('plans.form.programme')}>
      {({ id }) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('plans.form.choose')}</option>
          {(programmes.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>{p.title || p.code}</option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The chosen courses, and a catalog search to add more. */
function CoursesField({ value, onChange, n }: { value: { id: string; title: string }[]; onChange: (next: { id: string; title: string }[]) => void; n: number }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState<string | undefined>(undefined);
  const catalog = useCatalog({ q, lang: i18n.language === 'hi' ? 'hi' : 'en', page: 1 });
  const taken = new Set(value.map((c) => c.id));
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim() || undefined);
  };
  return (
    <div className="field">
      <p className="field-label"><strong>{t('plans.form.courses')}</strong></p>
      {value.length === 0 ? <p className="muted small">{t('plans.form.noCourses')}</p> : null}
      <ul className="link-list" data-testid={`requirement-courses-${n}`}>
        {value.map((c) => (
          <li key={c.id}>
            {c.title}{' '}
            <Button variant="link" onClick={() => onChange(value.filter((x) => x.id !== c.id))}>
              {t('plans.form.removeCourse', { name: c.title })}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form" role="search" aria-label={t('plans.form.findCourseN', { n })}>
        <FormField label={t('plans.form.findCourse')}>
          {({ id }) => <input id={id} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => (e.key === 'Enter' ? search(e) : undefined)} />}
        </FormField>
        <Button variant="secondary" onClick={search}>{t('plans.form.search')}</Button>
      </div>
      <ul className="link-list">
        {(catalog.data?.items ?? []).slice(0, 8).map((c) => (
          <li key={c.id}>
            {c.title}{' '}
            {taken.has(c.id) ? (
              <span className="tag">{t('plans.form.added')}</span>
            ) : (
              <Button variant="secondary" onClick={() => onChange([...value, { id: c.id, title: c.title }])}>
                {t('plans.form.addCourse', { name: c.title })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
