import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAudiencePreview, useCreatePlan, type AdminPlan, type PlanInput } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { useAdminOrgs } from '../../admin/AdminOrgSelect';
import { AudienceGroupFields, newGroup } from './AudienceGroupFields';
import { AudiencePeopleFields } from './AudiencePeopleFields';
import { audienceInput, emptyDraft, problemsAt, toInput, type DeadlineKind, type Draft } from './plan-draft';
import { newRequirement, RequirementFields } from './RequirementFields';

/** MDO admins create a draft plan: names, audience, deadline and requirements, with a live audience count. */
export function PlanFormPage() {
  const orgs = useAdminOrgs();
  const create = useCreatePlan();
  return <PlanForm initial={emptyDraft(orgs[0]?.id ?? '')} save={create} />;
}

interface FormProps {
  initial: Draft;
  /** Creating (POST) or replacing a draft (PUT): both answer the saved plan. */
  save: UseMutationResult<AdminPlan, Error, PlanInput>;
  /** Editing a saved draft: its title and a way back. */
  editing?: AdminPlan;
}

/** The plan form, for a new plan or a saved draft (prefilled; the owner then stays as it is). */
export function PlanForm({ initial, save, editing }: FormProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const orgs = useAdminOrgs();
  const create = save;
  const preview = useAudiencePreview();
  const [d, setD] = useState<Draft>(initial);
  const set = (patch: Partial<Draft>) => setD((prev) => ({ ...prev, ...patch }));
  const owner = d.ownerOrgId || orgs[0]?.id || '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(toInput({ ...d, ownerOrgId: owner }), { onSuccess: (plan) => void navigate({ to: '/admin/plans/$id', params: { id: plan.id } }) });
  };
  const err = (path: string) => problemsAt(create.error, path).join(' ') || undefined;
  // Chosen organisations and people belong to the owner's subtree; another owner starts them afresh.
  const changeOwner = (ownerOrgId: string) => set({ ownerOrgId, groups: d.groups.map((g) => ({ ...g, orgs: [] })), include: [], exclude: [] });
  // Problems of the audience as a whole; those of a group or a person show next to it.
  const audienceErrors = problemsAt(create.error, 'audience', true).concat(problemsAt(create.error, 'audience.groups', true)).join(' ');
  return (
    <Page title={editing ? t('plans.edit.title', { name: f.local(editing.name) ?? '' }) : t('plans.form.title')} intro={editing ? t('plans.edit.intro') : t('plans.form.intro')}>
      {editing ? <p><Link to="/admin/plans/$id" params={{ id: editing.id }}>{t('plans.edit.back')}</Link></p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <ErrorMessage error={create.error} />
        <FormField label={t('plans.form.owner')} error={err('ownerOrgId')}>
          {({ id }) => (
            <select id={id} value={owner} disabled={editing !== undefined} onChange={(e) => changeOwner(e.target.value)}>
              {(editing && !orgs.some((o) => o.id === owner) ? [editing.ownerOrg, ...orgs] : orgs).map((o) => (
                <option key={o.id} value={o.id}>{f.name(o)}</option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('plans.form.nameEn')} error={err('name.en')}>
          {({ id, invalid }) => <input id={id} aria-invalid={invalid || undefined} value={d.nameEn} onChange={(e) => set({ nameEn: e.target.value })} maxLength={200} />}
        </FormField>
        <FormField label={t('plans.form.nameHi')} error={err('name.hi')}>
          {({ id, invalid }) => <input id={id} lang="hi" aria-invalid={invalid || undefined} value={d.nameHi} onChange={(e) => set({ nameHi: e.target.value })} maxLength={200} />}
        </FormField>
        <FormField label={t('plans.form.descriptionEn')} optional>
          {({ id }) => <textarea id={id} rows={2} value={d.descriptionEn} onChange={(e) => set({ descriptionEn: e.target.value })} />}
        </FormField>
        <FormField label={t('plans.form.descriptionHi')} optional>
          {({ id }) => <textarea id={id} lang="hi" rows={2} value={d.descriptionHi} onChange={(e) => set({ descriptionHi: e.target.value })} />}
        </FormField>
        <div className="check">
          <input id="plan-acr" type="checkbox" checked={d.acrLinked} onChange={(e) => set({ acrLinked: e.target.checked })} />
          <label htmlFor="plan-acr">{t('plans.form.acrLinked')}</label>
        </div>

        <fieldset className="card">
          <legend>{t('plans.form.audience')}</legend>
          {audienceErrors ? <p className="field-error" role="alert">{audienceErrors}</p> : null}
          {(['all', 'criteria'] as const).map((mode) => (
            <div className="check" key={mode}>
              <input id={`audience-${mode}`} type="radio" name="audience" checked={d.audience === mode} onChange={() => set({ audience: mode })} />
              <label htmlFor={`audience-${mode}`}>{t(`plans.form.audience_${mode}`)}</label>
            </div>
          ))}
          {d.audience === 'criteria' ? (
            <>
              <p className="hint">{t('plans.form.groupsHint')}</p>
              {d.groups.map((g, i) => (
                <AudienceGroupFields
                  key={g.key}
                  index={i}
                  value={g}
                  ownerOrgId={owner}
                  errors={problemsAt(create.error, `audience.groups.${i}`)}
                  onChange={(next) => set({ groups: d.groups.map((x) => (x.key === g.key ? next : x)) })}
                  onRemove={d.groups.length > 1 ? () => set({ groups: d.groups.filter((x) => x.key !== g.key) }) : undefined}
                />
              ))}
              <p>
                <Button variant="secondary" onClick={() => set({ groups: [...d.groups, newGroup()] })}>{t('plans.form.addGroup')}</Button>
              </p>
            </>
          ) : null}
          <AudiencePeopleFields ownerOrgId={owner} include={d.include} exclude={d.exclude} onChange={(people) => set(people)} errorsAt={(path) => problemsAt(create.error, path)} />
          <div className="actions">
            <Button variant="secondary" busy={preview.isPending} onClick={() => preview.mutate({ ownerOrgId: owner, audience: audienceInput(d) })}>
              {t('plans.form.preview')}
            </Button>
            <p role="status" aria-live="polite">
              {preview.data ? t('plans.form.previewCount', { count: preview.data.count, n: f.number(preview.data.count) }) : ''}
            </p>
          </div>
          <ErrorMessage error={preview.error} />
        </fieldset>

        <fieldset className="card">
          <legend>{t('plans.form.deadline')}</legend>
          <FormField label={t('plans.form.deadlineKind')}>
            {({ id }) => (
              <select id={id} value={d.deadlineKind} onChange={(e) => set({ deadlineKind: e.target.value as DeadlineKind })}>
                {(['fixed', 'after_assignment', 'after_joining', 'after_posting'] as const).map((k) => (
                  <option key={k} value={k}>{t(`plans.deadline.${k}`)}</option>
                ))}
              </select>
            )}
          </FormField>
          {d.deadlineKind === 'fixed' ? (
            <>
              <FormField label={t('plans.form.date')} error={err('deadline.date')}>
                {({ id, invalid }) => <input id={id} type="date" aria-invalid={invalid || undefined} value={d.date} onChange={(e) => set({ date: e.target.value })} />}
              </FormField>
              <FormField label={t('plans.form.lateJoinerDays')} hint={t('plans.form.lateJoinerHint')} error={err('deadline.lateJoinerDays')}>
                {({ id, invalid, describedBy }) => (
                  <input id={id} type="number" min={1} max={3650} inputMode="numeric" aria-invalid={invalid || undefined} aria-describedby={describedBy} value={d.lateJoinerDays} onChange={(e) => set({ lateJoinerDays: e.target.value })} />
                )}
              </FormField>
              <label className="check">
                <input type="checkbox" checked={d.everyYear} onChange={(e) => set({ everyYear: e.target.checked })} /> {t('plans.form.everyYear')}
              </label>
            </>
          ) : (
            <div className="row">
              <FormField label={t(d.unit === 'months' ? 'plans.form.months' : 'plans.form.days')} error={err(`deadline.${d.unit}`)}>
                {({ id, invalid }) => <input id={id} type="number" min={1} max={d.unit === 'months' ? 120 : 3650} inputMode="numeric" aria-invalid={invalid || undefined} value={d.days} onChange={(e) => set({ days: e.target.value })} />}
              </FormField>
              <FormField label={t('plans.form.unit')}>
                {({ id }) => (
                  <select id={id} value={d.unit} onChange={(e) => set({ unit: e.target.value as Draft['unit'] })}>
                    <option value="days">{t('plans.form.unitDays')}</option>
                    <option value="months">{t('plans.form.unitMonths')}</option>
                  </select>
                )}
              </FormField>
            </div>
          )}
          <FormField label={t('plans.form.countsFrom')}>
            {({ id }) => (
              <select id={id} value={d.countsFrom} onChange={(e) => set({ countsFrom: e.target.value as Draft['countsFrom'] })}>
                <option value="ever">{t('plans.form.countsEver')}</option>
                <option value="cycle">{t('plans.form.countsCycle')}</option>
              </select>
            )}
          </FormField>
        </fieldset>

        {d.requirements.map((r, i) => (
          <RequirementFields
            key={r.key}
            index={i}
            value={r}
            errors={problemsAt(create.error, `requirements.${i}`)}
            onChange={(next) => set({ requirements: d.requirements.map((x) => (x.key === r.key ? next : x)) })}
            onRemove={d.requirements.length > 1 ? () => set({ requirements: d.requirements.filter((x) => x.key !== r.key) }) : undefined}
          />
        ))}
        <p>
          <Button variant="secondary" onClick={() => set({ requirements: [...d.requirements, newRequirement()] })}>{t('plans.form.addRequirement')}</Button>
        </p>
        <div className="actions">
          <Button type="submit" busy={create.isPending}>{editing ? t('plans.edit.save') : t('plans.form.save')}</Button>
        </div>
      </form>
    </Page>
  );
}
