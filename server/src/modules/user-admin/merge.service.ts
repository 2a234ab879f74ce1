import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { notifyUser } from '../notifications';
import { adminFail, loadManagedUser, today } from './user-admin.access';
import { adminUserView } from './users.service';
import type { AdminUserT } from './user-admin.schema';

export const USER_MERGED = 'user.merged';

/**
 * Moves what the identity module owns from the duplicate to the target: postings (as closed history),
 * roles (skipping ones the target holds), in-app messages; ends the duplicate's sessions, links and
 * pending requests. Other modules move their own rows when they consume the user.merged event.
 */
async function moveOwnedRows(trx: Transaction<DB>, duplicateId: string, targetId: string, now: Date): Promise<Record<string, number>> {
  await trx.updateTable('postings').set({ to_date: today(now) }).where('user_id', '=', duplicateId).where('to_date', 'is', null).execute();
  const postings = await trx.updateTable('postings').set({ user_id: targetId }).where('user_id', '=', duplicateId).executeTakeFirst();
  const roles = await trx.deleteFrom('role_assignments').where('user_id', '=', duplicateId).returning(['role', 'org_id', 'granted_by']).execute();
  let rolesMoved = 0;
  for (const r of roles) {
    const inserted = await trx
      .insertInto('role_assignments')
      .values({ user_id: targetId, role: r.role, org_id: r.org_id, granted_by: r.granted_by })
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .executeTakeFirst();
    if (inserted) rolesMoved += 1;
  }
  const messages = await trx.updateTable('messages').set({ user_id: targetId }).where('user_id', '=', duplicateId).where('channel', '=', 'inapp').executeTakeFirst();
  const sessions = await trx.deleteFrom('sessions').where('user_id', '=', duplicateId).executeTakeFirst();
  await trx.updateTable('password_tokens').set({ used_at: now }).where('user_id', '=', duplicateId).where('used_at', 'is', null).execute();
  const transfers = await trx
    .updateTable('transfers')
    .set({ status: 'cancelled', decided_at: now, reason: 'account merged' })
    .where('user_id', '=', duplicateId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  const profileChanges = await trx
    .updateTable('profile_change_requests')
    .set({ status: 'cancelled', decided_at: now, reason: 'account merged' })
    .where('user_id', '=', duplicateId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return {
    postings: Number(postings.numUpdatedRows),
    roles: rolesMoved,
    rolesSkipped: roles.length - rolesMoved,
    messages: Number(messages.numUpdatedRows),
    sessionsEnded: Number(sessions.numDeletedRows),
    transfersCancelled: Number(transfers.numUpdatedRows),
    profileChangesCancelled: Number(profileChanges.numUpdatedRows),
  };
}

/** Merges a duplicate account into the one to keep, in one transaction; the duplicate's identifiers are freed. */
export async function mergeUsers(ctx: AppContext, actor: Actor, source: AuditSource, duplicateId: string, targetId: string) {
  const duplicate = await loadManagedUser(ctx, actor, duplicateId);
  if (duplicateId === targetId) throw adminFail(400, 'MERGE_INTO_SELF', 'intoUserId');
  const target = await loadManagedUser(ctx, actor, targetId);
  if (duplicate.status === 'merged') throw adminFail(409, 'ALREADY_MERGED');
  if (duplicate.id === actor.userId) throw adminFail(409, 'CANNOT_ACT_ON_SELF');
  if (target.status === 'merged' || target.status === 'rejected' || target.status === 'deactivated') throw adminFail(409, 'MERGE_TARGET_CLOSED', 'intoUserId');
  const now = ctx.clock.now();
  const moved = await ctx.db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('users')
      .set({ status: 'merged', merged_into: targetId, updated_at: now })
      .where('id', '=', duplicateId)
      .where('status', '!=', 'merged')
      .returning('id')
      .executeTakeFirst();
    if (!closed) throw adminFail(409, 'ALREADY_MERGED');
    const stillOpen = await trx.selectFrom('users').select('id').where('id', '=', targetId).where('status', 'in', ['active', 'pending_approval', 'pending_verification']).forUpdate().executeTakeFirst();
    if (!stillOpen) throw adminFail(409, 'MERGE_TARGET_CLOSED', 'intoUserId');
    const counts = await moveOwnedRows(trx, duplicateId, targetId, now);
    await trx.insertInto('merges').values({ duplicate_user_id: duplicateId, target_user_id: targetId, merged_by: actor.userId, moved: JSON.stringify(counts), created_at: now }).execute();
    await writeOutbox(trx, USER_MERGED, { duplicateUserId: duplicateId, targetUserId: targetId });
    await notifyUser(trx, { id: target.id, email: target.email, mobile: target.mobile, language: target.language, notification_prefs: target.notification_prefs }, 'account_merged', { name: target.full_name }, { channels: ['email', 'inapp'] });
    await audit(trx, source, 'user.merged', { type: 'user', id: duplicateId, orgId: duplicate.org_id }, { targetUserId: targetId, moved: counts });
    return counts;
  });
  const user: AdminUserT = await adminUserView(ctx, targetId);
  return { user, moved };
}
