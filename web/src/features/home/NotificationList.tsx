import { useTranslation } from 'react-i18next';
import { useMarkNotificationRead, useNotifications } from '../../api/me';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';

/** The signed-in user's in-app notifications, with "mark as read". */
export function NotificationList() {
  const { t } = useTranslation();
  const f = useFormat();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const items = notifications.data ?? [];
  const unread = items.filter((n) => !n.read).length;
  return (
    <section className="card" aria-labelledby="home-notifications">
      <h2 id="home-notifications">
        {t('home.notifications')} {unread ? <span className="badge">{t('home.unread', { count: unread, n: f.number(unread) })}</span> : null}
      </h2>
      <ErrorMessage error={notifications.error} />
      {notifications.isSuccess && items.length === 0 ? <p className="muted">{t('home.noNotifications')}</p> : null}
      <ul className="notification-list">
        {items.map((n) => (
          <li key={n.id} className={n.read ? 'read' : 'unread'}>
            <p className="notification-subject">{n.subject}</p>
            {n.body ? <p>{n.body}</p> : null}
            <p className="muted small">{f.dateTime(n.createdAt)}</p>
            {!n.read ? (
              <Button variant="link" onClick={() => markRead.mutate(n.id)} busy={markRead.isPending && markRead.variables === n.id}>
                {t('home.markRead')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
