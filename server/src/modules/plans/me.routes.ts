import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { type Actor, auditSource, requireActor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { buildStatement, recordStatement, verifyStatement, yearOrCurrent } from './compliance.service';
import { renderStatementPdf } from './compliance-pdf';
import { grantException } from './exceptions.service';
import { MyPlans, YearQuery } from './me.schema';
import { myPlans } from './my-plans.service';
import { planError } from './plans.messages';
import { adminScopes } from './plans.policy';
import { planErrorResponses } from './plans.schema';
import { personInPlan } from './progress.service';
import { ExemptionInput, ExtensionInput, PersonInPlan, PersonParams, Reportees, Statement, StatementParams, StatementVerification, UserParams } from './progress.schema';
import { myReportees } from './reportees.service';

const tags = ['plans'];
const pdf = { 200: { type: 'string', format: 'binary', description: 'application/pdf' }, ...planErrorResponses };

/** An admin over the person's organisation may read their statement (404 for anyone else: no leak). */
async function requireAdminOver(ctx: AppContext, actor: Actor, userId: string): Promise<void> {
  ensure(adminScopes(actor).length > 0);
  const user = await ctx.db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['o.path']).where('u.id', '=', userId).executeTakeFirst();
  if (!user || !holdsRoleOver(actor, USER_ADMIN_ROLES, user.path)) throw planError(404, 'USER_NOT_FOUND');
}

/** Learner views, reporting officers' and admins' person views, exceptions, and compliance statements. */
export async function planPeopleRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/me/plans', { schema: { tags, response: { 200: MyPlans, ...planErrorResponses } } }, async (request) => myPlans(ctx, requireActor(request)));

  app.get('/api/me/reportees', { schema: { tags, response: { 200: Reportees, ...planErrorResponses } } }, async (request) => myReportees(ctx, requireActor(request)));

  app.get('/api/me/compliance', { schema: { tags, querystring: YearQuery, response: { 200: Statement, ...planErrorResponses } } }, async (request) => {
    const actor = requireActor(request);
    const now = ctx.clock.now();
    return buildStatement(ctx.db, actor.userId, yearOrCurrent(request.query.year, now), now);
  });

  const statementPdf = async (actor: Actor, userId: string, year: number | undefined) => {
    const now = ctx.clock.now();
    const statement = await buildStatement(ctx.db, userId, yearOrCurrent(year, now), now);
    const number = await recordStatement(ctx.db, statement, actor.userId, now);
    const body = await renderStatementPdf(statement, number, `${ctx.config.publicUrl}/verify/compliance/${number}`);
    return { body, filename: `compliance-${statement.employee.employeeId}-${statement.year.label}.pdf`, number };
  };

  app.get('/api/me/compliance/statement.pdf', { schema: { tags, querystring: YearQuery, response: pdf } }, async (request, reply) => {
    const actor = requireActor(request);
    const out = await statementPdf(actor, actor.userId, request.query.year);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
  });

  app.get('/api/admin/compliance/:userId', { schema: { tags, params: UserParams, querystring: YearQuery, response: { 200: Statement, ...planErrorResponses } } }, async (request) => {
    const actor = requireActor(request);
    await requireAdminOver(ctx, actor, request.params.userId);
    const now = ctx.clock.now();
    return buildStatement(ctx.db, request.params.userId, yearOrCurrent(request.query.year, now), now);
  });

  app.get('/api/admin/compliance/:userId/statement.pdf', { schema: { tags, params: UserParams, querystring: YearQuery, response: pdf } }, async (request, reply) => {
    const actor = requireActor(request);
    await requireAdminOver(ctx, actor, request.params.userId);
    const out = await statementPdf(actor, request.params.userId, request.query.year);
    await audit(ctx.db, auditSource(request), 'compliance.statement_issued', { type: 'user', id: request.params.userId }, { number: out.number });
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
  });

  app.get(
    '/api/v1/compliance-statements/:number/verify',
    {
      schema: { tags, params: StatementParams, response: { 200: StatementVerification, ...planErrorResponses } },
      config: { rateLimit: { max: ctx.config.nodeEnv === 'test' ? 600 : 60, timeWindow: 60_000 } },
    },
    async (request) => verifyStatement(ctx.db, request.params.number),
  );

  app.get('/api/plans/:id/people/:userId', { schema: { tags, params: PersonParams, response: { 200: PersonInPlan, ...planErrorResponses } } }, async (request) =>
    personInPlan(ctx, requireActor(request), request.params.id, request.params.userId),
  );

  app.post(
    '/api/plans/:id/people/:userId/extension',
    { schema: { tags, params: PersonParams, body: ExtensionInput, response: { 200: PersonInPlan, ...planErrorResponses } } },
    async (request) => grantException(ctx, requireActor(request), auditSource(request), request.params.id, request.params.userId, { kind: 'extension', ...request.body }),
  );

  app.post(
    '/api/plans/:id/people/:userId/exemption',
    { schema: { tags, params: PersonParams, body: ExemptionInput, response: { 200: PersonInPlan, ...planErrorResponses } } },
    async (request) => grantException(ctx, requireActor(request), auditSource(request), request.params.id, request.params.userId, { kind: 'exemption', ...request.body }),
  );
}
