import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SubNav } from '../../components/SubNav';
import './reports.css';

/** The reports section menu; `org` keeps the chosen organisation from page to page. */
export function ReportsNav({ org }: { org?: string }) {
  const { t } = useTranslation();
  return (
    <SubNav label={t('reports.menu')} className="reports-nav">
      <li><Link to="/reports" search={{ org }} activeOptions={{ exact: true, includeSearch: false }}>{t('reports.dashboard.menu')}</Link></li>
      {org ? <li><Link to="/reports/people" search={{ org }}>{t('reports.people.menu')}</Link></li> : null}
      <li><Link to="/reports/exports">{t('reports.exports.menu')}</Link></li>
      <li><Link to="/leaderboards" search={{ org }}>{t('reports.leaderboard.menu')}</Link></li>
      <li><Link to="/learning-weeks">{t('reports.weeks.menu')}</Link></li>
    </SubNav>
  );
}
