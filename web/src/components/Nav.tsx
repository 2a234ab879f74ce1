import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, CONTENT_ROLES, hasRole, useLogout, useMe } from '../api/session';
import { REPORT_ROLES } from '../api/reports';

/** Main navigation; what it offers depends on who is signed in and their roles. */
export function Nav({ id }: { id?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const logout = useLogout();
  return (
    <nav aria-label={t('nav.label')} className="main-nav" id={id}>
      <ul>
        <li>
          <Link to="/" activeOptions={{ exact: true }}>
            {t('nav.home')}
          </Link>
        </li>
        <li>
          <Link to="/courses">{t('nav.courses')}</Link>
        </li>
        <li>
          <Link to="/programmes">{t('nav.programmes')}</Link>
        </li>
        {me ? (
          <>
            <li>
              <Link to="/my-learning">{t('nav.myLearning')}</Link>
            </li>
            <li>
              <Link to="/my-certificates">{t('nav.certificates')}</Link>
            </li>
            <li>
              <Link to="/competencies">{t('nav.competencies')}</Link>
            </li>
            <li>
              <Link to="/profile">{t('nav.profile')}</Link>
            </li>
            <li>
              <Link to="/learning-weeks">{t('reports.nav.weeks')}</Link>
            </li>
            {hasRole(me, CONTENT_ROLES) ? (
              <li>
                <Link to="/authoring">{t('nav.authoring')}</Link>
              </li>
            ) : null}
            {hasRole(me, CONTENT_ROLES) ? (
              <li>
                <Link to="/reports/courses">{t('reports.nav.quality')}</Link>
              </li>
            ) : null}
            {hasRole(me, REPORT_ROLES) ? (
              <li>
                <Link to="/reports">{t('reports.nav.reports')}</Link>
              </li>
            ) : null}
            {hasRole(me, ADMIN_ROLES) ? (
              <li>
                <Link to="/admin">{t('nav.admin')}</Link>
              </li>
            ) : null}
            <li>
              <button type="button" className="link-button" onClick={() => logout.mutate()} disabled={logout.isPending}>
                {t('nav.signOut')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to="/sign-in">{t('nav.signIn')}</Link>
            </li>
            <li>
              <Link to="/register">{t('nav.register')}</Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
