import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { DeadlinePeriod, DeadlineSpec } from './plans.tables';
import type { AppContext } from '../../platform/context';
import { noteAssigned } from './assignment-notices.service';
import { audienceSql, needsPosting, postingJoin } from './audience';
import { rulesOf, type PlanRules } from './plan-rules';
import { writeComplianceChanged } from './plans.events';
import { lockPlan, findPlan } from './plans.repo';
import { closedToNewcomers, countsFromFor, dueFor, istDate } from './plans.rules';
import { settleMany } from './settle.service';

/** People assigned per transaction when a plan goes live: big enough for set-wise SQL to pay off, short enough for locks. */
export const SWEEP_CHUNK = 20_000;

/**
 * The exclusive due moment of a period from a date, as SQL (dueEnd of addPeriod): calendar months as PostgreSQL's
 * date + interval (the day clamped to the month's end), as addCalendarMonths does.
 */
export function periodEndSql(date: RawBuilder<unknown>, p: DeadlinePeriod): RawBuilder<Date> {
  return p.months !== undefined
    ? sql<Date>`((((${date}) + make_interval(months => ${p.months}::int))::date + 1)::timestamp AT TIME ZONE 'Asia/Kolkata')`
    : sql<Date>`(((${date}) + ${p.days ?? 0}::int + 1)::timestamp AT TIME ZONE 'Asia/Kolkata')`;
}

/** A deadline that runs from a moment of the person's (joining, assignment, posting). */
export type RelativeDeadline = Exclude<DeadlineSpec, { kind: 'fixed' }>;

/**
 * The date a relative deadline runs from, as SQL (dueFor's basis): the day of joining (`joinedAt`, a timestamp), the
 * posting's start else the day of assignment (`postingFrom`, `assignedOn`, dates), not before `notBefore`.
 */
export function periodStartSql(d: RelativeDeadline, basis: { joinedAt: RawBuilder<unknown>; postingFrom: RawBuilder<unknown>; assignedOn: RawBuilder<unknown> }): RawBuilder<unknown> {
  if (d.kind === 'after_joining') return sql`(${basis.joinedAt} AT TIME ZONE 'Asia/Kolkata')::date`;
  if (d.kind === 'after_posting') return sql`greatest(coalesce(${basis.postingFrom}, ${basis.assignedOn}), ${d.notBefore ?? null}::date)`;
  return basis.assignedOn;
}

/** The first-cycle due moment as SQL over `u` and `p` (constant unless it runs from joining or from a posting). */
function dueSql(plan: PlanRules, now: Date): RawBuilder<Date> {
  const d = plan.deadline;
  if (d.kind === 'after_joining' || d.kind === 'after_posting') {
    return periodEndSql(periodStartSql(d, { joinedAt: sql`u.created_at`, postingFrom: sql`p.from_date`, assignedOn: sql`${istDate(now)}::date` }), d);
  }
  return sql<Date>`${dueFor(d, { now, joinedAt: now, postingFrom: null })}::timestamptz`;
}

/** When completions start to count for a first cycle, as SQL over the posting's start and the requirement's validity. */
function countsFromSql(plan: PlanRules, now: Date, postingFrom: RawBuilder<unknown>, validityMonths: RawBuilder<unknown>): RawBuilder<Date | null> {
  const base =
    plan.countsFrom === 'cycle' && plan.deadline.kind === 'after_posting'
      ? sql<Date>`(coalesce(${postingFrom}, ${istDate(now)}::date)::timestamp AT TIME ZONE 'Asia/Kolkata')`
      : sql<Date | null>`${countsFromFor(plan.countsFrom, plan.deadline, { now, joinedAt: now, postingFrom: null })?.toISOString() ?? null}::timestamptz`;
  // requirementCountsFrom: with 'cycle', an earlier completion still valid at the cycle's start counts.
  if (plan.countsFrom !== 'cycle') return base;
  return sql<Date | null>`(${base} - make_interval(months => coalesce(${validityMonths}, 0)::int))`;
}

/** How a chunk picks people: every match (go-live) or only matches without any assignment yet (reconciliation). */
export interface ChunkMode {
  missingOnly: boolean;
  cause: 'plan_live' | 'reconcile';
  /** The new assignments await their notice (false only for seeded history). */
  notify?: boolean;
}

/**
 * Assigns the next chunk of the audience (users after `cursor` in id order) with one statement: pick the matching
 * users, insert their assignments (ON CONFLICT DO NOTHING: people already assigned by an event stay as they are) and
 * the first cycle of every requirement. Returns the last user id looked at (null when none is left) and the new ones.
 */
export async function assignChunk(
  trx: Transaction<DB>,
  plan: PlanRules,
  cursor: string | null,
  now: Date,
  size = SWEEP_CHUNK,
  mode: ChunkMode = { missingOnly: false, cause: 'plan_live' },
): Promise<{ last: string | null; inserted: string[] }> {
  if (mode.cause !== 'plan_live' && closedToNewcomers(plan.deadline, now)) return { last: null, inserted: [] };
  const requirementIds = plan.requirements.map((r) => r.id);
  const validity = plan.requirements.map((r) => r.validityMonths);
  const { rows } = await sql<{ last: string | null; inserted: string[] | null }>`
    WITH picked AS (
      SELECT u.id AS user_id, u.org_id, o.path AS org_path, u.designation_id, p.id AS posting_id, p.from_date AS posting_from,
        ${dueSql(plan, now)} AS due_at
      FROM users u JOIN orgs o ON o.id = u.org_id ${postingJoin(needsPosting(plan.audience, plan.deadline))}
      WHERE ${cursor ? sql`u.id > ${cursor}::uuid AND` : sql``} ${audienceSql(plan)}
        ${mode.missingOnly ? sql`AND NOT EXISTS (SELECT 1 FROM plan_assignments x WHERE x.user_id = u.id AND x.plan_id = ${plan.id}::uuid)` : sql``}
      ORDER BY u.id
      LIMIT ${size}
    ), ins AS (
      INSERT INTO plan_assignments (user_id, plan_id, status, cause, assigned_at, org_id, org_path, designation_id, posting_id, posting_from, state, due_at, notice_due)
      SELECT user_id, ${plan.id}::uuid, 'active', ${mode.cause}, ${now}::timestamptz, org_id, org_path, designation_id, posting_id, posting_from, 'open', due_at,
        ${mode.notify ?? true}::boolean
      FROM picked
      ON CONFLICT (user_id, plan_id) DO NOTHING
      RETURNING user_id, due_at, posting_from
    ), cyc AS (
      -- From the inserted rows alone (a join back to the picked CTE has no statistics and can go quadratic).
      INSERT INTO plan_cycles (user_id, plan_id, requirement_id, cycle_no, kind, opened_at, counts_from, due_at)
      SELECT ins.user_id, ${plan.id}::uuid, r.id, 1, 'initial', ${now}::timestamptz, ${countsFromSql(plan, now, sql`ins.posting_from`, sql`r.validity`)}, ins.due_at
      FROM ins CROSS JOIN unnest(${requirementIds}::uuid[], ${validity}::int[]) AS r(id, validity)
      ON CONFLICT DO NOTHING
    )
    SELECT (SELECT user_id FROM picked ORDER BY user_id DESC LIMIT 1) AS last, ARRAY(SELECT user_id FROM ins) AS inserted`.execute(trx);
  const row = rows[0];
  return { last: row?.last ?? null, inserted: row?.inserted ?? [] };
}

/**
 * Runs a live plan's sweep to the end, one chunk per transaction holding the plan's row lock. The cursor on the plan
 * makes it resumable: a retried or duplicated job waits on the lock, then continues after the last committed chunk.
 * Returns the number of people it assigned.
 */
export async function runSweep(ctx: AppContext, planId: string, opts: { chunk?: number; stopAfterChunks?: number; notify?: boolean } = {}): Promise<number> {
  const notify = opts.notify ?? true;
  let assigned = 0;
  for (let chunks = 0; ; chunks++) {
    if (opts.stopAfterChunks !== undefined && chunks >= opts.stopAfterChunks) return assigned;
    const step = await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockPlan(trx, planId);
      if (!locked || locked.status !== 'live' || locked.sweep_status !== 'running') return { done: true, count: 0 };
      const row = await findPlan(trx, planId);
      if (!row) return { done: true, count: 0 };
      const [plan] = await rulesOf(trx, [row], 'table');
      if (!plan) return { done: true, count: 0 };
      const now = ctx.clock.now();
      const { last, inserted } = await assignChunk(trx, plan, locked.sweep_cursor, now, opts.chunk, { missingOnly: false, cause: 'plan_live', notify });
      if (last === null) {
        await trx.updateTable('plans').set({ sweep_status: 'done', swept_at: now }).where('id', '=', planId).execute();
        return { done: true, count: 0 };
      }
      await settleMany(trx, plan, inserted, now);
      if (plan.acrLinked) await writeComplianceChanged(trx, inserted, plan.id);
      if (notify && inserted.length) await noteAssigned(trx, plan.id);
      await trx.updateTable('plans').set({ sweep_cursor: last }).where('id', '=', planId).execute();
      return { done: false, count: inserted.length };
    });
    assigned += step.count;
    // Fresh statistics after the first chunk, every 25 chunks and at the end: right after a bulk load the planner would
    // otherwise misjudge the per-person lookups of events arriving meanwhile (autovacuum catches up later on its own).
    if (step.count > 0 && (chunks === 0 || chunks % 25 === 24 || step.done)) await analyzeTables(ctx);
    if (step.done) {
      if (assigned > 0) await analyzeTables(ctx);
      return assigned;
    }
  }
}

async function analyzeTables(ctx: AppContext): Promise<void> {
  await sql`ANALYZE plan_assignments`.execute(ctx.db);
  await sql`ANALYZE plan_cycles`.execute(ctx.db);
}

/** Ends a retired plan's open assignments in chunks (records and completed cycles stay). Returns how many ended. */
export async function endAssignments(ctx: AppContext, planId: string, size = SWEEP_CHUNK): Promise<number> {
  let ended = 0;
  for (;;) {
    const n = await ctx.db.transaction().execute(async (trx) => {
      const now = ctx.clock.now();
      const { rows } = await sql<{ user_id: string }>`
        WITH batch AS (
          SELECT user_id FROM plan_assignments WHERE plan_id = ${planId} AND status = 'active' LIMIT ${size} FOR UPDATE SKIP LOCKED
        ), ended AS (
          UPDATE plan_assignments a SET status = 'ended', left_at = ${now}, left_reason = 'plan_retired', updated_at = ${now}
          FROM batch WHERE a.user_id = batch.user_id AND a.plan_id = ${planId}
          RETURNING a.user_id
        ), closed AS (
          UPDATE plan_cycles c SET closed_at = ${now}, closed_reason = 'plan_retired'
          FROM ended WHERE c.user_id = ended.user_id AND c.plan_id = ${planId} AND c.closed_at IS NULL AND c.completed_at IS NULL
        )
        SELECT user_id FROM ended`.execute(trx);
      return rows.length;
    });
    ended += n;
    if (n === 0) return ended;
  }
}

/**
 * After a course is retired, re-settles the open cycles of a live plan that lists it (a retired course that was not
 * completed stops being needed, which can complete a requirement), in chunks of people.
 */
export async function resettlePlan(ctx: AppContext, planId: string, size = 5000): Promise<number> {
  const row = await findPlan(ctx.db, planId);
  if (!row || row.status !== 'live') return 0;
  const [plan] = await rulesOf(ctx.db, [row], 'table');
  if (!plan) return 0;
  let cursor: string | null = null;
  let changed = 0;
  for (;;) {
    const ids: string[] = (
      await ctx.db
        .selectFrom('plan_assignments')
        .select('user_id')
        .where('plan_id', '=', planId)
        .where('status', '=', 'active')
        .where('state', '=', 'open')
        .$if(cursor !== null, (q) => q.where('user_id', '>', cursor as string))
        .orderBy('user_id')
        .limit(size)
        .execute()
    ).map((r) => r.user_id);
    if (ids.length === 0) return changed;
    const done = await ctx.db.transaction().execute(async (trx) => {
      const people = await settleMany(trx, plan, ids, ctx.clock.now());
      if (plan.acrLinked) await writeComplianceChanged(trx, people, plan.id);
      return people.length;
    });
    changed += done;
    cursor = ids[ids.length - 1] ?? null;
  }
}
