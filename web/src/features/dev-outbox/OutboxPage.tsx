import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { useOutbox } from '../../api/outbox';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

/** Development outbox: every e-mail and SMS the platform "sent", newest first, refreshed automatically. */
export function OutboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const outbox = useOutbox();
  const disabled = outbox.error instanceof ApiError && outbox.error.status === 404;
  const messages = [...(outbox.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Page title={t('outbox.title')} intro={t('outbox.intro')}>
      {outbox.isPending ? <Loading /> : null}
      {disabled ? <p className="alert alert-info">{t('outbox.disabled')}</p> : <ErrorMessage error={outbox.error} />}
      {outbox.isSuccess && messages.length === 0 ? <p className="muted">{t('outbox.empty')}</p> : null}
      {messages.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('outbox.title')}>
          <table>
            <caption className="visually-hidden">{t('outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outbox.when')}</th>
                <th scope="col">{t('outbox.message')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} data-testid="outbox-row">
                  <td>
                    {f.dateTime(m.createdAt)}
                    <br />
                    <span className="tag">{t(`channel.${m.channel}`, { defaultValue: m.channel })}</span>{' '}
                    <span className="muted small">{t(`delivery.${m.status}`, { defaultValue: m.status })}</span>
                    <br />
                    <span className="small">{t('outbox.to')}:</span> <span className="break small">{m.recipient}</span>
                  </td>
                  <td>
                    <strong>{m.subject}</strong>
                    {m.body ? <p className="pre">{m.body}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
