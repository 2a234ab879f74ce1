import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Sub-navigation between the learner's competency pages: passbook, gaps, career paths. */
export function CompetencyTabs() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('competencies.tabs')} className="sub-tabs">
      <ul>
        <li>
          <Link to="/competencies" activeOptions={{ exact: true }}>{t('competencies.title')}</Link>
        </li>
        <li>
          <Link to="/competencies/gaps" search={{ for: 'current' }}>{t('competencies.gaps.title')}</Link>
        </li>
        <li>
          <Link to="/career">{t('career.title')}</Link>
        </li>
      </ul>
    </nav>
  );
}
