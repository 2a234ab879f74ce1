import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { buildStatement, recordStatement, renderStatementPdf, yearOrCurrent } from '../plans';
import { createToken, createWebhook, listAccess, revokeToken, revokeWebhook, webhookDeliveries } from './access.service';
import {
  Access,
  BulkCompliance,
  BulkQuery,
  CreatedToken,
  CreatedWebhook,
  Deliveries,
  EmployeeParams,
  HrmsYearQuery,
  IdParams,
  Statement,
  Token,
  TokenInput,
  Webhook,
  WebhookInput,
  hrmsErrorResponses,
} from './hrms.schema';
import { auditCall, authenticateMachine, bulkCompliance, employeeCompliance, employeeUserId } from './machine.service';

const tags = ['hrms'];
/** Machine routes take `Authorization: Bearer <API token>` (no session, no cookies). */
const machine = 'Machine API: send `Authorization: Bearer <API token>`. Every call is audited.';

/** The machine API for HRMS/APAR systems (API tokens) and its administration by MDO admins (sessions). */
export async function hrmsRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/hrms/employees/:employeeId/compliance',
    { schema: { tags, description: machine, params: EmployeeParams, querystring: HrmsYearQuery, response: { 200: Statement, ...hrmsErrorResponses } } },
    async (request) => employeeCompliance(ctx, await authenticateMachine(ctx, request), request.params.employeeId, request.query.year),
  );

  app.get(
    '/api/v1/hrms/employees/:employeeId/compliance.pdf',
    {
      schema: {
        tags,
        description: machine,
        params: EmployeeParams,
        querystring: HrmsYearQuery,
        response: { 200: { type: 'string', format: 'binary', description: 'application/pdf' }, ...hrmsErrorResponses },
      },
    },
    async (request, reply) => {
      const caller = await authenticateMachine(ctx, request);
      const userId = await employeeUserId(ctx, caller, request.params.employeeId);
      const now = ctx.clock.now();
      const statement = await buildStatement(ctx.db, userId, yearOrCurrent(request.query.year, now), now);
      const number = await recordStatement(ctx.db, statement, null, now);
      await auditCall(ctx, caller, 'hrms.statement_pdf', { employeeId: request.params.employeeId, year: statement.year.year, number });
      const pdf = await renderStatementPdf(statement, number, `${ctx.config.publicUrl}/verify/compliance/${number}`);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="compliance-${statement.employee.employeeId}-${statement.year.label}.pdf"`).send(pdf);
    },
  );

  app.get(
    '/api/v1/hrms/compliance',
    { schema: { tags, description: machine, querystring: BulkQuery, response: { 200: BulkCompliance, ...hrmsErrorResponses } } },
    async (request) => bulkCompliance(ctx, await authenticateMachine(ctx, request), request.query),
  );

  app.get('/api/admin/hrms', { schema: { tags, response: { 200: Access, ...hrmsErrorResponses } } }, async (request) => listAccess(ctx, requireActor(request)));

  app.post('/api/admin/hrms/tokens', { schema: { tags, body: TokenInput, response: { 201: CreatedToken, ...hrmsErrorResponses } } }, async (request, reply) =>
    reply.status(201).send(await createToken(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.post('/api/admin/hrms/tokens/:id/revoke', { schema: { tags, params: IdParams, response: { 200: Token, ...hrmsErrorResponses } } }, async (request) =>
    revokeToken(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.post('/api/admin/hrms/webhooks', { schema: { tags, body: WebhookInput, response: { 201: CreatedWebhook, ...hrmsErrorResponses } } }, async (request, reply) =>
    reply.status(201).send(await createWebhook(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.post('/api/admin/hrms/webhooks/:id/revoke', { schema: { tags, params: IdParams, response: { 200: Webhook, ...hrmsErrorResponses } } }, async (request) =>
    revokeWebhook(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.get('/api/admin/hrms/webhooks/:id/deliveries', { schema: { tags, params: IdParams, response: { 200: Deliveries, ...hrmsErrorResponses } } }, async (request) =>
    webhookDeliveries(ctx, requireActor(request), request.params.id),
  );
}
