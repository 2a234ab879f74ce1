import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCertificateCriteria, useSaveCriteria } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';

/** A course's certificate criteria for its authors: completion, and optionally a minimum final-assessment score. */
export function CertificateCriteriaPage() {
  return <RequireAuth>{() => <CriteriaBody />}</RequireAuth>;
}

function CriteriaBody() {
  const { t } = useTranslation();
  const { courseId } = useParams({ from: '/authoring/$courseId/certificate' });
  const criteria = useCertificateCriteria(courseId);
  const save = useSaveCriteria(courseId);
  const [saved, setSaved] = useState(false);
  const data = criteria.data;
  const { register, handleSubmit, formState } = useForm<{ min: string }>({ values: { min: data?.minFinalScorePercent?.toString() ?? '' } });
  const submit = handleSubmit((v) => save.mutate(v.min.trim() === '' ? null : Number(v.min), { onSuccess: () => setSaved(true) }));
  return (
    <Page title={t('certificates.criteria.title')} intro={t('certificates.criteria.intro')}>
      <p>
        <Link to="/authoring/$courseId" params={{ courseId }}>{t('certificates.criteria.back')}</Link>
      </p>
      {criteria.isPending ? <Loading /> : null}
      <ErrorMessage error={criteria.error} />
      {data ? (
        <section className="card">
          {!data.hasFinalAssessment ? <p className="alert alert-info">{t('certificates.criteria.noFinal')}</p> : null}
          <form className="form" onSubmit={submit} onChange={() => setSaved(false)} noValidate>
            <TextField
              label={t('certificates.criteria.minScore')}
              hint={t('certificates.criteria.minScoreHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              optional
              disabled={!data.canEdit}
              registration={register('min', {
                validate: (v) => v.trim() === '' || (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 100) || t('certificates.criteria.minScoreInvalid'),
              })}
              error={formState.errors.min?.message}
            />
            {data.canEdit ? <Button type="submit" busy={save.isPending}>{t('common.save')}</Button> : <p className="muted">{t('certificates.criteria.readOnly')}</p>}
          </form>
          <ErrorMessage error={save.error} />
          {saved ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
        </section>
      ) : null}
    </Page>
  );
}
