import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCertificateActions, type AdminCertificate } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { ReasonForm } from '../../components/ReasonForm';
import { useFormat } from '../../i18n/format';
import { CertificateStatusTag } from './CertificateStatus';

type Open = 'revoke' | 'reissue' | null;

/** One certificate in the admin list, with the actions this admin may take on it. */
export function AdminCertificateCard({ certificate: c }: { certificate: AdminCertificate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const actions = useCertificateActions();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const local = (v: { en: string | null; hi: string | null }) => f.local({ en: v.en ?? undefined, hi: v.hi ?? undefined }) ?? '';
  const error = actions.revoke.error ?? actions.reissue.error ?? actions.requeue.error;
  const issued = c.status === 'issued';
  const headingId = `admin-cert-${c.id}`;
  return (
    <li className="card" aria-labelledby={headingId} data-testid="admin-certificate" data-number={c.number}>
      <h2 id={headingId} className="h3">
        {local(c.holderName) || c.number}
      </h2>
      <p className="small">
        <CertificateStatusTag status={c.status} />{' '}
        <Link from="/admin/certificates" search={(s) => ({ ...s, subjectId: c.subjectId, page: undefined })}>
          {local(c.title)}
        </Link>
      </p>
      {c.failure ? <p className="small">{c.failure.message}</p> : null}
      <dl className="details small">
        <dt>{t('certificates.fields.number')}</dt>
        <dd className="break">{c.number}</dd>
        <dt>{t('certificates.fields.organisation')}</dt>
        <dd>{[local(c.designation), local(c.holderOrg)].filter(Boolean).join(', ')}</dd>
        <dt>{t('certificates.fields.completedOn')}</dt>
        <dd>{f.date(c.completedAt)}</dd>
        <dt>{t('certificates.fields.issuer')}</dt>
        <dd>{local(c.issuer)}</dd>
        {c.revokedAt ? (
          <>
            <dt>{t('certificates.fields.revokedOn')}</dt>
            <dd>
              {f.date(c.revokedAt)} — {c.revocationReason}
            </dd>
          </>
        ) : null}
      </dl>
      <div className="actions">
        {c.issuedAt ? (
          <a className="btn btn-secondary" href={`/api/admin/certificates/${c.number}/pdf`} target="_blank" rel="noopener">
            {t('certificates.mine.view')}
            <span className="visually-hidden"> {c.number}</span>
          </a>
        ) : null}
        {c.permissions.requeue && ['failed', 'pending', 'not_eligible'].includes(c.status) ? (
          <Button
            variant="secondary"
            busy={actions.requeue.isPending}
            onClick={() => actions.requeue.mutate(c.number, { onSuccess: () => setDone(t('certificates.admin.requeued')) })}
          >
            {t('certificates.admin.requeue')}
          </Button>
        ) : null}
        {c.permissions.reissue && issued ? (
          <Button variant="secondary" aria-expanded={open === 'reissue'} onClick={() => setOpen(open === 'reissue' ? null : 'reissue')}>
            {t('certificates.admin.reissue')}
          </Button>
        ) : null}
        {c.permissions.revoke && issued ? (
          <Button variant="danger" aria-expanded={open === 'revoke'} onClick={() => setOpen(open === 'revoke' ? null : 'revoke')}>
            {t('certificates.admin.revoke')}
          </Button>
        ) : null}
      </div>
      {open === 'reissue' ? <p className="hint">{t('certificates.admin.reissueHelp')}</p> : null}
      {open ? (
        <ReasonForm
          busy={actions.revoke.isPending || actions.reissue.isPending}
          submitLabel={t(open === 'revoke' ? 'certificates.admin.confirmRevoke' : 'certificates.admin.confirmReissue')}
          onCancel={() => setOpen(null)}
          onSubmit={(reason) =>
            actions[open].mutate(
              { number: c.number, reason },
              { onSuccess: () => (setOpen(null), setDone(t(open === 'revoke' ? 'certificates.admin.revoked' : 'certificates.admin.reissued'))) },
            )
          }
        />
      ) : null}
      <ErrorMessage error={error} />
      {done ? <StatusMessage>{done}</StatusMessage> : null}
    </li>
  );
}
