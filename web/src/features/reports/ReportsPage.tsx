import { useId } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_ROLES, useActiveInRange, useDashboard, useMonthlyEmail, useReportsHome } from '../../api/reports';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { BarsChart, SeriesChart } from './Charts';
import { ChildrenTable, CoverageSection, PlanComplianceSection, TopCourses } from './DashboardSections';
import { ExportPanel } from './ExportPanel';
import { FigureGrid, usePercent } from './Figures';
import { ReportsNav } from './ReportsNav';

/** The live dashboard of an org subtree, with drill-down by org and to people, plans, coverage and downloads. */
export function ReportsPage() {
  return <RequireAuth roles={REPORT_ROLES}>{() => <Dashboard />}</RequireAuth>;
}

function Dashboard() {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = usePercent();
  const search = useSearch({ from: '/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const home = useReportsHome();
  const orgId = search.org ?? home.data?.scopes[0]?.id;
  const range = { from: search.from, to: search.to };
  const dashboard = useDashboard(orgId, range);
  const monthly = useMonthlyEmail();
  // Ranges other than all time or one calendar period: the distinct-people figure comes from a slower, exact count.
  const needsCount = !!dashboard.data && dashboard.data.activity.activePeople === null;
  const counted = useActiveInRange(orgId, range, needsCount);
  const activePeople = dashboard.data?.activity.activePeople ?? counted.data?.activePeople ?? null;
  const formId = useId();
  const { register, handleSubmit } = useForm({ values: { from: search.from ?? '', to: search.to ?? '' } });
  const apply = handleSubmit((v) => void navigate({ search: { org: search.org, from: v.from || undefined, to: v.to || undefined } }));
  const d = dashboard.data;
  const title = d ? t('reports.dashboard.titleOf', { org: f.local<string>(d.org.name) }) : t('reports.dashboard.title');
  return (
    <Page title={title}>
      <ReportsNav org={orgId} />
      {home.data && home.data.scopes.length > 1 ? (
        <p className="small">
          {t('reports.dashboard.scopes')}{' '}
          {home.data.scopes.map((s, i) => (
            <span key={s.id}>{i > 0 ? ' · ' : ''}<Link to="/reports" search={{ org: s.id }}>{f.local<string>(s.name)}</Link></span>
          ))}
        </p>
      ) : null}
      {d && d.breadcrumb.length > 0 ? (
        <nav aria-label={t('reports.dashboard.breadcrumb')}>
          <ol className="breadcrumb">
            {d.breadcrumb.map((b) => <li key={b.id}><Link to="/reports" search={{ org: b.id, ...range }}>{f.local<string>(b.name)}</Link></li>)}
            <li aria-current="page">{f.local<string>(d.org.name)}</li>
          </ol>
        </nav>
      ) : null}
      <form className="form filters range-form" onSubmit={apply} aria-labelledby={`${formId}-legend`}>
        <p id={`${formId}-legend`} className="visually-hidden">{t('reports.range.legend')}</p>
        <div className="field">
          <label htmlFor={`${formId}-from`}>{t('reports.range.from')}</label>
          <input id={`${formId}-from`} type="date" {...register('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${formId}-to`}>{t('reports.range.to')}</label>
          <input id={`${formId}-to`} type="date" {...register('to')} />
        </div>
        <Button type="submit">{t('reports.range.apply')}</Button>
      </form>
      {home.data && home.data.scopes.length === 0 && !search.org ? <p>{t('reports.dashboard.noScope')}</p> : null}
      {dashboard.isPending && orgId ? <Loading /> : null}
      <ErrorMessage error={home.error ?? dashboard.error} />
      {d ? (
        <>
          <p className="freshness" role="status">
            {t('reports.dashboard.freshness', { at: f.time(d.freshness.at) })}
            {d.freshness.pendingPeople > 0 ? ` ${t('reports.dashboard.pending', { n: f.number(d.freshness.pendingPeople) })}` : ''}
          </p>
          <h2>{t('reports.people.title', { date: f.date(`${d.range.to}T12:00:00Z`) })}</h2>
          <FigureGrid
            label={t('reports.people.label')}
            items={[
              { key: 'registered', label: t('reports.people.registered'), value: d.people.registered },
              { key: 'verified', label: t('reports.people.verified'), value: d.people.verified },
              { key: 'one', label: t('reports.people.completedOne'), value: d.people.completedOne },
              { key: 'three', label: t('reports.people.completedThree'), value: d.people.completedThree },
              { key: 'fewer', label: t('reports.people.fewerThanThree'), value: d.people.fewerThanThree },
              { key: 'none', label: t('reports.people.none'), value: d.people.none },
            ]}
          />
          <h2>{d.range.from ? t('reports.activity.titleRange', { from: f.date(`${d.range.from}T12:00:00Z`), to: f.date(`${d.range.to}T12:00:00Z`) }) : t('reports.activity.titleAll')}</h2>
          <FigureGrid
            label={t('reports.activity.label')}
            items={[
              { key: 'completions', label: t('reports.activity.completions'), value: d.activity.completions, note: t('reports.activity.share', { parent: percent(d.share.parent?.completions), national: percent(d.share.national.completions) }) },
              { key: 'hours', label: t('reports.activity.learningHours'), value: d.activity.learningHours, hours: true, note: t('reports.activity.share', { parent: percent(d.share.parent?.learningMinutes), national: percent(d.share.national.learningMinutes) }) },
              { key: 'certificates', label: t('reports.activity.certificates'), value: d.activity.certificates },
              { key: 'enrolments', label: t('reports.activity.enrolments'), value: d.activity.enrolments },
              { key: 'active', label: t('reports.activity.activePeople'), value: activePeople, note: activePeople === null ? t('reports.activity.counting') : undefined },
              { key: 'new', label: t('reports.activity.newRegistrations'), value: d.activity.newRegistrations },
            ]}
          />
          <BarsChart
            title={t('reports.people.chart')}
            bars={[
              { label: t('reports.people.completedThree'), value: d.people.completedThree },
              { label: t('reports.people.oneOrTwo'), value: d.people.completedOne - d.people.completedThree },
              { label: t('reports.people.none'), value: d.people.none },
            ]}
          />
          <SeriesChart
            title={t('reports.chart.title')}
            grain={d.range.grain}
            points={d.series.map((p) => ({ ...p }))}
            lines={[
              { key: 'completions', label: t('reports.activity.completions') },
              { key: 'enrolments', label: t('reports.activity.enrolments') },
              { key: 'activePeople', label: t('reports.activity.activePeople') },
            ]}
          />
          {d.permissions.people ? (
            <p>
              <Link to="/reports/people" search={{ org: d.org.id }} className="btn btn-secondary">{t('reports.people.see')}</Link>
            </p>
          ) : null}
          <ChildrenTable rows={d.children} search={range} />
          <TopCourses top={d.topCourses} />
          <PlanComplianceSection orgId={d.org.id} />
          <CoverageSection orgId={d.org.id} />
          {d.permissions.export ? <ExportPanel orgId={d.org.id} people={d.people.registered} /> : null}
          {home.data?.monthlyEmail !== null && home.data?.monthlyEmail !== undefined ? (
            <section className="report-section" aria-labelledby="monthly-heading">
              <h2 id="monthly-heading">{t('reports.monthly.title')}</h2>
              <label className="check">
                <input type="checkbox" checked={home.data.monthlyEmail} disabled={monthly.isPending} onChange={(e) => monthly.mutate(e.target.checked)} />
                {t('reports.monthly.label')}
              </label>
              <ErrorMessage error={monthly.error} />
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
