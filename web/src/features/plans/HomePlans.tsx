import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMyPlans, useMyReportees, type MyPlan } from '../../api/plans';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { PlanStatus } from './PlanStatus';
import { Requirements } from './Requirements';

const GROUPS = ['overdue', 'dueSoon', 'upcoming', 'completed'] as const;

/** The home page's training plans: overdue, due soon, upcoming and completed, with dates; and the people one reports on. */
export function HomePlans() {
  const { t } = useTranslation();
  const f = useFormat();
  const plans = useMyPlans();
  const reportees = useMyReportees();
  const data = plans.data;
  const total = data ? GROUPS.reduce((n, g) => n + data[g].length, 0) : 0;
  return (
    <>
      <section className="card" aria-labelledby="home-plans" data-testid="home-plans">
        <h2 id="home-plans">{t('plans.home.title')}</h2>
        {plans.isPending ? <Loading /> : null}
        <ErrorMessage error={plans.error} />
        {data && total === 0 ? <p className="muted">{t('plans.home.none')}</p> : null}
        {data
          ? GROUPS.filter((g) => data[g].length > 0).map((g) => (
              <div key={g} data-testid={`plans-${g}`}>
                <h3>{t(`plans.home.${g}`, { count: data[g].length })}</h3>
                <ul className="tile-list">
                  {data[g].map((p) => (
                    <PlanTile key={p.planId} plan={p} />
                  ))}
                </ul>
              </div>
            ))
          : null}
        {data && total > 0 ? (
          <p className="small">
            <a href="/api/me/compliance/statement.pdf" download>{t('plans.home.statement')}</a>
          </p>
        ) : null}
      </section>
      {reportees.data && reportees.data.length > 0 ? (
        <section className="card" aria-labelledby="home-reportees">
          <h2 id="home-reportees">{t('plans.reportees.title')}</h2>
          <ul className="plain-list">
            {reportees.data.map((r) => (
              <li key={r.userId}>
                <strong>{r.name}</strong> <span className="small muted">{r.employeeId}</span>
                <ul className="link-list small">
                  {r.plans.map((p) => (
                    <li key={p.planId}>
                      <Link to="/plans/$planId/people/$userId" params={{ planId: p.planId, userId: r.userId }}>{f.local(p.name)}</Link> <PlanStatus status={p.status} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function PlanTile({ plan }: { plan: MyPlan }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li data-testid="plan-tile">
      <p>
        <strong>{f.local(plan.name)}</strong> <PlanStatus status={plan.status} /> {plan.acrLinked ? <span className="tag">{t('plans.acr')}</span> : null}
      </p>
      <p className="small">
        {plan.completedAt
          ? t('plans.completedOn', { date: f.date(plan.completedAt) })
          : plan.dueDate
            ? t('plans.dueOn', { date: f.date(`${plan.dueDate}T12:00:00+05:30`) })
            : null}
      </p>
      <Requirements lines={plan.requirements} />
    </li>
  );
}
