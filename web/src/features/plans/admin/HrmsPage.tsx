import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHrmsAccess, useHrmsActions } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { AdminOrgSelect, useAdminOrgs } from '../../admin/AdminOrgSelect';

/** API tokens and webhooks for the HRMS/APAR systems of the admin's organisations. */
export function HrmsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const access = useHrmsAccess();
  const actions = useHrmsActions();
  const orgs = useAdminOrgs();
  const [orgId, setOrgId] = useState(orgs[0]?.id ?? '');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const org = orgId || orgs[0]?.id || '';
  const createToken = (e: FormEvent) => {
    e.preventDefault();
    actions.createToken.mutate({ orgId: org, name });
  };
  const createWebhook = (e: FormEvent) => {
    e.preventDefault();
    actions.createWebhook.mutate({ orgId: org, url });
  };
  return (
    <Page title={t('plans.hrms.title')} intro={t('plans.hrms.intro')}>
      <AdminOrgSelect label={t('plans.hrms.org')} value={org} onChange={setOrgId} />
      {access.isPending ? <Loading /> : null}
      <ErrorMessage error={access.error} />
      <section className="card" aria-labelledby="hrms-tokens">
        <h2 id="hrms-tokens">{t('plans.hrms.tokens')}</h2>
        <form className="form" onSubmit={createToken}>
          <FormField label={t('plans.hrms.tokenName')}>
            {({ id }) => <input id={id} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
          <Button type="submit" busy={actions.createToken.isPending}>{t('plans.hrms.createToken')}</Button>
        </form>
        <ErrorMessage error={actions.createToken.error} />
        {actions.createToken.data ? (
          <div className="alert alert-info" role="status">
            <p>{t('plans.hrms.showOnce')}</p>
            <p className="secret">{actions.createToken.data.token}</p>
          </div>
        ) : null}
        <ul className="plain-list">
          {(access.data?.tokens ?? []).map((x) => (
            <li key={x.id}>
              <strong>{x.name}</strong> <span className="small muted">{x.prefix}… · {f.name(x.org)}</span>
              <p className="small">
                {x.revokedAt ? t('plans.hrms.revokedOn', { date: f.date(x.revokedAt) }) : x.lastUsedAt ? t('plans.hrms.lastUsed', { date: f.dateTime(x.lastUsedAt) }) : t('plans.hrms.neverUsed')}
              </p>
              {x.revokedAt ? null : (
                <Button variant="danger" onClick={() => actions.revokeToken.mutate(x.id)}>{t('plans.hrms.revokeNamed', { name: x.name })}</Button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="hrms-webhooks">
        <h2 id="hrms-webhooks">{t('plans.hrms.webhooks')}</h2>
        <p className="small muted">{t('plans.hrms.webhooksIntro')}</p>
        <form className="form" onSubmit={createWebhook}>
          <FormField label={t('plans.hrms.url')}>
            {({ id }) => <input id={id} type="url" required inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} />}
          </FormField>
          <Button type="submit" busy={actions.createWebhook.isPending}>{t('plans.hrms.createWebhook')}</Button>
        </form>
        <ErrorMessage error={actions.createWebhook.error} />
        {actions.createWebhook.data ? (
          <div className="alert alert-info" role="status">
            <p>{t('plans.hrms.secretOnce')}</p>
            <p className="secret">{actions.createWebhook.data.secret}</p>
          </div>
        ) : null}
        <ul className="plain-list">
          {(access.data?.webhooks ?? []).map((w) => (
            <li key={w.id}>
              <span className="break">{w.url}</span> <span className="small muted">{f.name(w.org)}</span>
              <p className="small">
                {t('plans.hrms.deliveries', { delivered: f.number(w.deliveries.delivered), pending: f.number(w.deliveries.pending), failed: f.number(w.deliveries.failed) })}
              </p>
              {w.revokedAt ? <p className="small">{t('plans.hrms.revokedOn', { date: f.date(w.revokedAt) })}</p> : (
                <Button variant="danger" onClick={() => actions.revokeWebhook.mutate(w.id)}>{t('plans.hrms.revokeWebhook')}</Button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
