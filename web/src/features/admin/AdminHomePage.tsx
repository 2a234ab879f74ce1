import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApprovalQueue } from '../../api/admin';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

/** Admin start page: what is waiting, and where each task lives. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const queue = useApprovalQueue();
  const waiting = queue.data?.total;
  return (
    <Page title={t('admin.title')} intro={t('admin.intro')}>
      {waiting !== undefined ? (
        <p className="card">
          <Link to="/admin/approvals">{t('admin.waiting', { count: waiting, n: f.number(waiting) })}</Link>
        </p>
      ) : null}
      <ul className="tile-list">
        <li><Link to="/admin/approvals">{t('admin.approvals.title')}</Link><p className="small muted">{t('admin.approvals.help')}</p></li>
        <li><Link to="/admin/users">{t('admin.users.title')}</Link><p className="small muted">{t('admin.users.help')}</p></li>
        <li><Link to="/admin/transfers">{t('admin.transfers.title')}</Link><p className="small muted">{t('admin.transfers.help')}</p></li>
        <li><Link to="/admin/profile-changes">{t('admin.profileChanges.title')}</Link><p className="small muted">{t('admin.profileChanges.help')}</p></li>
        <li><Link to="/admin/import">{t('admin.import.title')}</Link><p className="small muted">{t('admin.import.help')}</p></li>
        <li><Link to="/admin/registration-link">{t('admin.link.title')}</Link><p className="small muted">{t('admin.link.help')}</p></li>
        <li><Link to="/admin/competencies">{t('competencies.admin.menu')}</Link><p className="small muted">{t('competencies.admin.help')}</p></li>
        <li><Link to="/admin/certificates">{t('certificates.admin.menu')}</Link><p className="small muted">{t('certificates.admin.help')}</p></li>
        <li><Link to="/admin/certificate-template">{t('certificates.template.menu')}</Link><p className="small muted">{t('certificates.template.help')}</p></li>
      </ul>
    </Page>
  );
}
