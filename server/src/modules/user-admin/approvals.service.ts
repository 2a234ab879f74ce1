import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { notifyUser } from '../notifications';
import { USER_REJECTED, writeRegistrationStatus, writeUserActivated } from '../identity';
import { adminFail, loadManagedOrg, loadManagedUser, requireUserAdmin } from './user-admin.access';
import { presentAdminUser } from './user-admin.presenter';
import { findAdminUser, searchUsers } from './user-admin.repo';
import { scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import type { AdminUserT } from './user-admin.schema';

/** The approval queue: registrations waiting for approval in the actor's subtrees (optionally under one org), oldest first. */
export async function listPendingRegistrations(ctx: AppContext, actor: Actor, q: { orgId?: string; page: number; pageSize: number }) {
  requireUserAdmin(actor);
  const orgPath = q.orgId ? (await loadManagedOrg(ctx, actor, q.orgId)).path : undefined;
  const { rows, total } = await searchUsers(ctx.db, {
    scopes: scopePaths(actor, USER_ADMIN_ROLES),
    orgPath,
    status: 'pending_approval',
    page: q.page,
    pageSize: q.pageSize,
    oldestFirst: true,
  });
  return { items: rows.map(presentAdminUser), total, page: q.page, pageSize: q.pageSize };
}

/**
 * Approves or rejects a registration. The UPDATE is conditional on the status still being
 * pending_approval, so of two admins deciding at once exactly one wins; the other gets 409.
 */
export async function decideRegistration(
  ctx: AppContext,
  actor: Actor,
  source: AuditSource,
  userId: string,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<AdminUserT> {
  const user = await loadManagedUser(ctx, actor, userId);
  if (user.status !== 'pending_approval') throw adminFail(409, 'REGISTRATION_NOT_PENDING');
  const now = ctx.clock.now();
  const reason = decision.approve ? null : decision.reason.trim();
  if (!decision.approve && !reason) throw adminFail(400, 'REASON_REQUIRED', 'reason');
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set(
        decision.approve
          ? { status: 'active', activation: 'approval', decided_by: actor.userId, decided_at: now, updated_at: now }
          : { status: 'rejected', rejection_reason: reason, decided_by: actor.userId, decided_at: now, updated_at: now },
      )
      .where('id', '=', userId)
      .where('status', '=', 'pending_approval')
      .returning(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name', 'org_id'])
      .executeTakeFirst();
    if (!updated) throw adminFail(409, 'REGISTRATION_NOT_PENDING');
    await audit(trx, source, decision.approve ? 'registration.approved' : 'registration.rejected', { type: 'user', id: userId, orgId: updated.org_id });
    if (decision.approve) {
      await writeUserActivated(trx, userId);
      await notifyUser(trx, updated, 'registration_approved', { name: updated.full_name, url: ctx.config.publicUrl }, { channels: ['email', 'sms', 'inapp'] });
    } else {
      await writeRegistrationStatus(trx, USER_REJECTED, userId);
      await notifyUser(trx, updated, 'registration_rejected', { name: updated.full_name, reason }, { channels: ['email', 'sms'] });
    }
  });
  const after = await findAdminUser(ctx.db, userId);
  if (!after) throw adminFail(404, 'USER_NOT_FOUND');
  return presentAdminUser(after);
}
