import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useRegistration } from '../../api/registrations';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { OtpStep } from './OtpStep';
import { RegistrationStatus } from './RegistrationStatus';

/** After the form: verify e-mail, then mobile, then see the registration's status. */
export function RegistrationFlowPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/register/$id' });
  const query = useRegistration(id);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Page title={t('registration.title')}>
        <ErrorMessage error={query.error} />
        <Link to="/register">{t('registration.startAgain')}</Link>
      </Page>
    );
  }
  const registration = query.data;
  const verifying = registration.status === 'pending_verification';
  const channel = !registration.emailVerified ? 'email' : 'sms';
  return (
    <Page title={verifying ? t('registration.verifyTitle') : t('registration.title')}>
      {verifying ? (
        <>
          <ol className="progress" aria-label={t('registration.progress')}>
            <li aria-current={channel === 'email' ? 'step' : undefined} className={registration.emailVerified ? 'done' : ''}>
              {t('registration.stepEmail')}
              {registration.emailVerified ? <span className="visually-hidden"> {t('registration.done')}</span> : null}
            </li>
            <li aria-current={channel === 'sms' ? 'step' : undefined}>{t('registration.stepMobile')}</li>
          </ol>
          <OtpStep key={channel} registration={registration} channel={channel} loadedAt={query.dataUpdatedAt} />
          <p className="small">
            {t('registration.outboxHint')} <Link to="/dev/outbox">{t('nav.outbox')}</Link>
          </p>
        </>
      ) : (
        <RegistrationStatus registration={registration} />
      )}
    </Page>
  );
}
