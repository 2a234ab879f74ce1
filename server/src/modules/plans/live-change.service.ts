import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AudienceSpec, DeadlineSpec } from './plans.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { refreshSummaries } from './assignments.repo';
import { audienceSql, needsPosting, postingJoin, type AudienceRules } from './audience';
import { loadVisiblePlan, planView, storedDeadline } from './authoring.service';
import { deadlineChange, type DeadlineShift } from './live-change.rules';
import { rulesOf } from './plan-rules';
import { validateAudience, validateDeadline } from './plan-spec.validate';
import { DEADLINE_MOVED_CHUNK, PLAN_DEADLINE_MOVED, PLAN_WIDENED, writeComplianceChanged } from './plans.events';
import { planError } from './plans.messages';
import { ownsPlanAt } from './plans.policy';
import { storedAudience } from './plans.presenter';
import * as repo from './plans.repo';
import { closedToNewcomers, dueEnd } from './plans.rules';
import { commonDueDate } from './publish.service';
import { periodEndSql, periodStartSql } from './sweep.service';
import type { LiveChangeInputT, LiveChangePreviewT, PlanT } from './plans.schema';

/*
 * The changes a live plan allows, with what they do to the people already assigned: a later deadline (their open
 * requirements move with it, reminders start afresh, their assigned courses take the new due date) and a wider
 * audience (nobody assigned leaves it; the people it takes in are assigned by the `plans.widened` job and told).
 * Anything else is refused with a stable code: names and requirements stay as published (retire the plan and publish
 * a new one).
 */

interface Prepared {
  plan: repo.PlanRow;
  oldRules: AudienceRules;
  newRules: AudienceRules;
  deadline: DeadlineSpec;
  shift: DeadlineShift | null;
  audience: { spec: AudienceSpec; include: string[]; exclude: string[] } | null;
}

/** Checks a live change (owner, live, same version, allowed deadline, audience only wider) and resolves it. */
async function prepare(ctx: AppContext, actor: Actor, id: string, input: LiveChangeInputT): Promise<Prepared> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  if (plan.status !== 'live') throw planError(409, 'PLAN_NOT_LIVE');
  if (new Date(plan.updated_at).toISOString() !== input.version) throw planError(409, 'PLAN_CHANGED');
  if (!input.deadline && !input.audience) throw planError(400, 'NOTHING_TO_CHANGE');
  if (input.deadline) validateDeadline(input.deadline);
  const deadline = input.deadline ? storedDeadline(input.deadline) : plan.deadline;
  const change = deadlineChange(plan.deadline, deadline);
  if (!change.ok) throw planError(409, change.code);
  const [oldRules] = await rulesOf(ctx.db, [plan], 'table');
  if (!oldRules) throw planError(404, 'PLAN_NOT_FOUND');
  let newRules: AudienceRules = oldRules;
  let audience: Prepared['audience'] = null;
  if (input.audience) {
    await validateAudience(ctx.db, input.audience, plan.owner_path);
    const spec = storedAudience(input.audience);
    audience = { spec, include: input.audience.includeUserIds ?? [], exclude: input.audience.excludeUserIds ?? [] };
    const groupOrgIds = spec.mode === 'criteria' ? spec.groups.flatMap((g) => g.orgIds ?? []) : [];
    newRules = { ownerPath: plan.owner_path, audience: spec, groupPaths: await repo.orgPaths(ctx.db, groupOrgIds), include: audience.include, exclude: audience.exclude };
    const leaving = await countLeaving(ctx, plan.id, oldRules, newRules, deadline);
    if (leaving > 0) throw planError(409, 'AUDIENCE_NARROWED', { count: leaving });
  }
  return { plan, oldRules, newRules, deadline, shift: change.shift, audience };
}

const posting = (rules: AudienceRules[], deadline: DeadlineSpec) => postingJoin(rules.some((r) => needsPosting(r.audience, deadline)));

/** People assigned (and matching the audience as it is) whom the new audience would leave out. */
async function countLeaving(ctx: AppContext, planId: string, oldRules: AudienceRules, newRules: AudienceRules, deadline: DeadlineSpec): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM plan_assignments a JOIN users u ON u.id = a.user_id JOIN orgs o ON o.id = u.org_id ${posting([oldRules, newRules], deadline)}
    WHERE a.plan_id = ${planId}::uuid AND a.status = 'active' AND ${audienceSql(oldRules)} AND NOT ${audienceSql(newRules)}`.execute(ctx.db);
  return Number(rows[0]?.n ?? 0);
}

/** The open requirements of active assignments that a shift moves, as a condition over cycles `c`. */
function movedSql(planId: string, shift: DeadlineShift): RawBuilder<boolean> {
  const open = sql<boolean>`c.plan_id = ${planId}::uuid AND c.closed_at IS NULL AND c.completed_at IS NULL AND NOT c.exempted
    AND c.kind IN ('initial', 'posting', 'reassigned')
    AND EXISTS (SELECT 1 FROM plan_assignments a WHERE a.user_id = c.user_id AND a.plan_id = c.plan_id AND a.status = 'active')`;
  // A fixed date: everyone due earlier moves to it (late joiners due later keep their own date).
  return shift.to === 'date' ? sql<boolean>`${open} AND c.due_at < ${dueEnd(shift.date)}` : open;
}

/**
 * A moved cycle's new due moment. A later date, or more days, move it by the difference; more months are counted
 * again from the cycle's start (joining, assignment or posting) as at assignment, since months differ in length:
 * 31 January + 1 month is the end of 28 February, + 2 months the end of 31 March (not 28 March).
 */
function newDueSql(shift: DeadlineShift, deadline: DeadlineSpec): RawBuilder<Date> {
  if (shift.to === 'date') return sql<Date>`${dueEnd(shift.date)}::timestamptz`;
  if (shift.to === 'days') return sql<Date>`c.due_at + make_interval(days => ${shift.by}::int)`;
  if (deadline.kind === 'fixed') throw new Error('a fixed deadline moves to a date, not by months');
  const start = periodStartSql(deadline, {
    joinedAt: sql`(SELECT u.created_at FROM users u WHERE u.id = c.user_id)`,
    postingFrom: sql`(SELECT a.posting_from FROM plan_assignments a WHERE a.user_id = c.user_id AND a.plan_id = c.plan_id)`,
    assignedOn: sql`(c.opened_at AT TIME ZONE 'Asia/Kolkata')::date`,
  });
  return sql<Date>`greatest(c.due_at, ${periodEndSql(start, deadline)})`;
}

/** What a live change would do now: people assigned, whose deadline moves, and how many the audience takes in. */
export async function previewLiveChange(ctx: AppContext, actor: Actor, id: string, input: LiveChangeInputT): Promise<LiveChangePreviewT> {
  const p = await prepare(ctx, actor, id, input);
  const [{ rows: assigned }, { rows: moves }] = await Promise.all([
    sql<{ n: string }>`SELECT count(*) AS n FROM plan_assignments WHERE plan_id = ${id}::uuid AND status = 'active'`.execute(ctx.db),
    p.shift ? sql<{ n: string }>`SELECT count(DISTINCT c.user_id) AS n FROM plan_cycles c WHERE ${movedSql(id, p.shift)}`.execute(ctx.db) : Promise.resolve({ rows: [{ n: '0' }] }),
  ]);
  let added = 0;
  if (p.audience && !closedToNewcomers(p.deadline, ctx.clock.now())) {
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM users u JOIN orgs o ON o.id = u.org_id ${posting([p.newRules], p.deadline)}
      WHERE ${audienceSql(p.newRules)}
        AND NOT EXISTS (SELECT 1 FROM plan_assignments x WHERE x.user_id = u.id AND x.plan_id = ${id}::uuid AND x.status = 'active')`.execute(ctx.db);
    added = Number(rows[0]?.n ?? 0);
  }
  return {
    assigned: Number(assigned[0]?.n ?? 0),
    deadlineMoves: Number(moves[0]?.n ?? 0),
    dueDate: commonDueDate(p.deadline, ctx.clock.now()),
    added,
  };
}

async function shiftCycles(trx: Transaction<DB>, planId: string, shift: DeadlineShift, deadline: DeadlineSpec): Promise<string[]> {
  const { rows } = await sql<{ user_id: string }>`
    UPDATE plan_cycles c SET due_at = ${newDueSql(shift, deadline)}, reminded_week_at = NULL, reminded_day_at = NULL
    WHERE ${movedSql(planId, shift)}
    RETURNING c.user_id`.execute(trx);
  return [...new Set(rows.map((r) => r.user_id))];
}

/** Applies a live change in one transaction: the plan, the moved deadlines and their summaries, the widening event. */
export async function changeLivePlan(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: LiveChangeInputT): Promise<PlanT> {
  const p = await prepare(ctx, actor, id, input);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockPlan(trx, id);
    if (locked?.status !== 'live') throw planError(409, 'PLAN_NOT_LIVE');
    if (new Date(locked.updated_at).toISOString() !== input.version) throw planError(409, 'PLAN_CHANGED');
    await repo.updatePlan(trx, id, {
      deadline: JSON.stringify(p.deadline),
      ...(p.audience ? { audience: JSON.stringify(p.audience.spec) } : {}),
      updated_at: now,
    });
    if (p.audience) {
      await repo.replaceAudienceUsers(trx, id, p.audience.include, p.audience.exclude);
      await writeOutbox(trx, PLAN_WIDENED, { planId: id });
    }
    const moved = p.shift ? await shiftCycles(trx, id, p.shift, p.deadline) : [];
    // Their assigned courses take the new due dates (a job, since a state-wide order moves lakhs of people).
    for (let i = 0; i < moved.length; i += DEADLINE_MOVED_CHUNK) {
      await writeOutbox(trx, PLAN_DEADLINE_MOVED, { planId: id, userIds: moved.slice(i, i + DEADLINE_MOVED_CHUNK) });
    }
    await refreshSummaries(trx, moved, now, id);
    if (p.plan.acr_linked) await writeComplianceChanged(trx, moved, id);
    await audit(trx, source, 'plan.changed_live', { type: 'plan', id, orgId: p.plan.owner_org_id }, { deadline: Boolean(p.shift), audience: Boolean(p.audience), moved: moved.length });
  });
  return planView(ctx, actor, id);
}
