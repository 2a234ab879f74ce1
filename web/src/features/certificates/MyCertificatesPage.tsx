import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { myCertificateFiles, useMyCertificates, type MyCertificate } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CertificateStatusTag } from './CertificateStatus';

/** My certificates: every certificate with its status, the PDF, the signed credential and a share link. */
export function MyCertificatesPage() {
  return <RequireAuth>{() => <MyCertificatesBody />}</RequireAuth>;
}

function MyCertificatesBody() {
  const { t } = useTranslation();
  const mine = useMyCertificates();
  const data = mine.data;
  return (
    <Page title={t('certificates.mine.title')} intro={t('certificates.mine.intro')}>
      {mine.isPending ? <Loading /> : null}
      <ErrorMessage error={mine.error} />
      {data ? (
        <>
          <p className="card small">
            {t('certificates.mine.nameNote')} <strong lang="en">{data.profileName.en}</strong>
            {data.profileName.hi ? (
              <>
                {' / '}
                <strong lang="hi">{data.profileName.hi}</strong>
              </>
            ) : null}
            . <Link to="/profile">{t('certificates.mine.nameFix')}</Link>
          </p>
          <p role="status" aria-live="polite" className="small">
            {data.awaiting > 0 ? t('certificates.mine.awaiting', { count: data.awaiting }) : ''}
          </p>
          {data.items.length === 0 && data.awaiting === 0 ? (
            <p className="muted">
              {t('certificates.mine.none')} <Link to="/courses">{t('certificates.mine.browse')}</Link>
            </p>
          ) : (
            <ul className="card-list" data-testid="my-certificates">
              {data.items.map((c) => (
                <CertificateCard key={c.id} certificate={c} />
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Page>
  );
}

function CertificateCard({ certificate: c }: { certificate: MyCertificate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [copied, setCopied] = useState<boolean | null>(null);
  const files = myCertificateFiles(c.id);
  const hasFiles = c.status === 'issued' || c.status === 'revoked' || c.status === 'superseded';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(c.verifyUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const headingId = `cert-${c.id}`;
  return (
    <li className="card" data-testid="certificate-card" data-number={c.number} aria-labelledby={headingId}>
      <h2 id={headingId} className="h3">
        {c.title}
      </h2>
      <p className="small">
        <CertificateStatusTag status={c.status} /> {t(c.kind === 'programme' ? 'certificates.kind.programme' : 'certificates.kind.course')}
      </p>
      {c.failure ? <p className="small">{c.failure.message}</p> : null}
      {c.status === 'pending' ? <p className="small muted" role="status">{t('certificates.mine.pendingHint')}</p> : null}
      <dl className="details small">
        <dt>{t('certificates.fields.completedOn')}</dt>
        <dd>{f.date(c.completedAt)}</dd>
        <dt>{t('certificates.fields.hours')}</dt>
        <dd>{f.hours(c.learningHours)}</dd>
        {hasFiles ? (
          <>
            <dt>{t('certificates.fields.number')}</dt>
            <dd className="break">{c.number}</dd>
          </>
        ) : null}
        {c.revokedAt ? (
          <>
            <dt>{t('certificates.fields.revokedOn')}</dt>
            <dd>
              {f.date(c.revokedAt)}
              {c.revocationReason ? ` — ${c.revocationReason}` : ''}
            </dd>
          </>
        ) : null}
        {c.supersededAt ? (
          <>
            <dt>{t('certificates.fields.supersededOn')}</dt>
            <dd>{f.date(c.supersededAt)}</dd>
          </>
        ) : null}
      </dl>
      {hasFiles ? (
        <div className="actions">
          <a className="btn btn-primary" href={files.view} target="_blank" rel="noopener">
            {t('certificates.mine.view')}
            <span className="visually-hidden"> {c.title}</span>
          </a>
          <a className="btn btn-secondary" href={files.download} download>
            {t('certificates.mine.downloadPdf')}
            <span className="visually-hidden"> {c.title}</span>
          </a>
          <a className="btn btn-secondary" href={files.credential} download>
            {t('certificates.mine.downloadCredential')}
            <span className="visually-hidden"> {c.title}</span>
          </a>
          {c.status === 'issued' ? (
            <>
              <Button variant="secondary" onClick={() => void copy()}>
                {t('certificates.mine.copyLink')}
                <span className="visually-hidden"> {c.title}</span>
              </Button>
              <Link to="/verify/$number" params={{ number: c.number }} className="btn btn-link" data-testid="verify-link">
                {t('certificates.mine.openVerify')}
              </Link>
            </>
          ) : null}
        </div>
      ) : null}
      {copied === true ? <StatusMessage>{t('certificates.mine.copied')}</StatusMessage> : null}
      {copied === false ? (
        <p className="small break" role="status">
          {t('certificates.mine.copyManually')} {c.verifyUrl}
        </p>
      ) : null}
    </li>
  );
}
