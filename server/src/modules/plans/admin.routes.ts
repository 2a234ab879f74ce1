import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { createPlan, deletePlan, listPlans, planView, previewAudience, retirePlan, updatePlan } from './authoring.service';
import { changeLivePlan, previewLiveChange } from './live-change.service';
import { publishPlan, publishPreview } from './publish.service';
import { exportPeople } from './export.service';
import { setReportingOfficer } from './exceptions.service';
import { planPeople, planProgress } from './progress.service';
import {
  AudiencePreview,
  AudiencePreviewInput,
  LiveChangeInput,
  LiveChangePreview,
  Plan,
  PlanInput,
  PlanList,
  PlanListQuery,
  PlanParams,
  PublishInput,
  PublishPreview,
  planErrorResponses,
} from './plans.schema';
import { ExportQuery, OrgQuery, People, PeopleQuery, Progress, ReportingOfficer, ReportingOfficerInput, ReportingOfficerParams, ReportingOfficerView } from './progress.schema';
import { reportingOfficerOf } from './reportees.service';

const tags = ['plans'];

/** MDO admin pages: plans, their audience preview, progress, drill-down, exports, reporting officers. */
export async function planAdminRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/admin/plans', { schema: { tags, querystring: PlanListQuery, response: { 200: PlanList, ...planErrorResponses } } }, async (request) =>
    listPlans(ctx, requireActor(request), { status: request.query.status, page: request.query.page ?? 1 }),
  );

  app.post('/api/admin/plans', { schema: { tags, body: PlanInput, response: { 201: Plan, ...planErrorResponses } } }, async (request, reply) =>
    reply.status(201).send(await createPlan(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.post(
    '/api/admin/plans/audience-preview',
    { schema: { tags, body: AudiencePreviewInput, response: { 200: AudiencePreview, ...planErrorResponses } } },
    async (request) => previewAudience(ctx, requireActor(request), request.body),
  );

  app.get('/api/admin/plans/:id', { schema: { tags, params: PlanParams, response: { 200: Plan, ...planErrorResponses } } }, async (request) =>
    planView(ctx, requireActor(request), request.params.id),
  );

  app.put('/api/admin/plans/:id', { schema: { tags, params: PlanParams, body: PlanInput, response: { 200: Plan, ...planErrorResponses } } }, async (request) =>
    updatePlan(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );

  app.delete('/api/admin/plans/:id', { schema: { tags, params: PlanParams, response: { ...planErrorResponses } } }, async (request, reply) => {
    await deletePlan(ctx, requireActor(request), auditSource(request), request.params.id);
    return reply.status(204).send();
  });

  app.patch(
    '/api/admin/plans/:id',
    { schema: { tags, params: PlanParams, body: LiveChangeInput, description: 'A live plan: a later deadline, a wider audience.', response: { 200: Plan, ...planErrorResponses } } },
    async (request) => changeLivePlan(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );

  app.post(
    '/api/admin/plans/:id/change-preview',
    { schema: { tags, params: PlanParams, body: LiveChangeInput, response: { 200: LiveChangePreview, ...planErrorResponses } } },
    async (request) => previewLiveChange(ctx, requireActor(request), request.params.id, request.body),
  );

  app.get(
    '/api/admin/plans/:id/publish-preview',
    { schema: { tags, params: PlanParams, description: 'How many people publishing would assign now, and by when.', response: { 200: PublishPreview, ...planErrorResponses } } },
    async (request) => publishPreview(ctx, requireActor(request), request.params.id),
  );

  app.post(
    '/api/admin/plans/:id/publish',
    { schema: { tags, params: PlanParams, body: PublishInput, response: { 200: Plan, ...planErrorResponses } } },
    async (request) => publishPlan(ctx, requireActor(request), auditSource(request), request.params.id, request.body ?? {}),
  );

  app.post('/api/admin/plans/:id/retire', { schema: { tags, params: PlanParams, response: { 200: Plan, ...planErrorResponses } } }, async (request) =>
    retirePlan(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.get(
    '/api/admin/plans/:id/progress',
    { schema: { tags, params: PlanParams, querystring: OrgQuery, response: { 200: Progress, ...planErrorResponses } } },
    async (request) => planProgress(ctx, requireActor(request), request.params.id, request.query.orgId),
  );

  app.get(
    '/api/admin/plans/:id/people',
    { schema: { tags, params: PlanParams, querystring: PeopleQuery, response: { 200: People, ...planErrorResponses } } },
    async (request) => {
      const q = request.query;
      return planPeople(ctx, requireActor(request), request.params.id, { status: q.status ?? 'all', orgId: q.orgId, q: q.q, page: q.page ?? 1 });
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/admin/plans/:id/export.${format}`,
      {
        schema: {
          tags,
          params: PlanParams,
          querystring: ExportQuery,
          description: `People of a plan in one bucket (default: overdue) as ${format.toUpperCase()}.`,
          response: { 200: { type: 'string', format: 'binary' }, ...planErrorResponses },
        },
      },
      async (request, reply) => {
        const out = await exportPeople(ctx, requireActor(request), auditSource(request), request.params.id, request.query, format);
        return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
      },
    );
  }

  app.get(
    '/api/admin/reporting-officers/:userId',
    { schema: { tags, params: ReportingOfficerParams, response: { 200: ReportingOfficerView, ...planErrorResponses } } },
    async (request) => reportingOfficerOf(ctx, requireActor(request), request.params.userId),
  );

  app.put(
    '/api/admin/reporting-officers/:userId',
    { schema: { tags, params: ReportingOfficerParams, body: ReportingOfficerInput, response: { 200: ReportingOfficer, ...planErrorResponses } } },
    async (request) => setReportingOfficer(ctx, requireActor(request), auditSource(request), request.params.userId, request.body.officerId),
  );
}
