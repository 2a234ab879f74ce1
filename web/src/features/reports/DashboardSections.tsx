import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../api/competencies';
import { usePlanCompliance, type Dashboard } from '../../api/reports';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { Meter } from './Figures';

type Names = { en: string; hi: string };

/** The org's children with their figures; each name drills down one level. */
export function ChildrenTable({ rows, search }: { rows: Dashboard['children']; search: { from?: string; to?: string } }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rows.length === 0) return null;
  return (
    <section className="report-section" aria-labelledby="children-heading">
      <h2 id="children-heading">{t('reports.children.title')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="children-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('reports.children.org')}</th>
              <th scope="col" className="num">{t('reports.people.registered')}</th>
              <th scope="col" className="num">{t('reports.people.completedOne')}</th>
              <th scope="col" className="num">{t('reports.people.completedThree')}</th>
              <th scope="col" className="num">{t('reports.people.none')}</th>
              <th scope="col" className="num">{t('reports.activity.completions')}</th>
              <th scope="col" className="num">{t('reports.activity.learningHours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.org.id}>
                <th scope="row">
                  <Link to="/reports" search={{ org: r.org.id, ...search }}>{f.local<string>(r.org.name as Names)}</Link>
                </th>
                <td className="num">{f.number(r.people.registered)}</td>
                <td className="num">{f.number(r.people.completedOne)}</td>
                <td className="num">{f.number(r.people.completedThree)}</td>
                <td className="num">{f.number(r.people.none)}</td>
                <td className="num">{f.number(r.completions)}</td>
                <td className="num">{f.hours(r.learningHours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The most enrolled and most completed courses of the subtree. */
export function TopCourses({ top }: { top: Dashboard['topCourses'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const list = (id: string, title: string, items: Dashboard['topCourses']['byEnrolments'], value: 'enrolments' | 'completions') => (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? <p className="muted">{t('reports.courses.none')}</p> : null}
      <ol>
        {items.map((c) => (
          <li key={c.courseId}>
            {f.local<string>(c.title)} — <span className="num">{f.number(c[value])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
  return (
    <section className="report-section" aria-labelledby="courses-heading">
      <h2 id="courses-heading">{t('reports.courses.title')}</h2>
      {top.months ? <p className="muted small">{t('reports.courses.months', { from: top.months.from, to: top.months.to })}</p> : null}
      {list('top-enrolled', t('reports.courses.byEnrolments'), top.byEnrolments, 'enrolments')}
      {list('top-completed', t('reports.courses.byCompletions'), top.byCompletions, 'completions')}
    </section>
  );
}

/** Per training plan: on time, late, overdue, pending, exempted (the plans module's counts for this subtree). */
export function PlanComplianceSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const plans = usePlanCompliance(orgId);
  return (
    <section className="report-section" aria-labelledby="plans-heading">
      <h2 id="plans-heading">{t('reports.plans.title')}</h2>
      {plans.isPending ? <Loading /> : null}
      <ErrorMessage error={plans.error} />
      {plans.data && plans.data.items.length === 0 ? <p className="muted">{t('reports.plans.none')}</p> : null}
      {plans.data && plans.data.items.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="plans-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reports.plans.plan')}</th>
                <th scope="col" className="num">{t('reports.plans.assigned')}</th>
                <th scope="col" className="num">{t('reports.plans.onTime')}</th>
                <th scope="col" className="num">{t('reports.plans.late')}</th>
                <th scope="col" className="num">{t('reports.plans.overdue')}</th>
                <th scope="col" className="num">{t('reports.plans.pending')}</th>
                <th scope="col" className="num">{t('reports.plans.exempted')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.data.items.map((p) => (
                <tr key={p.planId}>
                  <th scope="row">{f.local<string>(p.name)}</th>
                  <td className="num">{f.number(p.assigned)}</td>
                  <td className="num">{f.number(p.completedOnTime)}</td>
                  <td className="num">{f.number(p.completedLate)}</td>
                  <td className="num">{f.number(p.overdue)}</td>
                  <td className="num">{f.number(p.pending)}</td>
                  <td className="num">{f.number(p.exempted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** The competencies least covered in the subtree, from the competency hub's coverage. */
export function CoverageSection({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const coverage = useCoverage(orgId);
  const items = coverage.data?.items.slice(0, 5) ?? [];
  return (
    <section className="report-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('reports.coverage.title')}</h2>
      {coverage.isPending ? <Loading /> : null}
      <ErrorMessage error={coverage.error} />
      {coverage.data && items.length === 0 ? <p className="muted">{t('reports.coverage.none')}</p> : null}
      <ul className="plain-list">
        {items.map((i) => {
          const percent = Math.round(i.share * 100);
          const label = t('reports.coverage.share', { atLevel: f.number(i.atLevel), requiredFor: f.number(i.requiredFor), percent: f.number(percent) });
          return (
            <li key={i.competency.code}>
              <strong>{f.name(i.competency)}</strong> — {label}
              <Meter value={i.share} label={label} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
