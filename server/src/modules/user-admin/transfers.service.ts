import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { notifyUser } from '../notifications';
import { designationsForOrg } from '../orgs';
import { checkPlacement, duplicateFromUniqueViolation, ensureNoDuplicates } from '../identity';
import { adminFail, checkEffectiveDate, loadOpenManagedUser, loadOrgField, requireUserAdmin } from './user-admin.access';
import { canAdministerOrg } from './user-admin.policy';
import { isoDate, named, presentPersonRef } from './user-admin.presenter';
import { changePosting, employeeIdHolders } from './user-admin.repo';
import { findTransfer, listTransfers, type TransferRow, type TransferStatus } from './transfers.repo';
import type { TransferInputT, TransferT } from './user-admin.schema';
import { dayMonthYear } from '../../platform/i18n';

export const USER_TRANSFERRED = 'user.transferred';

/** A transfer as an admin sees it: the person without contact details (the receiving side does not administer them yet). */
export function presentTransfer(actor: Actor, row: TransferRow): TransferT {
  const pending = row.status === 'pending';
  const receiving = canAdministerOrg(actor, row.to_path);
  return {
    id: row.id,
    user: presentPersonRef({ id: row.user_id, employee_id: row.employee_id, full_name: row.full_name, full_name_hi: row.full_name_hi }),
    fromOrg: named(row.from_org_id, row.from_en, row.from_hi),
    toOrg: named(row.to_org_id, row.to_en, row.to_hi),
    toDesignation: row.to_designation_id ? named(row.to_designation_id, row.d_en ?? '', row.d_hi ?? '') : null,
    effectiveDate: isoDate(row.effective_date),
    status: row.status,
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    permissions: { accept: pending && receiving, reject: pending && receiving, cancel: pending && canAdministerOrg(actor, row.from_path) },
  };
}

async function transferView(ctx: AppContext, actor: Actor, id: string): Promise<TransferT> {
  const row = await findTransfer(ctx.db, id);
  if (!row) throw adminFail(404, 'TRANSFER_NOT_FOUND');
  return presentTransfer(actor, row);
}

/** 409 when the employee ID is already used by another open account in the destination tenant. */
async function checkEmployeeIdFree(db: AppContext['db'] | Transaction<DB>, user: { id: string; employee_id: string; tenant_id: string }, toTenantId: string) {
  if (toTenantId === user.tenant_id) return;
  const holders = await employeeIdHolders(db, toTenantId, user.employee_id, user.id);
  ensureNoDuplicates(holders, { tenantId: toTenantId, employeeId: user.employee_id });
}

/** Starts a transfer of a user the actor administers to another org; it waits for the receiving admin. */
export async function requestTransfer(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, input: TransferInputT): Promise<TransferT> {
  const user = await loadOpenManagedUser(ctx, actor, userId);
  if (user.status !== 'active') throw adminFail(409, 'USER_NOT_ACTIVE');
  const toOrg = await loadOrgField(ctx, input.toOrgId, 'toOrgId');
  if (toOrg.id === user.org_id) throw adminFail(409, 'TRANSFER_SAME_ORG', 'toOrgId');
  const now = ctx.clock.now();
  checkEffectiveDate(input.effectiveDate, now);
  if (input.toDesignationId) await checkPlacement(ctx.db, toOrg.path, input.toDesignationId, null);
  await checkEmployeeIdFree(ctx.db, user, toOrg.tenant_id ?? toOrg.id);
  const existing = await ctx.db.selectFrom('transfers').select('id').where('user_id', '=', userId).where('status', '=', 'pending').executeTakeFirst();
  if (existing) throw adminFail(409, 'TRANSFER_PENDING');
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('transfers')
        .values({
          user_id: userId,
          from_org_id: user.org_id,
          to_org_id: toOrg.id,
          to_designation_id: input.toDesignationId ?? null,
          effective_date: input.effectiveDate,
          requested_by: actor.userId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, source, 'transfer.requested', { type: 'transfer', id: row.id, orgId: user.org_id }, { userId, toOrgId: toOrg.id });
      return row.id;
    });
    return transferView(ctx, actor, id);
  } catch (err) {
    if ((err as { constraint?: string }).constraint === 'transfers_one_pending_uq') throw adminFail(409, 'TRANSFER_PENDING');
    throw err;
  }
}

/** Pending (or other status) transfers into or out of the actor's subtrees. */
export async function listTransfersFor(ctx: AppContext, actor: Actor, direction: 'incoming' | 'outgoing', status: TransferStatus = 'pending') {
  requireUserAdmin(actor);
  const rows = await listTransfers(ctx.db, direction, scopePaths(actor, USER_ADMIN_ROLES), status);
  return rows.map((r) => presentTransfer(actor, r));
}

async function loadTransfer(ctx: AppContext, actor: Actor, id: string, side: 'to' | 'from'): Promise<TransferRow> {
  requireUserAdmin(actor);
  const row = await findTransfer(ctx.db, id);
  if (!row) throw adminFail(404, 'TRANSFER_NOT_FOUND');
  ensure(canAdministerOrg(actor, side === 'to' ? row.to_path : row.from_path));
  if (row.status !== 'pending') throw adminFail(409, 'TRANSFER_NOT_PENDING');
  return row;
}

/** Moves a pending transfer out of 'pending'; 409 when someone else decided it first. */
async function closeTransfer(trx: Transaction<DB>, id: string, status: Exclude<TransferStatus, 'pending'>, actorId: string, now: Date, reason: string | null) {
  const done = await trx
    .updateTable('transfers')
    .set({ status, decided_by: actorId, decided_at: now, reason })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  if (!done) throw adminFail(409, 'TRANSFER_NOT_PENDING');
}

type MovedUser = { id: string; email: string | null; mobile: string | null; language: 'en' | 'hi'; notification_prefs: unknown; full_name: string; designation_id: string | null };
type Destination = { id: string; path: string; tenantId: string; nameEn: string; nameHi: string };

/** The posting step of every transfer: new posting (designation kept when usable there), user.transferred, a message. */
async function movePerson(
  trx: Transaction<DB>,
  user: MovedUser,
  fromOrgId: string,
  to: Destination,
  p: { transferId: string; designationId: string | null; effectiveDate: string; now: Date },
): Promise<void> {
  const keepDesignation = user.designation_id && (await designationsForOrg(trx, to.path)).some((d) => d.id === user.designation_id);
  const designationId = p.designationId ?? (keepDesignation ? user.designation_id : null);
  await changePosting(trx, { userId: user.id, orgId: to.id, tenantId: to.tenantId, designationId, effectiveDate: p.effectiveDate, reason: 'transfer', now: p.now });
  await writeOutbox(trx, USER_TRANSFERRED, { userId: user.id, fromOrgId, toOrgId: to.id, designationId, transferId: p.transferId });
  const org = { en: to.nameEn, hi: to.nameHi };
  const date = dayMonthYear(p.effectiveDate);
  await notifyUser(trx, user as Parameters<typeof notifyUser>[1], 'transfer_completed', { name: user.full_name, org, date });
}

/**
 * Transfers everyone active in a closing org to another org of the same tenant, in the caller's transaction: each
 * gets the records of an accepted transfer (a transfers row, a new posting, user.transferred, a message, an audit
 * row); their pending transfers, out of or into the closing org, are cancelled first. Returns the people moved.
 */
export async function transferEveryoneOnClosure(
  trx: Transaction<DB>,
  source: AuditSource,
  actorId: string,
  fromOrgId: string,
  to: Destination,
  now: Date,
): Promise<number> {
  await trx
    .updateTable('transfers')
    .set({ status: 'cancelled', decided_by: actorId, decided_at: now, reason: 'org_closed' })
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('to_org_id', '=', fromOrgId), eb('user_id', 'in', eb.selectFrom('users').select('id').where('org_id', '=', fromOrgId))]))
    .execute();
  const people = await trx
    .selectFrom('users')
    .select(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name', 'designation_id'])
    .where('org_id', '=', fromOrgId)
    .where('status', '=', 'active')
    .orderBy('id')
    .forUpdate()
    .execute();
  const effectiveDate = isoDate(now);
  for (const user of people) {
    const row = await trx
      .insertInto('transfers')
      .values({ user_id: user.id, from_org_id: fromOrgId, to_org_id: to.id, to_designation_id: null, effective_date: effectiveDate, status: 'accepted', requested_by: actorId, decided_by: actorId, decided_at: now, reason: 'org_closed', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await movePerson(trx, user, fromOrgId, to, { transferId: row.id, designationId: null, effectiveDate, now });
    await audit(trx, source, 'transfer.accepted', { type: 'transfer', id: row.id, orgId: to.id }, { userId: user.id, fromOrgId, cause: 'org_closed' });
  }
  return people.length;
}

/** Accepts an incoming transfer: moves the person and their posting, tells them, and emits user.transferred. */
export async function acceptTransfer(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<TransferT> {
  const t = await loadTransfer(ctx, actor, id, 'to');
  const now = ctx.clock.now();
  const toTenantId = t.to_tenant_id ?? t.to_org_id;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await closeTransfer(trx, id, 'accepted', actor.userId, now, null);
      const user = await trx
        .selectFrom('users')
        .select(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name', 'org_id', 'tenant_id', 'employee_id', 'designation_id', 'status'])
        .where('id', '=', t.user_id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      if (user.org_id !== t.from_org_id || user.status !== 'active') throw adminFail(409, 'TRANSFER_STALE');
      await checkEmployeeIdFree(trx, user, toTenantId);
      const to = { id: t.to_org_id, path: t.to_path, tenantId: toTenantId, nameEn: t.to_en, nameHi: t.to_hi };
      await movePerson(trx, user, t.from_org_id, to, { transferId: id, designationId: t.to_designation_id, effectiveDate: isoDate(t.effective_date), now });
      await audit(trx, source, 'transfer.accepted', { type: 'transfer', id, orgId: t.to_org_id }, { userId: user.id, fromOrgId: t.from_org_id });
    });
  } catch (err) {
    throw duplicateFromUniqueViolation(err) ?? err;
  }
  return transferView(ctx, actor, id);
}

/** Rejects an incoming transfer with a reason; the person stays where they are. */
export async function rejectTransfer(ctx: AppContext, actor: Actor, source: AuditSource, id: string, reason: string): Promise<TransferT> {
  const t = await loadTransfer(ctx, actor, id, 'to');
  await ctx.db.transaction().execute(async (trx) => {
    await closeTransfer(trx, id, 'rejected', actor.userId, ctx.clock.now(), reason.trim());
    await audit(trx, source, 'transfer.rejected', { type: 'transfer', id, orgId: t.to_org_id }, { userId: t.user_id });
  });
  return transferView(ctx, actor, id);
}

/** Withdraws an outgoing transfer before the receiving side decides. */
export async function cancelTransfer(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<TransferT> {
  const t = await loadTransfer(ctx, actor, id, 'from');
  await ctx.db.transaction().execute(async (trx) => {
    await closeTransfer(trx, id, 'cancelled', actor.userId, ctx.clock.now(), null);
    await audit(trx, source, 'transfer.cancelled', { type: 'transfer', id, orgId: t.from_org_id }, { userId: t.user_id });
  });
  return transferView(ctx, actor, id);
}
