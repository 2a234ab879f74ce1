import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../api/types';

/** Where a registration stands once both codes are verified. */
export function RegistrationStatus({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const status = registration.status;
  return (
    <section className="card" data-testid="registration-status" data-status={status} aria-live="polite">
      <h2>{t(`registration.status.${status}.title`, { defaultValue: status })}</h2>
      <p>{t(`registration.status.${status}.body`, { defaultValue: '' })}</p>
      {status === 'rejected' && registration.rejectionReason ? (
        <p>{t('registration.rejectedReason', { reason: registration.rejectionReason })}</p>
      ) : null}
      {status === 'active' ? (
        <Link to="/sign-in" className="btn btn-primary">
          {t('nav.signIn')}
        </Link>
      ) : null}
    </section>
  );
}
