import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { revokeAllSessions } from '../identity';
import { allowedEmailDomains, onOfficialDomain } from '../orgs';
import { adminFail, loadManagedOrg, loadManagedUser, requireUserAdmin } from './user-admin.access';
import { presentAdminUser } from './user-admin.presenter';
import { findAdminUser, searchUsers } from './user-admin.repo';
import { scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import type { AdminUserT, DecidedRegistrationT } from './user-admin.schema';
import { DECISION_UNDO_WINDOW_MS, scheduleSettle } from './registration-decisions.jobs';
import { findStandingDecision, insertDecision, markUndone, returnToPending } from './registration-decisions.repo';

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
  // One look-up of official domains per org on the page, not one per person.
  const paths = [...new Set(rows.map((row) => row.org_path))];
  const domains = new Map(await Promise.all(paths.map(async (path) => [path, await allowedEmailDomains(ctx.db, path)] as const)));
  const items = rows.map((row) => ({ ...presentAdminUser(row), emailOfficial: onOfficialDomain(row.email, domains.get(row.org_path) ?? []) }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/**
 * Approves or rejects a registration. The UPDATE is conditional on the status still being pending_approval, so of
 * two admins (or two taps) deciding at once exactly one wins; the other gets 409. The decision takes effect at once
 * but may be undone for DECISION_UNDO_WINDOW_MS; the applicant's message and the status event wait for a delayed job.
 */
export async function decideRegistration(
  ctx: AppContext,
  actor: Actor,
  source: AuditSource,
  userId: string,
  decision: { approve: true } | { approve: false; reason: string },
): Promise<DecidedRegistrationT> {
  const user = await loadManagedUser(ctx, actor, userId);
  if (user.status !== 'pending_approval') throw adminFail(409, 'REGISTRATION_NOT_PENDING');
  const now = ctx.clock.now();
  const undoUntil = new Date(now.getTime() + DECISION_UNDO_WINDOW_MS);
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
      .returning(['id', 'org_id'])
      .executeTakeFirst();
    if (!updated) throw adminFail(409, 'REGISTRATION_NOT_PENDING');
    const kind = decision.approve ? 'approved' : 'rejected';
    const row = await insertDecision(trx, { userId, decision: kind, reason, decidedBy: actor.userId, decidedAt: now, undoUntil });
    await audit(trx, source, `registration.${kind}`, { type: 'user', id: userId, orgId: updated.org_id }, { decisionId: row.id });
    await scheduleSettle(ctx, trx, row.id, undoUntil);
  });
  return { ...(await presentUser(ctx, userId)), undoUntil: undoUntil.toISOString(), undoSeconds: DECISION_UNDO_WINDOW_MS / 1000 };
}

/**
 * Undoes an approval or rejection within its window (any admin of the person's org may): the registration waits for
 * approval again, sessions opened in the meantime end, nothing is sent to the applicant. 409 once the window passed.
 */
export async function undoRegistrationDecision(ctx: AppContext, actor: Actor, source: AuditSource, userId: string): Promise<AdminUserT> {
  const user = await loadManagedUser(ctx, actor, userId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const undone = await markUndone(trx, userId, actor.userId, now);
    if (!undone) {
      const standing = await findStandingDecision(trx, userId);
      throw standing ? adminFail(409, 'UNDO_WINDOW_PASSED') : adminFail(409, 'NOTHING_TO_UNDO');
    }
    let back: boolean;
    try {
      back = await returnToPending(trx, userId, undone.decision === 'approved' ? 'active' : 'rejected', now);
    } catch (err) {
      // Someone registered with the same e-mail or mobile after the rejection freed them.
      if ((err as { code?: string }).code === '23505') throw adminFail(409, 'UNDO_NOT_POSSIBLE');
      throw err;
    }
    if (!back) throw adminFail(409, 'UNDO_NOT_POSSIBLE');
    if (undone.decision === 'approved') await revokeAllSessions(trx, userId);
    await audit(trx, source, `registration.${undone.decision === 'approved' ? 'approval' : 'rejection'}_undone`, { type: 'user', id: userId, orgId: user.org_id }, {
      decisionId: undone.id,
      decidedBy: undone.decided_by,
    });
  });
  return presentUser(ctx, userId);
}

async function presentUser(ctx: AppContext, userId: string): Promise<AdminUserT> {
  const after = await findAdminUser(ctx.db, userId);
  if (!after) throw adminFail(404, 'USER_NOT_FOUND');
  return presentAdminUser(after);
}
