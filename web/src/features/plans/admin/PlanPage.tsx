import { useState } from 'react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAdminPlan, usePlanActions, usePlanPeople, usePlanProgress, type AdminPlan, type PeopleStatus } from '../../../api/plans';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { PlanStatus } from '../PlanStatus';
import { AudienceSummary } from './AudienceSummary';
import { useDeadlineText } from './deadline-text';
import { PublishDialog } from './PublishDialog';

const BUCKETS: { key: PeopleStatus; count: keyof NonNullable<ReturnType<typeof usePlanProgress>['data']>['counts'] }[] = [
  { key: 'all', count: 'assigned' },
  { key: 'completed_on_time', count: 'completedOnTime' },
  { key: 'completed_late', count: 'completedLate' },
  { key: 'overdue', count: 'overdue' },
  { key: 'pending', count: 'pending' },
  { key: 'extended', count: 'extended' },
  { key: 'awaiting_renewal', count: 'awaitingRenewal' },
  { key: 'exempted', count: 'exempted' },
  { key: 'left_audience', count: 'leftAudience' },
];

/** One plan for its admins: what it asks, publish or retire it, its progress, the people behind each number, exports. */
export function PlanPage() {
  const { id } = useParams({ from: '/admin/plans/$id' });
  const plan = useAdminPlan(id);
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <NotFoundPage />;
  return <PlanView plan={plan.data} />;
}

function PlanView({ plan }: { plan: AdminPlan }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const actions = usePlanActions(plan.id);
  const deadlineText = useDeadlineText();
  const [publishing, setPublishing] = useState(false);
  const busy = actions.publish.isPending || actions.retire.isPending || actions.remove.isPending;
  return (
    <Page title={f.local(plan.name) ?? ''} intro={f.local(plan.description)}>
      <section className="card" aria-labelledby="plan-facts">
        <h2 id="plan-facts" className="visually-hidden">{t('plans.admin.facts')}</h2>
        <dl className="details">
          <dt>{t('plans.admin.statusLabel')}</dt>
          <dd><PlanStatus status={plan.status} /></dd>
          <dt>{t('plans.form.owner')}</dt>
          <dd>{f.name(plan.ownerOrg)}</dd>
          <dt>{t('plans.form.audience')}</dt>
          <dd><AudienceSummary audience={plan.audience} /></dd>
          <dt>{t('plans.form.deadline')}</dt>
          <dd>{deadlineText(plan.deadline)}</dd>
          <dt>{t('plans.acr')}</dt>
          <dd>{plan.acrLinked ? t('plans.yes') : t('plans.no')}</dd>
        </dl>
        <h3>{t('plans.admin.requirements')}</h3>
        <ol>
          {plan.requirements.map((r) => (
            <li key={r.id}>
              {t(`plans.kind.${r.kind}`)}
              {r.count ? ` (${f.number(r.count)})` : ''}
              {r.courses.length ? `: ${r.courses.map((c) => f.local(c.title)).join(', ')}` : ''}
              {r.tagNames.length ? `: ${r.tagNames.map((name) => f.local(name)).join(', ')}` : ''}
              {r.programme ? `: ${f.local(r.programme.title)}` : ''}
              {r.validityMonths ? ` · ${t('plans.admin.renewEvery', { count: r.validityMonths })}` : ''}
            </li>
          ))}
        </ol>
        <div className="actions">
          {plan.permissions.edit ? <Link className="btn btn-secondary" to="/admin/plans/$id/edit" params={{ id: plan.id }}>{t('plans.edit.action')}</Link> : null}
          {plan.permissions.change ? <Link className="btn btn-secondary" to="/admin/plans/$id/edit" params={{ id: plan.id }}>{t('plans.change.action')}</Link> : null}
          {plan.permissions.publish ? <Button busy={actions.publish.isPending} disabled={busy} onClick={() => setPublishing(true)}>{t('plans.admin.publish')}</Button> : null}
          {plan.permissions.retire ? (
            <Button variant="danger" disabled={busy} onClick={() => window.confirm(t('plans.admin.retireConfirm')) && actions.retire.mutate()}>{t('plans.admin.retire')}</Button>
          ) : null}
          {plan.permissions.delete ? (
            <Button variant="danger" disabled={busy} onClick={() => actions.remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/admin/plans' }) })}>{t('plans.admin.delete')}</Button>
          ) : null}
        </div>
        <ErrorMessage error={actions.retire.error ?? actions.remove.error} />
      </section>
      {plan.permissions.publish ? <PublishDialog plan={plan} open={publishing} onClose={() => setPublishing(false)} /> : null}
      {plan.permissions.manage ? <Progress planId={plan.id} /> : null}
    </Page>
  );
}

function Progress({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [bucket, setBucket] = useState<PeopleStatus>('overdue');
  const [page, setPage] = useState(1);
  const progress = usePlanProgress(planId, true);
  const people = usePlanPeople(planId, { status: bucket, page }, true);
  const counts = progress.data?.counts;
  return (
    <section className="card" aria-labelledby="plan-progress">
      <h2 id="plan-progress">{t('plans.admin.progress')}</h2>
      {progress.data?.sweep.status === 'running' ? <p role="status">{t('plans.admin.sweeping')}</p> : null}
      <ErrorMessage error={progress.error} />
      {counts ? (
        <ul className="count-grid" data-testid="plan-counts">
          {BUCKETS.map((b) => (
            <li key={b.key}>
              <strong>{f.number(counts[b.count])}</strong>
              <Button variant="link" aria-pressed={bucket === b.key} onClick={() => { setBucket(b.key); setPage(1); }}>
                {t(`plans.bucket.${b.key}`)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t(`plans.bucket.${bucket}`)}</h3>
      <p className="actions small">
        <a href={`/api/admin/plans/${planId}/export.csv?status=${bucket}`} download>{t('plans.admin.exportCsv')}</a>
        <a href={`/api/admin/plans/${planId}/export.xlsx?status=${bucket}`} download>{t('plans.admin.exportXlsx')}</a>
      </p>
      <ErrorMessage error={people.error} />
      {people.data ? (
        <>
          {people.data.items.length === 0 ? <p className="muted">{t('plans.admin.nobody')}</p> : null}
          <ul className="plain-list" data-testid="plan-people">
            {people.data.items.map((p) => (
              <li key={p.userId}>
                <Link to="/plans/$planId/people/$userId" params={{ planId, userId: p.userId }}>{p.name}</Link>{' '}
                <span className="small muted">{p.employeeId} · {f.name(p.org)}{p.designation ? ` · ${f.local(p.designation)}` : ''}</span>{' '}
                <PlanStatus status={p.status} />
                {p.dueDate ? <span className="small"> {t('plans.dueOn', { date: f.date(`${p.dueDate}T12:00:00+05:30`) })}</span> : null}
              </li>
            ))}
          </ul>
          {people.data.total > people.data.pageSize ? (
            <nav className="pager" aria-label={t('plans.admin.pages')}>
              <Button variant="link" disabled={page === 1} onClick={() => setPage(page - 1)}>{t('common.previous')}</Button>
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(Math.ceil(people.data.total / people.data.pageSize)) })}</span>
              <Button variant="link" disabled={page * people.data.pageSize >= people.data.total} onClick={() => setPage(page + 1)}>{t('common.next')}</Button>
            </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
