import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { cyclesOf, lockPerson } from './assignments.repo';
import { enrolForCycles, enrolmentNeeds } from './enrol.service';
import type { MyPlanT, MyPlansT } from './me.schema';
import { requirementLines } from './person-view';
import { rulesOf } from './plan-rules';
import { dueDateOf, homeGroup, planStatus } from './plans.rules';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The learner's active assignments with their plans' rows. */
async function activePlans(ctx: AppContext, userId: string) {
  const rows = await ctx.db
    .selectFrom('plan_assignments as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .innerJoin('orgs as o', 'o.id', 'p.owner_org_id')
    .selectAll('p')
    .select(['o.path as owner_path', 'o.name_en as owner_en', 'o.name_hi as owner_hi', 'a.assigned_at', 'a.completed_at as a_completed_at', 'a.due_at as a_due_at'])
    .where('a.user_id', '=', userId)
    .where('a.status', '=', 'active')
    .execute();
  return rows;
}

/**
 * The signed-in learner's plans, grouped for the home page: overdue, due within 7 days, upcoming and completed, with
 * every requirement, its dates and the courses that satisfy it. People assigned set-wise when a plan went live are
 * enrolled in the plan's courses here, on their first visit (an idempotent, one-time write).
 */
export async function myPlans(ctx: AppContext, actor: Actor): Promise<MyPlansT> {
  const now = ctx.clock.now();
  const out: MyPlansT = { asOf: now.toISOString(), overdue: [], dueSoon: [], upcoming: [], completed: [] };
  const rows = await activePlans(ctx, actor.userId);
  if (rows.length === 0) return out;
  const plans = await rulesOf(ctx.db, rows, { userId: actor.userId, memberships: new Map() });
  const planIds = plans.map((p) => p.id);
  let cycles = await cyclesOf(ctx.db, actor.userId, planIds);
  const needs = await enrolmentNeeds(ctx.db, actor.userId, plans, cycles, 'missing');
  if (needs.courses.size || needs.programmes.size) {
    await ctx.db.transaction().execute(async (trx) => {
      await lockPerson(trx, actor.userId);
      await enrolForCycles(trx, actor.userId, plans, await cyclesOf(trx, actor.userId, planIds), now, 'missing');
    });
    cycles = await cyclesOf(ctx.db, actor.userId, planIds);
  }
  const lines = await requirementLines(ctx.db, actor.userId, plans, cycles, now);
  for (const row of rows) {
    const requirements = lines.get(row.id) ?? [];
    const status = planStatus(requirements.map((l) => l.current.status));
    const open = requirements.filter((l) => !['completed_on_time', 'completed_late', 'exempted'].includes(l.current.status));
    const due = (open.length ? open : requirements).map((l) => new Date(l.current.dueAt)).sort((a, b) => a.getTime() - b.getTime());
    const dueAt = open.length ? (due[0] ?? null) : (due[due.length - 1] ?? null);
    const item: MyPlanT = {
      planId: row.id,
      code: row.code,
      name: { en: row.name_en, hi: row.name_hi },
      description: { en: row.description_en, hi: row.description_hi },
      acrLinked: row.acr_linked,
      status,
      assignedAt: new Date(row.assigned_at).toISOString(),
      dueAt: iso(dueAt),
      dueDate: dueAt ? dueDateOf(dueAt) : null,
      completedAt: open.length ? null : iso(row.a_completed_at),
      requirements,
    };
    out[homeGroup(status, dueAt, now)].push(item);
  }
  const byDue = (a: MyPlanT, b: MyPlanT) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '');
  out.overdue.sort(byDue);
  out.dueSoon.sort(byDue);
  out.upcoming.sort(byDue);
  out.completed.sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return out;
}
