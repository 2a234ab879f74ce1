import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { ensure, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { notifyUser } from '../notifications';
import {
  checkPlacement,
  duplicateFromUniqueViolation,
  ensureNoDuplicates,
  findOpenAccountsByIdentifiers,
  identityErrors,
  insertUser,
  issuePasswordToken,
  loadPostings,
  normaliseEmail,
  normaliseMobile,
  revokeAllSessions,
  type UserStatus,
  writeUserActivated,
  writeUserDeactivated,
} from '../identity';
import { adminFail, loadManagedOrg, loadManagedUser, loadOpenManagedUser, loadOrgField, requireUserAdmin, today } from './user-admin.access';
import { canAdministerOrg, userPermissions } from './user-admin.policy';
import { isoDate, named, presentAdminUser } from './user-admin.presenter';
import { changePosting, findAdminUser, rolesOf, searchUsers } from './user-admin.repo';
import { pendingTransferOf } from './transfers.repo';
import { presentTransfer } from './transfers.service';
import type { AdminUserT, CreateUserInputT, UpdateUserInputT } from './user-admin.schema';

export const POSTING_CHANGED = 'user.posting_changed';

const mobileInvalid = () =>
  new AppError(400, 'MOBILE_INVALID', identityErrors.MOBILE_INVALID, {}, [{ field: 'mobile', code: 'MOBILE_INVALID', message: identityErrors.MOBILE_INVALID }]);

/** Reloads a user after a change and presents them. */
export async function adminUserView(ctx: AppContext, userId: string): Promise<AdminUserT> {
  const row = await findAdminUser(ctx.db, userId);
  if (!row) throw adminFail(404, 'USER_NOT_FOUND');
  return presentAdminUser(row);
}

/** Users in the actor's subtrees, searched by name, employee ID, e-mail or mobile; one page with the total. */
export async function listUsers(ctx: AppContext, actor: Actor, q: { q?: string; orgId?: string; status?: UserStatus; page: number; pageSize: number }) {
  requireUserAdmin(actor);
  const orgPath = q.orgId ? (await loadManagedOrg(ctx, actor, q.orgId)).path : undefined;
  const { rows, total } = await searchUsers(ctx.db, { scopes: scopePaths(actor, USER_ADMIN_ROLES), orgPath, status: q.status, q: q.q, page: q.page, pageSize: q.pageSize });
  return { items: rows.map(presentAdminUser), total, page: q.page, pageSize: q.pageSize };
}

/** One user in full for an admin: postings, roles, pending transfer, and what the admin may do. */
export async function userDetail(ctx: AppContext, actor: Actor, userId: string) {
  const user = await loadManagedUser(ctx, actor, userId);
  const [postings, roles, transfer] = await Promise.all([loadPostings(ctx.db, userId), rolesOf(ctx.db, userId), pendingTransferOf(ctx.db, userId)]);
  return {
    ...presentAdminUser(user),
    activation: user.activation,
    rejectionReason: user.rejection_reason,
    deactivationReason: user.deactivation_reason,
    mergedInto: user.merged_into,
    postings: postings.map((p) => ({ ...p, fromDate: isoDate(p.fromDate), toDate: p.toDate === null ? null : isoDate(p.toDate) })),
    roles: roles.map((r) => ({ role: r.role, org: named(r.id, r.name_en, r.name_hi), grantedAt: r.created_at.toISOString() })),
    pendingTransfer: transfer ? presentTransfer(actor, transfer) : null,
    permissions: userPermissions(actor, { id: user.id, status: user.status, orgPath: user.org_path }),
  };
}

/** Creates an active account (no password) and sends the person a set-password link, in one transaction. */
export async function createUser(ctx: AppContext, actor: Actor, source: AuditSource, input: CreateUserInputT): Promise<AdminUserT> {
  requireUserAdmin(actor);
  const org = await loadOrgField(ctx, input.orgId, 'orgId');
  ensure(canAdministerOrg(actor, org.path));
  const email = normaliseEmail(input.email);
  const mobile = normaliseMobile(input.mobile);
  if (!mobile) throw mobileInvalid();
  await checkPlacement(ctx.db, org.path, input.designationId, email);
  const tenantId = org.tenant_id ?? org.id;
  const ids = { tenantId, employeeId: input.employeeId.trim(), email, mobile };
  ensureNoDuplicates(await findOpenAccountsByIdentifiers(ctx.db, ids), ids);
  const now = ctx.clock.now();
  try {
    const userId = await ctx.db.transaction().execute(async (trx) => {
      const id = await insertUser(
        trx,
        {
          tenant_id: tenantId,
          org_id: org.id,
          designation_id: input.designationId,
          employee_id: ids.employeeId,
          full_name: input.fullName.trim(),
          full_name_hi: input.fullNameHi?.trim() || null,
          email,
          mobile,
          employee_group: input.employeeGroup,
          cadre: input.cadre?.trim() || null,
          service: input.service?.trim() || null,
          password_hash: null,
          status: 'active',
          activation: 'admin',
          language: input.language ?? 'en',
          decided_by: actor.userId,
          decided_at: now,
          created_at: now,
        },
        { fromDate: today(now), reason: 'admin_create' },
      );
      const url = await issuePasswordToken(trx, id, now, ctx.config.publicUrl);
      const recipient = { id, email, mobile, language: input.language ?? 'en' };
      await notifyUser(trx, recipient, 'account_created', { name: input.fullName.trim(), url }, { channels: ['email'], security: true });
      await audit(trx, source, 'user.created', { type: 'user', id, orgId: org.id });
      await writeUserActivated(trx, id);
      return id;
    });
    return adminUserView(ctx, userId);
  } catch (err) {
    throw duplicateFromUniqueViolation(err) ?? err;
  }
}

/** Edits a user's details; a new designation closes the current posting and opens one with reason admin_edit. */
export async function updateUser(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, input: UpdateUserInputT): Promise<AdminUserT> {
  const user = await loadOpenManagedUser(ctx, actor, userId);
  const email = input.email !== undefined ? normaliseEmail(input.email) : undefined;
  const mobile = input.mobile !== undefined ? normaliseMobile(input.mobile) : undefined;
  if (mobile === null) throw mobileInvalid();
  const newEmail = email !== undefined && email !== user.email ? email : undefined;
  const newMobile = mobile !== undefined && mobile !== user.mobile ? mobile : undefined;
  const newDesignation = input.designationId !== undefined && input.designationId !== user.designation_id ? input.designationId : undefined;
  await checkPlacement(ctx.db, user.org_path, newDesignation ?? null, newEmail ?? null);
  if (newEmail || newMobile) {
    const ids = { tenantId: user.tenant_id, email: newEmail ?? user.email, mobile: newMobile ?? user.mobile, employeeId: user.employee_id };
    const others = (await findOpenAccountsByIdentifiers(ctx.db, ids)).filter((u) => u.id !== userId);
    ensureNoDuplicates(others, { tenantId: user.tenant_id, email: newEmail, mobile: newMobile });
  }
  const changes = {
    ...(input.fullName !== undefined ? { full_name: input.fullName.trim() } : {}),
    ...(input.fullNameHi !== undefined ? { full_name_hi: input.fullNameHi?.trim() || null } : {}),
    ...(newEmail ? { email: newEmail, email_verified_at: null } : {}),
    ...(newMobile ? { mobile: newMobile, mobile_verified_at: null } : {}),
    ...(input.employeeGroup !== undefined ? { employee_group: input.employeeGroup } : {}),
    ...(input.cadre !== undefined ? { cadre: input.cadre?.trim() || null } : {}),
    ...(input.service !== undefined ? { service: input.service?.trim() || null } : {}),
  };
  const fields = [...Object.keys(changes).filter((k) => !k.endsWith('_verified_at')), ...(newDesignation ? ['designation_id'] : [])];
  if (fields.length === 0) return presentAdminUser(user);
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ ...changes, updated_at: now }).where('id', '=', userId).execute();
      if (newDesignation) {
        await changePosting(trx, { userId, orgId: user.org_id, tenantId: user.tenant_id, designationId: newDesignation, effectiveDate: today(now), reason: 'admin_edit', now });
        await writeOutbox(trx, POSTING_CHANGED, { userId, orgId: user.org_id, designationId: newDesignation, reason: 'admin_edit' });
      }
      await audit(trx, source, 'user.updated', { type: 'user', id: userId, orgId: user.org_id }, { fields });
    });
  } catch (err) {
    throw duplicateFromUniqueViolation(err) ?? err;
  }
  return adminUserView(ctx, userId);
}

/** Deactivates an active account and ends all its sessions at once. */
export async function deactivateUser(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, reason: string): Promise<AdminUserT> {
  const user = await loadOpenManagedUser(ctx, actor, userId);
  if (user.id === actor.userId) throw adminFail(409, 'CANNOT_ACT_ON_SELF');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({ status: 'deactivated', deactivation_reason: reason.trim(), updated_at: now })
      .where('id', '=', userId)
      .where('status', '=', 'active')
      .returning(['id', 'email', 'mobile', 'language', 'full_name'])
      .executeTakeFirst();
    if (!updated) throw adminFail(409, 'USER_NOT_ACTIVE');
    const sessions = await revokeAllSessions(trx, userId);
    await notifyUser(trx, updated, 'account_deactivated', { name: updated.full_name }, { channels: ['email'], security: true });
    await audit(trx, source, 'user.deactivated', { type: 'user', id: userId, orgId: user.org_id }, { sessionsEnded: sessions });
    await writeUserDeactivated(trx, userId);
  });
  return adminUserView(ctx, userId);
}

/** Reactivates a deactivated account. */
export async function reactivateUser(ctx: AppContext, actor: Actor, source: AuditSource, userId: string): Promise<AdminUserT> {
  const user = await loadOpenManagedUser(ctx, actor, userId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({ status: 'active', deactivation_reason: null, failed_logins: 0, locked_until: null, updated_at: now })
      .where('id', '=', userId)
      .where('status', '=', 'deactivated')
      .returning(['id', 'email', 'mobile', 'language', 'full_name'])
      .executeTakeFirst();
    if (!updated) throw adminFail(409, 'USER_NOT_DEACTIVATED');
    await notifyUser(trx, updated, 'account_reactivated', { name: updated.full_name, url: ctx.config.publicUrl }, { channels: ['email'], security: true });
    await audit(trx, source, 'user.reactivated', { type: 'user', id: userId, orgId: user.org_id });
    await writeUserActivated(trx, userId);
  });
  return adminUserView(ctx, userId);
}
