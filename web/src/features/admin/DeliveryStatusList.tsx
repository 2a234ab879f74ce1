import { useTranslation } from 'react-i18next';
import { useDeliveries } from '../../api/admin';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';

/** Whether the OTPs and e-mails sent to this user were delivered (the first thing to check when "OTP not received"). */
export function DeliveryStatusList({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const deliveries = useDeliveries(userId);
  return (
    <section className="card" aria-labelledby="user-deliveries">
      <h2 id="user-deliveries">{t('admin.users.deliveries')}</h2>
      <ErrorMessage error={deliveries.error} />
      {deliveries.isSuccess && deliveries.data.length === 0 ? <p className="muted">{t('admin.users.noDeliveries')}</p> : null}
      <ul className="plain-list">
        {(deliveries.data ?? []).map((d) => (
          <li key={d.id}>
            <span className="tag">{t(`channel.${d.channel}`, { defaultValue: d.channel })}</span> {d.template} —{' '}
            <strong>{t(`delivery.${d.status}`, { defaultValue: d.status })}</strong>
            <span className="muted small"> · {f.dateTime(d.sentAt ?? d.createdAt)}</span>
            {d.lastError ? <p className="small field-error">{d.lastError}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
