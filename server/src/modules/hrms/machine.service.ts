import { sql } from 'kysely';
import type { FastifyRequest } from 'fastify';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { buildStatement, yearOrCurrent, type ComplianceStatement } from '../plans';
import { hrmsError } from './hrms.messages';
import { hashToken } from './signature';

/** A machine client authenticated by its API token. */
export interface MachineCaller {
  tokenId: string;
  orgId: string;
  orgPath: string;
  tenantId: string;
  ip: string;
}

/** Resolves `Authorization: Bearer <token>` to its (unrevoked) token and scope; 401 otherwise, audited. */
export async function authenticateMachine(ctx: AppContext, request: FastifyRequest): Promise<MachineCaller> {
  const header = request.headers.authorization;
  const token = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
  const row = token
    ? await ctx.db
        .selectFrom('hrms_tokens as t')
        .innerJoin('orgs as o', 'o.id', 't.org_id')
        .select(['t.id', 't.org_id', 't.revoked_at', 'o.path', 'o.tenant_id'])
        .where('t.token_hash', '=', hashToken(token))
        .executeTakeFirst()
    : undefined;
  if (!row || row.revoked_at) {
    await audit(ctx.db, { actorId: null, ip: request.ip }, 'hrms.auth_failed', { type: 'hrms_token', id: row?.id ?? 'unknown' }, { path: request.routeOptions.url ?? '' });
    throw hrmsError(401, 'HRMS_TOKEN_INVALID');
  }
  await ctx.db.updateTable('hrms_tokens').set({ last_used_at: ctx.clock.now() }).where('id', '=', row.id).execute();
  return { tokenId: row.id, orgId: row.org_id, orgPath: row.path, tenantId: row.tenant_id ?? row.org_id, ip: request.ip };
}

/** Audits one machine call (every call is recorded, refused ones included). */
export async function auditCall(ctx: AppContext, caller: MachineCaller, action: string, details: Record<string, unknown>): Promise<void> {
  await audit(ctx.db, { actorId: null, ip: caller.ip }, action, { type: 'hrms_token', id: caller.tokenId, orgId: caller.orgId }, details);
}

/** The open account with this employee ID inside the token's subtree (404 for anyone outside it: no leak). */
async function employeeInScope(ctx: AppContext, caller: MachineCaller, employeeId: string): Promise<string> {
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select('u.id')
    .where(sql<boolean>`lower(u.employee_id) = ${employeeId.trim().toLowerCase()}`)
    .where('u.status', 'not in', ['merged', 'rejected'])
    .where('o.path', 'like', `${caller.orgPath}%`)
    .limit(2)
    .execute();
  if (rows.length === 0) throw hrmsError(404, 'EMPLOYEE_NOT_FOUND');
  if (rows.length > 1) throw hrmsError(409, 'EMPLOYEE_AMBIGUOUS');
  return rows[0]?.id ?? '';
}

/** One employee's compliance statement for an appraisal year, for a token whose subtree holds them. */
export async function employeeCompliance(ctx: AppContext, caller: MachineCaller, employeeId: string, year: number | undefined): Promise<ComplianceStatement> {
  const now = ctx.clock.now();
  try {
    const y = yearOrCurrent(year, now);
    const userId = await employeeInScope(ctx, caller, employeeId);
    const statement = await buildStatement(ctx.db, userId, y, now);
    await auditCall(ctx, caller, 'hrms.compliance_read', { employeeId, year: y, overall: statement.overall });
    return statement;
  } catch (err) {
    if (err instanceof AppError) await auditCall(ctx, caller, 'hrms.compliance_read', { employeeId, year: year ?? null, refused: err.code });
    throw err;
  }
}

/** The id of an employee for the PDF route (same scope rule and audit). */
export async function employeeUserId(ctx: AppContext, caller: MachineCaller, employeeId: string): Promise<string> {
  try {
    return await employeeInScope(ctx, caller, employeeId);
  } catch (err) {
    if (err instanceof AppError) await auditCall(ctx, caller, 'hrms.statement_pdf', { employeeId, refused: err.code });
    throw err;
  }
}

const encodeCursor = (userId: string) => Buffer.from(userId).toString('base64url');
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) throw hrmsError(400, 'CURSOR_INVALID', [{ field: 'cursor', code: 'CURSOR_INVALID' }]);
  return id;
}

/**
 * Statements of every employee in the token's subtree who has an ACR-linked plan, a page at a time in a stable order
 * (cursor = the last employee's position); `changedSince` narrows to records changed since then (incremental sync).
 */
export async function bulkCompliance(ctx: AppContext, caller: MachineCaller, q: { year?: number; cursor?: string; limit?: number; changedSince?: string }) {
  const now = ctx.clock.now();
  const year = yearOrCurrent(q.year, now);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  const limit = q.limit ?? 50;
  const ids = await ctx.db
    .selectFrom('plan_assignments as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select('a.user_id')
    .distinct()
    .where('p.acr_linked', '=', true)
    // Where the employee works now: someone transferred out of the subtree is no longer this token's to read.
    .where('o.path', 'like', `${caller.orgPath}%`)
    .where('u.status', 'not in', ['merged', 'rejected'])
    .$if(after !== null, (qb) => qb.where('a.user_id', '>', after as string))
    .$if(q.changedSince !== undefined, (qb) => qb.where('a.updated_at', '>=', new Date(q.changedSince as string)))
    .orderBy('a.user_id')
    .limit(limit + 1)
    .execute();
  const page = ids.slice(0, limit).map((r) => r.user_id);
  const items: ComplianceStatement[] = [];
  for (const userId of page) items.push(await buildStatement(ctx.db, userId, year, now));
  const last = page[page.length - 1];
  const nextCursor = ids.length > limit && last ? encodeCursor(last) : null;
  await auditCall(ctx, caller, 'hrms.compliance_listed', { year, count: items.length, cursor: q.cursor ?? null, changedSince: q.changedSince ?? null });
  return { items, nextCursor };
}
