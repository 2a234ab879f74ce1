import { sql } from 'kysely';
import type { AppContext } from '../../platform/context';
import { noteAssigned } from './assignment-notices.service';
import { audienceSql, needsPosting, postingJoin } from './audience';
import { evaluatePerson } from './evaluation.service';
import { rulesOf, type PlanRules } from './plan-rules';
import { writeComplianceChanged } from './plans.events';
import { findPlan, lockPlan } from './plans.repo';
import { settleMany } from './settle.service';
import { assignChunk, SWEEP_CHUNK } from './sweep.service';

/**
 * Makes every live plan's assignments converge on its audience, whatever path created or changed people (events cover
 * the application's own paths; a bulk load, a direct SQL change or a lost event do not). Per plan, set-wise:
 *   1. everyone in the audience without an assignment is assigned (the sweep's statement, restricted to the missing);
 *   2. people whose records drifted from their assignment — active but no longer matching, left but matching again,
 *      moved to another org or designation, or on a new posting where the deadline runs from it — are re-evaluated one
 *      by one with the same rules as an event (`evaluatePerson`).
 * Cheap when nothing changed: statements that can change an audience advance `audience_change_seq` (triggers on users,
 * postings, orgs, plan_audience_users and deleted assignments); a plan reconciled at the current value is skipped,
 * unless its last reconciliation is older than a day (a transaction still open while the value was read is then caught).
 */

/** People re-evaluated per plan and run; the rest wait for the next run (the plan is then not marked reconciled). */
export const DRIFT_BATCH = 5_000;
const FULL_CHECK_MS = 24 * 60 * 60 * 1000;

export interface ReconcileReport {
  plans: number;
  skipped: number;
  assigned: number;
  reevaluated: number;
}

async function currentSeq(ctx: AppContext): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS v FROM audience_change_seq`.execute(ctx.db);
  return rows[0]?.v ?? '0';
}

/** People with an assignment in the plan whose records no longer agree with it. */
async function driftedPeople(ctx: AppContext, plan: PlanRules, limit: number): Promise<string[]> {
  const posting = needsPosting(plan.audience, plan.deadline);
  const newPosting = plan.deadline.kind === 'after_posting' ? sql`OR (a.status = 'active' AND p.id IS NOT NULL AND a.posting_id IS DISTINCT FROM p.id)` : sql``;
  const { rows } = await sql<{ user_id: string }>`
    SELECT a.user_id FROM plan_assignments a
      JOIN users u ON u.id = a.user_id JOIN orgs o ON o.id = u.org_id ${postingJoin(posting)}
    WHERE a.plan_id = ${plan.id}::uuid AND (
      (a.status = 'active' AND NOT ${audienceSql(plan)})
      OR (a.status = 'left_audience' AND ${audienceSql(plan)})
      OR (a.status = 'active' AND (a.org_id <> u.org_id OR a.designation_id IS DISTINCT FROM u.designation_id))
      ${newPosting}
    )
    ORDER BY a.user_id
    LIMIT ${limit}`.execute(ctx.db);
  return rows.map((r) => r.user_id);
}

/** Assigns the plan's missing audience, chunk by chunk under the plan's row lock. Returns how many were assigned. */
async function assignMissing(ctx: AppContext, planId: string, chunk: number, notify: boolean): Promise<number> {
  let assigned = 0;
  let cursor: string | null = null;
  for (;;) {
    const step: { last: string | null; count: number } = await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockPlan(trx, planId);
      const row = locked?.status === 'live' ? await findPlan(trx, planId) : undefined;
      const [plan] = row ? await rulesOf(trx, [row], 'table') : [];
      if (!plan) return { last: null, count: 0 };
      const now = ctx.clock.now();
      const { last, inserted } = await assignChunk(trx, plan, cursor, now, chunk, { missingOnly: true, cause: 'reconcile', notify });
      if (inserted.length) {
        await settleMany(trx, plan, inserted, now);
        if (plan.acrLinked) await writeComplianceChanged(trx, inserted, plan.id);
        if (notify) await noteAssigned(trx, plan.id);
      }
      return { last, count: inserted.length };
    });
    assigned += step.count;
    if (step.last === null) return assigned;
    cursor = step.last;
  }
}

/** Reconciles one live plan; returns what it did, or null when the plan is not live or its go-live sweep still runs. */
export async function reconcilePlan(ctx: AppContext, planId: string, opts: { chunk?: number; driftBatch?: number; notify?: boolean } = {}): Promise<{ assigned: number; reevaluated: number } | null> {
  const row = await findPlan(ctx.db, planId);
  if (!row || row.status !== 'live' || row.sweep_status === 'running') return null;
  const seq = await currentSeq(ctx);
  const assigned = await assignMissing(ctx, planId, opts.chunk ?? SWEEP_CHUNK, opts.notify ?? true);
  const [plan] = await rulesOf(ctx.db, [row], 'table');
  const limit = opts.driftBatch ?? DRIFT_BATCH;
  const drifted = plan ? await driftedPeople(ctx, plan, limit) : [];
  for (const userId of drifted) await evaluatePerson(ctx, userId, 'reconcile');
  // Marked reconciled only when everything drifted was handled in this run.
  if (drifted.length < limit) {
    await sql`UPDATE plans SET reconciled_seq = ${seq}::bigint, reconciled_at = ${ctx.clock.now()} WHERE id = ${planId}`.execute(ctx.db);
  }
  if (assigned > 0) {
    await sql`ANALYZE plan_assignments`.execute(ctx.db);
    await sql`ANALYZE plan_cycles`.execute(ctx.db);
  }
  return { assigned, reevaluated: drifted.length };
}

/**
 * Reconciles every live plan whose audience may have changed since it was last reconciled (`force`: every one).
 * `notify: false` (seeded history only) leaves the people it assigns unannounced.
 */
export async function reconcileLivePlans(ctx: AppContext, opts: { force?: boolean; notify?: boolean } = {}): Promise<ReconcileReport> {
  const seq = await currentSeq(ctx);
  const staleBefore = new Date(ctx.clock.now().getTime() - FULL_CHECK_MS);
  const plans = await ctx.db.selectFrom('plans').select(['id', 'reconciled_at']).select(sql<boolean>`reconciled_seq IS NOT DISTINCT FROM ${seq}::bigint`.as('current')).where('status', '=', 'live').orderBy('id').execute();
  const report: ReconcileReport = { plans: plans.length, skipped: 0, assigned: 0, reevaluated: 0 };
  for (const p of plans) {
    const fresh = p.current && p.reconciled_at !== null && new Date(p.reconciled_at) > staleBefore;
    if (fresh && !opts.force) {
      report.skipped++;
      continue;
    }
    const done = await reconcilePlan(ctx, p.id, { notify: opts.notify });
    if (!done) {
      report.skipped++;
      continue;
    }
    report.assigned += done.assigned;
    report.reevaluated += done.reevaluated;
  }
  return report;
}
