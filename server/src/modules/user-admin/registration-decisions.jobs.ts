import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AppContext } from '../../platform/context';
import { bossExecutor, type JobDefinition } from '../../platform/jobs';
import { notifyUser } from '../notifications';
import { USER_REJECTED, writeRegistrationStatus, writeUserActivated } from '../identity';
import { findDecision, findRecipient, markSettled } from './registration-decisions.repo';

/** How long an admin may undo an approval or rejection of a registration; its consequences wait this long. */
export const DECISION_UNDO_WINDOW_MS = 10_000;
export const SETTLE_DECISION_JOB = 'user-admin.settle-decision';

/**
 * Schedules the settling of a decision for when its undo window closes (in the caller's transaction). The delay is
 * given in seconds from now, not as a time: the queue waits on the database's clock, the window on the platform's.
 */
export async function scheduleSettle(ctx: AppContext, trx: Transaction<DB>, decisionId: string, at: Date): Promise<void> {
  const seconds = Math.max(0, (at.getTime() - ctx.clock.now().getTime()) / 1000);
  await ctx.jobs.boss.send(SETTLE_DECISION_JOB, { decisionId }, { startAfter: seconds, db: bossExecutor(trx) });
}

/**
 * Settles a decision whose undo window has passed: tells the applicant and records user.activated / user.rejected,
 * once, in one transaction. An undone or already settled decision is left alone; one still in its window is
 * scheduled again for the window's end.
 */
export async function settleRegistrationDecision(ctx: AppContext, decisionId: string): Promise<'settled' | 'skipped' | 'rescheduled'> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const decision = await markSettled(trx, decisionId, now);
    if (!decision) {
      const row = await findDecision(trx, decisionId);
      if (!row || row.undone_at || row.settled_at) return 'skipped';
      await scheduleSettle(ctx, trx, decisionId, row.undo_until);
      return 'rescheduled';
    }
    const user = await findRecipient(trx, decision.user_id);
    if (!user) return 'settled';
    // A person whose account changed again within the window (deactivated, merged) is not told of the old decision.
    if (decision.decision === 'approved' && user.status === 'active') {
      await writeUserActivated(trx, user.id);
      await notifyUser(trx, user, 'registration_approved', { name: user.full_name, url: ctx.config.publicUrl }, { channels: ['email', 'sms', 'inapp'] });
    } else if (decision.decision === 'rejected' && user.status === 'rejected') {
      await writeRegistrationStatus(trx, USER_REJECTED, user.id);
      await notifyUser(trx, user, 'registration_rejected', { name: user.full_name, reason: decision.reason ?? '' }, { channels: ['email', 'sms'] });
    }
    return 'settled';
  });
}

/** Settles one registration decision after its undo window; idempotent. */
export const settleDecisionJob: JobDefinition<{ decisionId: string }> = {
  name: SETTLE_DECISION_JOB,
  retryLimit: 5,
  expireInSeconds: 120,
  async handle({ decisionId }, ctx) {
    await settleRegistrationDecision(ctx, decisionId);
  },
};
