import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegistrationLink, useRotateRegistrationLink } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { OrgPicker } from '../registration/OrgPicker';
import { useAdminOrgs } from './AdminOrgSelect';

/** An organisation's registration link and QR code, to share with its employees; can be replaced. */
export function RegistrationLinkPage() {
  const { t } = useTranslation();
  const adminOrgs = useAdminOrgs();
  const [orgId, setOrgId] = useState<string | null>(null);
  const current = orgId ?? adminOrgs[0]?.id ?? null;
  const link = useRegistrationLink(current);
  const rotate = useRotateRegistrationLink();
  const [copied, setCopied] = useState(false);
  const copy = async (url: string) => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <Page title={t('admin.link.title')} intro={t('admin.link.help')}>
      <OrgPicker legend={t('admin.link.org')} value={current} onChange={setOrgId} within={adminOrgs[0]?.id} />
      {link.isPending && current ? <Loading /> : null}
      <ErrorMessage error={link.error ?? rotate.error} />
      {link.data ? (
        <section className="card" aria-labelledby="link-title">
          <h2 id="link-title">{t('admin.link.yourLink')}</h2>
          <p className="break"><a href={link.data.url}>{link.data.url}</a></p>
          <figure className="qr">
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.data.qrSvg)}`} alt={t('admin.link.qrAlt')} width={200} height={200} />
            <figcaption className="small muted">{t('admin.link.qrCaption')}</figcaption>
          </figure>
          {copied ? <StatusMessage>{t('admin.link.copied')}</StatusMessage> : null}
          <div className="actions">
            <Button variant="secondary" onClick={() => void copy(link.data.url)}>{t('admin.link.copy')}</Button>
            <Button
              variant="danger"
              busy={rotate.isPending}
              onClick={() => {
                if (current && window.confirm(t('admin.link.rotateConfirm'))) rotate.mutate(current);
              }}
            >
              {t('admin.link.rotate')}
            </Button>
          </div>
        </section>
      ) : null}
    </Page>
  );
}
