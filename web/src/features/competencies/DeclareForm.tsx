import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDeclare } from '../../api/competencies';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { CompetencySelect, LevelOptions } from './CompetencySelect';

/** Declares one competency at a level; shown as self-declared and never counted as earned. */
export function DeclareForm() {
  const { t } = useTranslation();
  const declare = useDeclare();
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<{ code: string; level: string }>({ defaultValues: { code: '', level: '1' } });
  const onSubmit = handleSubmit((v) => {
    setSaved(false);
    declare.mutate([{ code: v.code, level: Number(v.level) }], {
      onSuccess: () => {
        setSaved(true);
        reset();
      },
    });
  });
  return (
    <section className="card" aria-labelledby="declare-heading">
      <h2 id="declare-heading">{t('competencies.declareHeading')}</h2>
      <p className="small muted">{t('competencies.declaredNote')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={declare.error} />
        {saved ? <StatusMessage>{t('competencies.declaredSaved')}</StatusMessage> : null}
        <FormField label={t('competencies.competency')} error={formState.errors.code?.message}>
          {({ id, describedBy, invalid }) => (
            <CompetencySelect id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register('code', { required: t('validation.required') })} />
          )}
        </FormField>
        <FormField label={t('competencies.levelLabel')}>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} {...register('level')}>
              <LevelOptions />
            </select>
          )}
        </FormField>
        <Button type="submit" busy={declare.isPending}>{t('competencies.declareButton')}</Button>
      </form>
    </section>
  );
}
