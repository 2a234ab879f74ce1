import { useNavigate, useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useVerification, type Verification } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

/** The public check of a certificate (from its QR code): valid, revoked, superseded or unknown. No sign-in. */
export function VerifyPage() {
  const { number } = useParams({ from: '/verify/$number' });
  const { t } = useTranslation();
  const result = useVerification(number);
  return (
    <Page title={t('certificates.verify.title')} intro={t('certificates.verify.intro')}>
      {result.isPending ? <Loading /> : null}
      <ErrorMessage error={result.error} />
      {result.data ? <VerificationResult v={result.data} /> : null}
      <VerifyForm initial={number} />
    </Page>
  );
}

/** The verification page without a number: a form to type one. */
export function VerifyFormPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('certificates.verify.title')} intro={t('certificates.verify.intro')}>
      <VerifyForm initial="" />
    </Page>
  );
}

/** Both scripts of a name or title, when both exist and differ. */
function Both({ value }: { value: { en: string | null; hi: string | null } | null }) {
  if (!value) return null;
  return (
    <>
      {value.hi ? <span lang="hi">{value.hi}</span> : null}
      {value.hi && value.en && value.hi !== value.en ? <br /> : null}
      {value.en && value.en !== value.hi ? <span lang="en">{value.en}</span> : null}
    </>
  );
}

function VerificationResult({ v }: { v: Verification }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tone = v.status === 'valid' ? 'alert-success' : v.status === 'unknown' ? 'alert-info' : 'alert-error';
  return (
    <section className="card" aria-labelledby="verify-status" data-testid="verification" data-status={v.status}>
      <div className={`alert ${tone}`} role="status">
        <h2 id="verify-status">{t(`certificates.verify.status.${v.status}`)}</h2>
        <p className="break">
          {t('certificates.fields.number')}: <strong>{v.number}</strong>
        </p>
        {v.status === 'revoked' && v.revokedAt ? (
          <p>
            {t('certificates.verify.revokedOn', { date: f.date(v.revokedAt) })}
            {v.revocationReason ? ` ${t('certificates.verify.reason', { reason: v.revocationReason })}` : ''}
          </p>
        ) : null}
        {v.status === 'superseded' && v.supersededAt ? <p>{t('certificates.verify.supersededOn', { date: f.date(v.supersededAt) })}</p> : null}
        {v.status === 'unknown' ? <p>{t('certificates.verify.unknownHelp')}</p> : null}
      </div>
      {v.status !== 'unknown' ? (
        <dl className="details">
          <dt>{t('certificates.fields.holder')}</dt>
          <dd data-testid="verify-holder">
            <Both value={v.holderName} />
          </dd>
          <dt>{t(v.kind === 'programme' ? 'certificates.kind.programme' : 'certificates.kind.course')}</dt>
          <dd>
            <Both value={v.title} />
          </dd>
          {v.completedAt ? (
            <>
              <dt>{t('certificates.fields.completedOn')}</dt>
              <dd>{f.date(v.completedAt)}</dd>
            </>
          ) : null}
          {v.issuedAt ? (
            <>
              <dt>{t('certificates.fields.issuedOn')}</dt>
              <dd>{f.date(v.issuedAt)}</dd>
            </>
          ) : null}
          <dt>{t('certificates.fields.issuer')}</dt>
          <dd>
            <Both value={v.issuer} />
          </dd>
        </dl>
      ) : null}
    </section>
  );
}

function VerifyForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { register, handleSubmit, formState } = useForm<{ number: string }>({ defaultValues: { number: initial } });
  const go = handleSubmit((v) => void navigate({ to: '/verify/$number', params: { number: v.number.trim().toUpperCase().replace(/\s+/g, '') } }));
  return (
    <form className="form" role="search" onSubmit={go} noValidate>
      <TextField
        label={t('certificates.verify.numberLabel')}
        hint={t('certificates.verify.numberHint')}
        autoComplete="off"
        spellCheck={false}
        registration={register('number', {
          required: t('validation.required'),
          pattern: { value: /^\s*[A-Za-z0-9][A-Za-z0-9 -]{7,39}\s*$/, message: t('certificates.verify.numberInvalid') },
        })}
        error={formState.errors.number?.message}
      />
      <Button type="submit">{t('certificates.verify.check')}</Button>
    </form>
  );
}
