import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { assignmentsOf, cyclesOf, lockPerson, refreshSummaries, updateCycle } from './assignments.repo';
import { evaluatePerson } from './evaluation.service';

/**
 * `user.merged`: moves the duplicate's plan records to the account kept, idempotently. A plan only the duplicate had
 * moves whole; for a plan both had, the kept account's cycles stay and take over a completion only the duplicate
 * had (the more advanced record wins). Extensions and exemptions move as history; then the kept account is
 * re-evaluated. A replay finds nothing left on the duplicate.
 */
export async function mergePlanRecords(ctx: AppContext, duplicateId: string, targetId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const id of [duplicateId, targetId].sort()) await lockPerson(trx, id);
    const now = ctx.clock.now();
    const [dup, kept] = await Promise.all([assignmentsOf(trx, duplicateId), assignmentsOf(trx, targetId)]);
    for (const [planId, a] of dup) {
      if (!kept.has(planId)) {
        await trx.insertInto('plan_assignments').values({ ...a, user_id: targetId, updated_at: now }).onConflict((oc) => oc.doNothing()).execute();
        await trx.updateTable('plan_cycles').set({ user_id: targetId }).where('user_id', '=', duplicateId).where('plan_id', '=', planId).execute();
      } else {
        const [theirs, ours] = await Promise.all([cyclesOf(trx, duplicateId, [planId]), cyclesOf(trx, targetId, [planId])]);
        for (const mine of ours.filter((c) => c.closed_at === null && c.completed_at === null)) {
          const done = theirs.find((c) => c.requirement_id === mine.requirement_id && c.closed_at === null && c.completed_at !== null);
          if (done) await updateCycle(trx, mine, { completed_at: done.completed_at, completed_items: done.completed_items ? JSON.stringify(done.completed_items) : null, expires_at: done.expires_at });
        }
        await trx.deleteFrom('plan_cycles').where('user_id', '=', duplicateId).where('plan_id', '=', planId).execute();
      }
      await trx.deleteFrom('plan_assignments').where('user_id', '=', duplicateId).where('plan_id', '=', planId).execute();
    }
    await trx.updateTable('plan_exceptions').set({ user_id: targetId }).where('user_id', '=', duplicateId).execute();
    await sql`UPDATE plan_reporting_officers SET officer_id = ${targetId} WHERE officer_id = ${duplicateId} AND user_id <> ${targetId}`.execute(trx);
    await sql`UPDATE plan_reporting_officers SET user_id = ${targetId} WHERE user_id = ${duplicateId}
      AND NOT EXISTS (SELECT 1 FROM plan_reporting_officers k WHERE k.user_id = ${targetId})`.execute(trx);
    await trx.deleteFrom('plan_reporting_officers').where('user_id', '=', duplicateId).execute();
    await refreshSummaries(trx, [targetId], now);
  });
  await evaluatePerson(ctx, targetId, 'merge');
}
