import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveCampaign, type Campaign, type CampaignInput } from '../../api/reports';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { OrgPicker } from '../registration/OrgPicker';

interface Values {
  nameEn: string;
  nameHi: string;
  startsOn: string;
  endsOn: string;
  targetHoursPerEmployee: string;
  targetParticipationPercent: string;
  targetCompletions: string;
}
const FIELDS = ['nameEn', 'nameHi', 'startsOn', 'endsOn', 'targetHoursPerEmployee', 'targetParticipationPercent', 'targetCompletions'] as const;
const num = (v: string) => (v.trim() === '' ? null : Number(v));

/** Defines or changes a learning week: names in both languages, scope, dates and at least one target. */
export function CampaignForm({ campaign, within, onSaved }: { campaign?: Campaign; within?: string; onSaved: (c: Campaign) => void }) {
  const { t } = useTranslation();
  const save = useSaveCampaign(campaign?.id);
  const [scope, setScope] = useState<string | null>(campaign?.scope.id ?? within ?? null);
  const [scopeError, setScopeError] = useState<string | undefined>();
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: {
      nameEn: campaign?.name.en ?? '',
      nameHi: campaign?.name.hi ?? '',
      startsOn: campaign?.startsOn ?? '',
      endsOn: campaign?.endsOn ?? '',
      targetHoursPerEmployee: campaign?.targets.hoursPerEmployee?.toString() ?? '4',
      targetParticipationPercent: campaign?.targets.participationPercent?.toString() ?? '',
      targetCompletions: campaign?.targets.completions?.toString() ?? '',
    },
  });
  const required = { required: t('validation.required') };
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    if (!scope) {
      setScopeError(t('validation.required'));
      return;
    }
    setScopeError(undefined);
    const body: CampaignInput = {
      nameEn: v.nameEn,
      nameHi: v.nameHi,
      scopeOrgId: scope,
      startsOn: v.startsOn,
      endsOn: v.endsOn,
      targetHoursPerEmployee: num(v.targetHoursPerEmployee),
      targetParticipationPercent: num(v.targetParticipationPercent),
      targetCompletions: num(v.targetCompletions),
    };
    try {
      onSaved(await save.mutateAsync(body));
    } catch (err) {
      setFormError(applyServerErrors(err, setError, FIELDS, { scopeOrgId: 'nameEn' }));
    }
  });
  const e = formState.errors;
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <TextField label={t('reports.weeks.nameEn')} registration={register('nameEn', required)} error={e.nameEn?.message} lang="en" />
      <TextField label={t('reports.weeks.nameHi')} registration={register('nameHi', required)} error={e.nameHi?.message} lang="hi" />
      <OrgPicker legend={t('reports.weeks.scope')} value={scope} onChange={setScope} error={scopeError} within={within} />
      <TextField label={t('reports.weeks.startsOn')} type="date" registration={register('startsOn', required)} error={e.startsOn?.message} />
      <TextField label={t('reports.weeks.endsOn')} type="date" registration={register('endsOn', required)} error={e.endsOn?.message} hint={t('reports.weeks.datesHint')} />
      <TextField label={t('reports.weeks.targetHours')} type="number" inputMode="decimal" step="0.5" min="0.5" optional registration={register('targetHoursPerEmployee')} error={e.targetHoursPerEmployee?.message} />
      <TextField label={t('reports.weeks.targetParticipation')} type="number" inputMode="numeric" min="1" max="100" optional registration={register('targetParticipationPercent')} error={e.targetParticipationPercent?.message} />
      <TextField label={t('reports.weeks.targetCompletions')} type="number" inputMode="numeric" min="1" optional registration={register('targetCompletions')} error={e.targetCompletions?.message} />
      <ErrorMessage error={formError} />
      <Button type="submit" busy={save.isPending}>{campaign ? t('reports.weeks.save') : t('reports.weeks.create')}</Button>
    </form>
  );
}
