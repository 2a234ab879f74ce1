import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLiveChange, type AdminPlan, type LiveChange } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { AudienceGroupFields, newGroup } from './AudienceGroupFields';
import { AudiencePeopleFields } from './AudiencePeopleFields';
import { ConfirmDialog } from './ConfirmDialog';
import { useDeadlineText } from './deadline-text';
import { audienceDraft, audienceInput, deadlineInput, problemsAt, type Draft } from './plan-draft';

type AudienceState = Pick<Draft, 'audience' | 'groups' | 'include' | 'exclude'>;

/**
 * What a live plan allows: a later deadline of the same kind and a wider audience. Before saving, the admin sees what
 * it does to the people already assigned (their deadline moves; how many more are assigned and told).
 */
export function LiveChangeForm({ plan, orgName }: { plan: AdminPlan; orgName: (id: string) => { id: string; nameEn: string; nameHi: string } }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const deadlineText = useDeadlineText();
  const change = useLiveChange(plan.id);
  const d = plan.deadline;
  const yearly = d.kind === 'fixed' && d.everyYear === true;
  const unit: 'days' | 'months' = d.months !== undefined ? 'months' : 'days';
  const [date, setDate] = useState(d.date ?? '');
  const [lateJoinerDays, setLateJoinerDays] = useState(d.lateJoinerDays ? String(d.lateJoinerDays) : '');
  const [period, setPeriod] = useState(String(d.months ?? d.days ?? ''));
  const [audience, setAudience] = useState<AudienceState>(() => audienceDraft(plan, orgName));
  const [confirming, setConfirming] = useState<LiveChange | null>(null);
  const set = (patch: Partial<AudienceState>) => setAudience((prev) => ({ ...prev, ...patch }));

  const original = JSON.stringify(audienceInput(audienceDraft(plan, orgName)));
  const body = (): LiveChange => {
    const deadline = deadlineInput({ deadlineKind: d.kind, date, lateJoinerDays, everyYear: d.everyYear ?? false, unit, days: period });
    const audienceNow = audienceInput(audience);
    return {
      version: plan.updatedAt,
      ...(yearly || JSON.stringify(deadline) === JSON.stringify(d) ? {} : { deadline }),
      ...(JSON.stringify(audienceNow) === original ? {} : { audience: audienceNow }),
    };
  };
  const review = (e: FormEvent) => {
    e.preventDefault();
    const next = body();
    change.preview.mutate(next, { onSuccess: () => setConfirming(next) });
  };
  const impact = change.preview.data;
  const newDeadline = confirming?.deadline;
  const err = (path: string) => problemsAt(change.preview.error ?? change.apply.error, path).join(' ') || undefined;
  return (
    <Page title={t('plans.change.title', { name: f.local(plan.name) ?? '' })} intro={t('plans.change.intro')}>
      <p><Link to="/admin/plans/$id" params={{ id: plan.id }}>{t('plans.edit.back')}</Link></p>
      <form className="form" onSubmit={review} noValidate>
        <ErrorMessage error={change.preview.error} />
        <fieldset className="card">
          <legend>{t('plans.form.deadline')}</legend>
          <p>{t('plans.change.currentDeadline', { deadline: deadlineText(d) })}</p>
          {yearly ? (
            <p className="hint">{t('plans.change.yearlyFixed')}</p>
          ) : d.kind === 'fixed' ? (
            <>
              <FormField label={t('plans.change.newDate')} hint={t('plans.change.laterOnly')} error={err('deadline.date')}>
                {({ id, invalid, describedBy }) => <input id={id} type="date" min={d.date} aria-invalid={invalid || undefined} aria-describedby={describedBy} value={date} onChange={(e) => setDate(e.target.value)} />}
              </FormField>
              <FormField label={t('plans.form.lateJoinerDays')} hint={t('plans.form.lateJoinerHint')} optional={!d.lateJoinerDays}>
                {({ id, describedBy }) => (
                  <input id={id} type="number" min={d.lateJoinerDays ?? 1} max={3650} inputMode="numeric" aria-describedby={describedBy} value={lateJoinerDays} onChange={(e) => setLateJoinerDays(e.target.value)} />
                )}
              </FormField>
            </>
          ) : (
            <FormField label={t(unit === 'months' ? 'plans.form.months' : 'plans.form.days')} hint={t('plans.change.laterOnly')} error={err(`deadline.${unit}`)}>
              {({ id, invalid, describedBy }) => (
                <input id={id} type="number" min={d[unit]} max={unit === 'months' ? 120 : 3650} inputMode="numeric" aria-invalid={invalid || undefined} aria-describedby={describedBy} value={period} onChange={(e) => setPeriod(e.target.value)} />
              )}
            </FormField>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{t('plans.form.audience')}</legend>
          <p className="hint">{t('plans.change.widenOnly')}</p>
          {(['all', 'criteria'] as const).map((mode) => (
            <div className="check" key={mode}>
              <input id={`change-audience-${mode}`} type="radio" name="audience" checked={audience.audience === mode} onChange={() => set({ audience: mode })} />
              <label htmlFor={`change-audience-${mode}`}>{t(`plans.form.audience_${mode}`)}</label>
            </div>
          ))}
          {audience.audience === 'criteria' ? (
            <>
              {audience.groups.map((g, i) => (
                <AudienceGroupFields
                  key={g.key}
                  index={i}
                  value={g}
                  ownerOrgId={plan.ownerOrg.id}
                  errors={problemsAt(change.preview.error, `audience.groups.${i}`)}
                  onChange={(next) => set({ groups: audience.groups.map((x) => (x.key === g.key ? next : x)) })}
                  onRemove={audience.groups.length > 1 ? () => set({ groups: audience.groups.filter((x) => x.key !== g.key) }) : undefined}
                />
              ))}
              <p>
                <Button variant="secondary" onClick={() => set({ groups: [...audience.groups, newGroup()] })}>{t('plans.form.addGroup')}</Button>
              </p>
            </>
          ) : null}
          <AudiencePeopleFields ownerOrgId={plan.ownerOrg.id} include={audience.include} exclude={audience.exclude} onChange={(people) => set(people)} errorsAt={(path) => problemsAt(change.preview.error, path)} />
        </fieldset>
        <div className="actions">
          <Button type="submit" busy={change.preview.isPending}>{t('plans.change.review')}</Button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming !== null && impact !== undefined}
        title={t('plans.change.confirmTitle')}
        confirmLabel={t('plans.change.save')}
        cancelLabel={t('common.cancel')}
        busy={change.apply.isPending}
        error={change.apply.error}
        onCancel={() => { setConfirming(null); change.apply.reset(); }}
        onConfirm={() => confirming && change.apply.mutate(confirming, { onSuccess: () => void navigate({ to: '/admin/plans/$id', params: { id: plan.id } }) })}
      >
        {impact ? (
          <ul data-testid="change-impact">
            <li>{t('plans.change.assignedNow', { count: impact.assigned, n: f.number(impact.assigned) })}</li>
            {newDeadline ? (
              <li>
                {impact.dueDate && newDeadline.kind === 'fixed'
                  ? t('plans.change.deadlineMovesTo', { count: impact.deadlineMoves, n: f.number(impact.deadlineMoves), date: f.date(impact.dueDate) })
                  : t('plans.change.deadlineBecomes', { count: impact.deadlineMoves, n: f.number(impact.deadlineMoves), deadline: deadlineText(newDeadline) })}
              </li>
            ) : null}
            {confirming?.audience ? <li>{t('plans.change.added', { count: impact.added, n: f.number(impact.added) })}</li> : null}
            {!newDeadline && !confirming?.audience ? <li>{t('plans.change.nothing')}</li> : null}
          </ul>
        ) : null}
      </ConfirmDialog>
    </Page>
  );
}
