import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../api/certificates';

const STYLE: Record<CertificateStatus, string> = {
  pending: 'tag',
  issued: 'tag status-completed',
  failed: 'tag tag-overdue',
  not_eligible: 'tag tag-overdue',
  revoked: 'tag tag-overdue',
  superseded: 'tag tag-muted',
};

/** A certificate's status as a labelled tag. */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return (
    <span className={STYLE[status]} data-testid="certificate-status" data-status={status}>
      {t(`certificates.status.${status}`)}
    </span>
  );
}
