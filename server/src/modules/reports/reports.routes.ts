import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { ensure, holdsAnyRole, holdsRoleOver } from '../../platform/policy';
import { requestLanguage } from '../../platform/i18n';
import { courseQuality } from './course-quality.service';
import { activeInRange, dashboard } from './dashboard.service';
import { orgWithContext } from './dashboard.repo';
import { reportsHome } from './home.service';
import { hallOfFame, learnerLeaderboard } from './leaderboards.service';
import { getSubscription, setSubscription } from './monthly.service';
import { listPeople } from './people.service';
import { planCompliance } from './plan-compliance.service';
import { reconcile } from './reconcile.service';
import { markSubtreeDirty } from './refresh.repo';
import { reportFail } from './reports.messages';
import {
  ActiveInRange,
  ActiveQuery,
  CourseQuality,
  CourseQualityParams,
  Dashboard,
  HallOfFame,
  HallOfFameQuery,
  Leaderboard,
  LeaderboardQuery,
  OrgParams,
  PeoplePage,
  PeopleQuery,
  PlanCompliance,
  RangeQuery,
  Reconciliation,
  ReportsHome,
  Subscription,
  SubscriptionInput,
  reportErrorResponses as errs,
} from './reports.schema';
import { DRAIN_JOB } from './rollup.jobs';

const tags = ['reports'];

/** Dashboards, drill-down, plan compliance, leaderboards, course quality, reconciliation and the monthly e-mail setting. */
export async function reportRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/reports', { schema: { tags, response: { 200: ReportsHome, ...errs } } }, async (request) => reportsHome(ctx, requireActor(request)));

  app.get(
    '/api/reports/orgs/:orgId/dashboard',
    {
      schema: {
        tags,
        params: OrgParams,
        querystring: RangeQuery,
        description: 'People figures as of `to` (default today, India), activity between `from` (default: all time) and `to`, shares, series, children and top courses of an org subtree.',
        response: { 200: Dashboard, ...errs },
      },
    },
    async (request) => dashboard(ctx, requireActor(request), request.params.orgId, request.query),
  );

  app.get(
    '/api/reports/orgs/:orgId/active',
    {
      schema: {
        tags,
        params: OrgParams,
        querystring: ActiveQuery,
        description: 'Distinct people active and completing in any range, counted from the per-person ledger (exact; slower than the dashboard on large subtrees).',
        response: { 200: ActiveInRange, ...errs },
      },
    },
    async (request) => activeInRange(ctx, requireActor(request), request.params.orgId, request.query),
  );

  app.get(
    '/api/reports/orgs/:orgId/people',
    { schema: { tags, params: OrgParams, querystring: PeopleQuery, response: { 200: PeoplePage, ...errs } } },
    async (request) => listPeople(ctx, requireActor(request), request.params.orgId, request.query, requestLanguage(request)),
  );

  app.get('/api/reports/orgs/:orgId/plans', { schema: { tags, params: OrgParams, response: { 200: PlanCompliance, ...errs } } }, async (request) =>
    planCompliance(ctx, requireActor(request), request.params.orgId),
  );

  app.get(
    '/api/reports/orgs/:orgId/leaderboard',
    { schema: { tags, params: OrgParams, querystring: LeaderboardQuery, response: { 200: Leaderboard, ...errs } } },
    async (request) => learnerLeaderboard(ctx, requireActor(request), request.params.orgId, request.query, requestLanguage(request)),
  );

  app.get('/api/reports/hall-of-fame', { schema: { tags, querystring: HallOfFameQuery, response: { 200: HallOfFame, ...errs } } }, async (request) =>
    hallOfFame(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/reports/courses/:courseId/quality',
    { schema: { tags, params: CourseQualityParams, response: { 200: CourseQuality, ...errs } } },
    async (request) => courseQuality(ctx, requireActor(request), request.params.courseId),
  );

  app.get(
    '/api/reports/orgs/:orgId/reconciliation',
    {
      schema: {
        tags,
        params: OrgParams,
        description: 'Recomputes the node from the raw tables and compares every rollup row (state and platform admins).',
        response: { 200: Reconciliation, ...errs },
      },
    },
    async (request) => reconcile(ctx, requireActor(request), request.params.orgId),
  );

  app.post(
    '/api/reports/orgs/:orgId/rebuild',
    {
      schema: {
        tags,
        params: OrgParams,
        description: 'Queues every person of the subtree for a refresh (platform admins); the rollups stay readable meanwhile.',
        response: { 202: Type.Object({ queued: Type.Integer() }), ...errs },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const found = await orgWithContext(ctx.db, request.params.orgId);
      if (!found) throw reportFail(404, 'ORG_NOT_FOUND');
      ensure(holdsAnyRole(actor, ['platform_admin']) || holdsRoleOver(actor, ['state_admin'], found.org.path));
      const queued = await ctx.db.transaction().execute(async (trx) => {
        const n = await markSubtreeDirty(trx, found.org.path);
        await audit(trx, auditSource(request), 'report.rebuild_requested', { type: 'org', id: found.org.id, orgId: found.org.id }, { queued: n });
        return n;
      });
      await ctx.jobs.send(DRAIN_JOB, {});
      return reply.status(202).send({ queued });
    },
  );

  app.get('/api/reports/subscription', { schema: { tags, response: { 200: Subscription, ...errs } } }, async (request) =>
    getSubscription(ctx, requireActor(request)),
  );
  app.put('/api/reports/subscription', { schema: { tags, body: SubscriptionInput, response: { 200: Subscription, ...errs } } }, async (request) =>
    setSubscription(ctx, requireActor(request), request.body.monthlyEmail),
  );
}
