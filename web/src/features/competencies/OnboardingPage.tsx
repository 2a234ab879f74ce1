import { Link, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCompleteOnboarding, useOnboarding, useSkipOnboarding, type Onboarding } from '../../api/competencies';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CompetencySelect, LevelOptions } from './CompetencySelect';

const ROWS = 3;
interface Values {
  confirmed: '' | 'yes' | 'no';
  rows: { code: string; level: string }[];
}

/** The first-sign-in prompt: confirm the post, declare a few competencies; skippable and reachable later. */
export function OnboardingPage() {
  return <RequireAuth>{() => <OnboardingBody />}</RequireAuth>;
}

function OnboardingBody() {
  const { t } = useTranslation();
  const onboarding = useOnboarding();
  return (
    <Page title={t('competencies.onboarding.title')} intro={t('competencies.onboarding.intro')}>
      {onboarding.isPending ? <Loading /> : null}
      <ErrorMessage error={onboarding.error} />
      {onboarding.data ? <OnboardingForm data={onboarding.data} /> : null}
    </Page>
  );
}

function OnboardingForm({ data }: { data: Onboarding }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const complete = useCompleteOnboarding();
  const skip = useSkipOnboarding();
  const declared = data.declared.slice(0, ROWS);
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    defaultValues: {
      confirmed: data.designationConfirmedAt ? 'yes' : '',
      rows: Array.from({ length: ROWS }, (_, i) => ({ code: declared[i]?.code ?? '', level: String(declared[i]?.level ?? 1) })),
    },
  });
  const confirmed = watch('confirmed');
  const onSubmit = handleSubmit((v) => {
    const declarations = v.rows.filter((r) => r.code !== '').map((r) => ({ code: r.code, level: Number(r.level) }));
    complete.mutate({ designationConfirmed: v.confirmed === 'yes', declarations }, { onSuccess: () => navigate({ to: '/competencies' }) });
  });
  const onSkip = () => skip.mutate(undefined, { onSuccess: () => navigate({ to: '/' }) });
  const confirmError = formState.errors.confirmed?.message;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorMessage error={complete.error ?? skip.error} />
      {data.state === 'completed' ? <p className="alert alert-info">{t('competencies.onboarding.alreadyDone')}</p> : null}
      <fieldset className="card" aria-describedby={confirmError ? 'confirm-error' : undefined}>
        <legend>{t('competencies.onboarding.designationHeading')}</legend>
        {data.designation ? (
          <>
            <p>{t('competencies.onboarding.designationIs', { name: f.name(data.designation) })}</p>
            <label className="check">
              <input type="radio" value="yes" {...register('confirmed', { required: t('competencies.onboarding.chooseConfirm') })} />{' '}
              {t('competencies.onboarding.confirmYes')}
            </label>
            <label className="check">
              <input type="radio" value="no" {...register('confirmed', { required: t('competencies.onboarding.chooseConfirm') })} />{' '}
              {t('competencies.onboarding.confirmNo')}
            </label>
            {confirmed === 'no' ? (
              <p className="small">
                <Link to="/profile">{t('competencies.onboarding.requestChange')}</Link>
              </p>
            ) : null}
            {confirmError ? <p className="field-error" id="confirm-error">{confirmError}</p> : null}
          </>
        ) : (
          <p>{t('competencies.onboarding.noDesignation')}</p>
        )}
      </fieldset>
      <fieldset className="card">
        <legend>{t('competencies.onboarding.declareHeading')}</legend>
        <p className="small muted">{t('competencies.onboarding.declareHint')}</p>
        {Array.from({ length: ROWS }, (_, i) => (
          <div key={i} className="module-block">
            <FormField label={t('competencies.onboarding.row', { n: i + 1 })} optional>
              {({ id, describedBy }) => (
                <CompetencySelect id={id} aria-describedby={describedBy} first={data.suggestions} firstLabel={t('competencies.onboarding.forYourPost')} {...register(`rows.${i}.code`)} />
              )}
            </FormField>
            <FormField label={t('competencies.onboarding.rowLevel', { n: i + 1 })}>
              {({ id, describedBy }) => (
                <select id={id} aria-describedby={describedBy} {...register(`rows.${i}.level`)}>
                  <LevelOptions />
                </select>
              )}
            </FormField>
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <Button type="submit" busy={complete.isPending}>{t('competencies.onboarding.save')}</Button>
        <Button variant="secondary" busy={skip.isPending} onClick={onSkip}>{t('competencies.onboarding.skip')}</Button>
      </div>
    </form>
  );
}
