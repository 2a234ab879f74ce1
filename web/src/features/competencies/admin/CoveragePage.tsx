import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../../api/competencies';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { AdminOrgSelect, useAdminOrgs } from '../../admin/AdminOrgSelect';
import { CompetencyAdminTabs } from './CompetencyAdminTabs';

/** Competency coverage of the admin's organisation: per required competency, the share of employees at the level. */
export function CoveragePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const orgs = useAdminOrgs();
  const [orgId, setOrgId] = useState('');
  const chosen = orgId || orgs[0]?.id || '';
  const coverage = useCoverage(chosen);
  const data = coverage.data;
  return (
    <Page title={t('competencies.admin.coverage.title')} intro={t('competencies.admin.coverage.intro')}>
      <CompetencyAdminTabs />
      <AdminOrgSelect label={t('competencies.admin.coverage.org')} value={chosen} onChange={setOrgId} />
      {coverage.isFetching ? <Loading /> : null}
      <ErrorMessage error={coverage.error} />
      {data ? (
        <section aria-labelledby="coverage-heading">
          <h2 id="coverage-heading">{f.name(data.org)}</h2>
          <p>{t('competencies.admin.coverage.employees', { n: f.number(data.employees) })}</p>
          {data.items.length === 0 ? <p className="muted">{t('competencies.admin.coverage.none')}</p> : null}
          <ul className="card-list">
            {data.items.map((i) => {
              const percent = Math.round(i.share * 100);
              const id = `cov-${i.competency.code}`;
              return (
                <li key={i.competency.code} className="card">
                  <h3 id={id}>{f.name(i.competency)}</h3>
                  <p>{t('competencies.admin.coverage.share', { atLevel: f.number(i.atLevel), requiredFor: f.number(i.requiredFor), percent: f.number(percent) })}</p>
                  <progress max={100} value={percent} aria-labelledby={id}>{percent}%</progress>
                  <details className="filter-more">
                    <summary>{t('competencies.admin.coverage.byPost')}</summary>
                    <div className="table-wrap">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">{t('competencies.admin.coverage.post')}</th>
                            <th scope="col">{t('competencies.admin.coverage.requiredLevel')}</th>
                            <th scope="col">{t('competencies.admin.coverage.atLevel')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {i.byDesignation.map((d) => (
                            <tr key={d.designation.id}>
                              <td>{f.name(d.designation)}</td>
                              <td>{f.number(d.requiredLevel)}</td>
                              <td>{t('competencies.admin.coverage.ofEmployees', { atLevel: f.number(d.atLevel), employees: f.number(d.employees) })}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
