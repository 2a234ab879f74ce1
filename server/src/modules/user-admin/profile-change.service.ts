import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { notifyUser } from '../notifications';
import { adminFail, checkEffectiveDate, loadOrgField, requireUserAdmin } from './user-admin.access';
import { canAdministerOrg } from './user-admin.policy';
import { isoDate, named, presentPersonRef } from './user-admin.presenter';
import { changePosting, employeeIdHolders } from './user-admin.repo';
import { POSTING_CHANGED } from './users.service';
import { checkPlacement, duplicateFromUniqueViolation, ensureNoDuplicates, findUserById } from '../identity';
import { closeProfileChange, findProfileChange, latestProfileChange, pendingProfileChanges, type ProfileChangeRow } from './profile-change.repo';
import type { ProfileChangeInputT, ProfileChangeT } from './profile-change.schema';
import { dayMonthYear } from '../../platform/i18n';

/** A request as its owner or an admin sees it; permissions say which buttons will work for this viewer. */
function present(row: ProfileChangeRow, viewer: Actor): ProfileChangeT {
  const pending = row.status === 'pending';
  const overRequested = canAdministerOrg(viewer, row.req_path);
  const overCurrent = canAdministerOrg(viewer, row.cur_path);
  return {
    id: row.id,
    user: presentPersonRef({ id: row.user_id, employee_id: row.employee_id, full_name: row.full_name, full_name_hi: row.full_name_hi }),
    currentOrg: named(row.cur_id, row.cur_en, row.cur_hi),
    currentDesignation: row.cd_id ? named(row.cd_id, row.cd_en ?? '', row.cd_hi ?? '') : null,
    org: named(row.org_id, row.req_en, row.req_hi),
    designation: row.designation_id ? named(row.designation_id, row.rd_en ?? '', row.rd_hi ?? '') : null,
    effectiveDate: isoDate(row.effective_date),
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    permissions: { approve: pending && overRequested, reject: pending && (overRequested || overCurrent), cancel: pending && row.user_id === viewer.userId },
  };
}

async function view(ctx: AppContext, id: string, viewer: Actor): Promise<ProfileChangeT> {
  const row = await findProfileChange(ctx.db, id);
  if (!row) throw adminFail(404, 'PROFILE_CHANGE_NOT_FOUND');
  return present(row, viewer);
}

/** A learner asks to move to another org and/or designation; one pending request at a time. */
export async function requestProfileChange(ctx: AppContext, actor: Actor, source: AuditSource, input: ProfileChangeInputT): Promise<ProfileChangeT> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || user.status !== 'active') throw adminFail(409, 'USER_NOT_ACTIVE');
  const org = await loadOrgField(ctx, input.orgId, 'orgId');
  await checkPlacement(ctx.db, org.path, input.designationId, null);
  if (org.id === user.org_id && input.designationId === user.designation_id) throw adminFail(409, 'PROFILE_CHANGE_SAME', 'orgId');
  const now = ctx.clock.now();
  checkEffectiveDate(input.effectiveDate, now);
  const pending = await latestProfileChange(ctx.db, user.id);
  if (pending?.status === 'pending') throw adminFail(409, 'PROFILE_CHANGE_PENDING');
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('profile_change_requests')
        .values({ user_id: user.id, org_id: org.id, designation_id: input.designationId, effective_date: input.effectiveDate, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, source, 'profile_change.requested', { type: 'profile_change', id: row.id, orgId: user.org_id }, { toOrgId: org.id });
      return row.id;
    });
    return view(ctx, id, actor);
  } catch (err) {
    if ((err as { constraint?: string }).constraint === 'profile_change_one_pending_uq') throw adminFail(409, 'PROFILE_CHANGE_PENDING');
    throw err;
  }
}

/** The learner's latest request, or null. */
export async function myProfileChange(ctx: AppContext, actor: Actor): Promise<ProfileChangeT | null> {
  const row = await latestProfileChange(ctx.db, actor.userId);
  return row ? present(row, actor) : null;
}

/** The learner withdraws their pending request. */
export async function cancelMyProfileChange(ctx: AppContext, actor: Actor, source: AuditSource): Promise<ProfileChangeT> {
  const latest = await latestProfileChange(ctx.db, actor.userId);
  if (!latest || latest.status !== 'pending') throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
  await ctx.db.transaction().execute(async (trx) => {
    const closed = await closeProfileChange(trx, latest.id, { status: 'cancelled', decidedBy: actor.userId, reason: null, now: ctx.clock.now() });
    if (!closed) throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
    await audit(trx, source, 'profile_change.cancelled', { type: 'profile_change', id: latest.id, orgId: latest.cur_id });
  });
  return view(ctx, latest.id, actor);
}

/** Pending requests for the admin: those whose person's current org or requested org is in their subtrees. */
export async function listPendingProfileChanges(ctx: AppContext, actor: Actor): Promise<ProfileChangeT[]> {
  requireUserAdmin(actor);
  const rows = await pendingProfileChanges(ctx.db, scopePaths(actor, USER_ADMIN_ROLES));
  return rows.map((r) => present(r, actor));
}

/** The decision's words in both languages, so the in-app notice can follow the reader's language. */
function decisionParams(approved: boolean, text: { reason: string | null; date: string }) {
  const date = dayMonthYear(text.date);
  return {
    decision: approved ? { en: 'approved', hi: 'स्वीकृत हुआ' } : { en: 'not approved', hi: 'स्वीकृत नहीं हुआ' },
    reason: approved
      ? { en: `Your new posting applies from ${date}.`, hi: `आपकी नई तैनाती ${date} से लागू है।` }
      : { en: `Reason: ${text.reason}`, hi: `कारण: ${text.reason}` },
  };
}

async function loadPending(ctx: AppContext, actor: Actor, id: string): Promise<ProfileChangeRow> {
  requireUserAdmin(actor);
  const row = await findProfileChange(ctx.db, id);
  if (!row) throw adminFail(404, 'PROFILE_CHANGE_NOT_FOUND');
  return row;
}

/** An admin over the requested org approves: the change applies like a transfer (new posting, user.posting_changed). */
export async function approveProfileChange(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<ProfileChangeT> {
  const row = await loadPending(ctx, actor, id);
  ensure(canAdministerOrg(actor, row.req_path));
  if (row.status !== 'pending') throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
  const now = ctx.clock.now();
  const tenantId = row.req_tenant_id ?? row.org_id;
  const effectiveDate = isoDate(row.effective_date);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      if (!(await closeProfileChange(trx, id, { status: 'approved', decidedBy: actor.userId, reason: null, now }))) throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
      const user = await trx
        .selectFrom('users')
        .select(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name', 'org_id', 'tenant_id', 'employee_id', 'status'])
        .where('id', '=', row.user_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (user.status !== 'active') throw adminFail(409, 'USER_NOT_ACTIVE');
      if (tenantId !== user.tenant_id) {
        ensureNoDuplicates(await employeeIdHolders(trx, tenantId, user.employee_id, user.id), { tenantId, employeeId: user.employee_id });
      }
      await changePosting(trx, { userId: user.id, orgId: row.org_id, tenantId, designationId: row.designation_id, effectiveDate, reason: 'profile_change', now });
      await writeOutbox(trx, POSTING_CHANGED, { userId: user.id, fromOrgId: user.org_id, orgId: row.org_id, designationId: row.designation_id, reason: 'profile_change' });
      await notifyUser(trx, user, 'profile_change_decided', { name: user.full_name, ...decisionParams(true, { reason: null, date: effectiveDate }) });
      await audit(trx, source, 'profile_change.approved', { type: 'profile_change', id, orgId: row.org_id }, { userId: user.id, fromOrgId: user.org_id });
    });
  } catch (err) {
    throw duplicateFromUniqueViolation(err) ?? err;
  }
  return view(ctx, id, actor);
}

/** An admin over the requested or the current org turns the request down, with a reason the person sees. */
export async function rejectProfileChange(ctx: AppContext, actor: Actor, source: AuditSource, id: string, reason: string): Promise<ProfileChangeT> {
  const row = await loadPending(ctx, actor, id);
  ensure(canAdministerOrg(actor, row.req_path) || canAdministerOrg(actor, row.cur_path));
  if (row.status !== 'pending') throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await closeProfileChange(trx, id, { status: 'rejected', decidedBy: actor.userId, reason: reason.trim(), now }))) throw adminFail(409, 'PROFILE_CHANGE_NOT_PENDING');
    const user = await trx.selectFrom('users').select(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name']).where('id', '=', row.user_id).executeTakeFirstOrThrow();
    await notifyUser(trx, user, 'profile_change_decided', { name: user.full_name, ...decisionParams(false, { reason: reason.trim(), date: '' }) });
    await audit(trx, source, 'profile_change.rejected', { type: 'profile_change', id, orgId: row.org_id }, { userId: user.id });
  });
  return view(ctx, id, actor);
}
