import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES } from '../../api/session';
import { RequireAuth } from '../../components/RequireAuth';
import { SubNav } from '../../components/SubNav';

/** Frame of the MDO admin pages: a section menu (one sideways-scrolling row on a phone), then the page. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth roles={ADMIN_ROLES}>
      {() => (
        <>
          <SubNav label={t('admin.menu')}>
            <li><Link to="/admin/approvals">{t('admin.approvals.title')}</Link></li>
            <li><Link to="/admin/users">{t('admin.users.title')}</Link></li>
            <li><Link to="/admin/transfers">{t('admin.transfers.title')}</Link></li>
            <li><Link to="/admin/profile-changes">{t('admin.profileChanges.title')}</Link></li>
            <li><Link to="/admin/import">{t('admin.import.title')}</Link></li>
            <li><Link to="/admin/plans">{t('plans.admin.menu')}</Link></li>
            <li><Link to="/admin/orgs">{t('admin.orgTree.menu')}</Link></li>
            <li><Link to="/admin/registration-link">{t('admin.link.title')}</Link></li>
            <li><Link to="/admin/competencies">{t('competencies.admin.menu')}</Link></li>
            <li><Link to="/admin/certificates">{t('certificates.admin.menu')}</Link></li>
            <li><Link to="/admin/certificate-template">{t('certificates.template.menu')}</Link></li>
          </SubNav>
          <Outlet />
        </>
      )}
    </RequireAuth>
  );
}
