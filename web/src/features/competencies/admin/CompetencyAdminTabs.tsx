import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Sub-navigation of the competency admin pages. */
export function CompetencyAdminTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('competencies.admin.menu')} className="sub-tabs">
      <ul>
        <li><Link to="/admin/competencies" activeOptions={{ exact: true }}>{t('competencies.admin.framework.title')}</Link></li>
        <li><Link to="/admin/competencies/requirements">{t('competencies.admin.requirements.title')}</Link></li>
        <li><Link to="/admin/competencies/import">{t('competencies.admin.import.title')}</Link></li>
        <li><Link to="/admin/competencies/coverage">{t('competencies.admin.coverage.title')}</Link></li>
      </ul>
    </nav>
  );
}
