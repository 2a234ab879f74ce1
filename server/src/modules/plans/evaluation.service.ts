import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CycleKind } from './plans.tables';
import type { AppContext } from '../../platform/context';
import { sendPersonNotices } from './assignment-notices.service';
import { matchesAudience, type Profile } from './audience';
import {
  assignmentsOf,
  closeCycles,
  cyclesOf,
  insertAssignment,
  insertCycles,
  loadProfile,
  lockPerson,
  refreshSummaries,
  updateAssignment,
  type AssignmentRow,
  type CycleRow,
} from './assignments.repo';
import { enrolForCycles } from './enrol.service';
import { livePlanRulesFor, type PlanRules } from './plan-rules';
import { writeComplianceChanged } from './plans.events';
import { membershipsOf } from './plans.repo';
import { closedToNewcomers, countsFromFor, dueFor, requirementCountsFrom } from './plans.rules';
import { settlePerson } from './settle.service';

/** Why a person is being re-evaluated (kept on new assignments and on leaving). */
export type EvaluationCause = 'activation' | 'deactivation' | 'transfer' | 'posting' | 'merge' | 'plan_live' | 'reconcile';

function basis(profile: Profile, now: Date) {
  return { now, joinedAt: profile.joinedAt, postingFrom: profile.postingFrom };
}

/** Opens new cycles for the given requirements, numbered after the person's existing ones. */
async function openCycles(trx: Transaction<DB>, plan: PlanRules, profile: Profile, now: Date, kind: CycleKind, requirementIds: string[], existing: CycleRow[]): Promise<void> {
  const b = basis(profile, now);
  const due = dueFor(plan.deadline, b);
  // The plan's counting rule applies to every cycle it opens: with 'cycle', a new posting needs a new completion.
  const countsFrom = countsFromFor(plan.countsFrom, plan.deadline, b);
  const rules = new Map(plan.requirements.map((r) => [r.id, r]));
  await insertCycles(
    trx,
    requirementIds.map((requirementId) => ({
      user_id: profile.userId,
      plan_id: plan.id,
      requirement_id: requirementId,
      cycle_no: Math.max(0, ...existing.filter((c) => c.requirement_id === requirementId).map((c) => c.cycle_no)) + 1,
      kind,
      opened_at: now,
      counts_from: requirementCountsFrom(countsFrom, plan.countsFrom, rules.get(requirementId) ?? { validityMonths: null }),
      due_at: due,
    })),
  );
}

const placement = (p: Profile) => ({ org_id: p.orgId, org_path: p.orgPath, designation_id: p.designationId });

/** The person is in the audience and had no assignment: assign with first cycles. */
async function assign(trx: Transaction<DB>, plan: PlanRules, profile: Profile, now: Date, cause: EvaluationCause): Promise<boolean> {
  // A one-off order whose deadline passed without days for late joiners does not take newcomers (plans.rules.ts).
  if (closedToNewcomers(plan.deadline, now)) return false;
  const created = await insertAssignment(trx, {
    user_id: profile.userId,
    plan_id: plan.id,
    cause,
    assigned_at: now,
    ...placement(profile),
    posting_id: profile.postingId,
    posting_from: profile.postingFrom,
    notice_due: true,
  });
  if (created) await openCycles(trx, plan, profile, now, 'initial', plan.requirements.map((r) => r.id), []);
  return created;
}

/**
 * The person is (still or again) in the audience and has an assignment: bring it back if it had ended, follow their
 * placement, and restart the clock when the deadline runs from a posting and the posting is new.
 */
async function follow(trx: Transaction<DB>, plan: PlanRules, a: AssignmentRow, profile: Profile, now: Date, cause: EvaluationCause): Promise<boolean> {
  const all = await cyclesOf(trx, profile.userId, [plan.id]);
  const cycles = all.filter((c) => c.closed_at === null);
  const newPosting = plan.deadline.kind === 'after_posting' && profile.postingId !== null && profile.postingId !== a.posting_id;
  const rejoining = a.status !== 'active';
  const moved = a.org_id !== profile.orgId || a.designation_id !== profile.designationId;
  if (!newPosting && !rejoining && !moved) return false;
  await updateAssignment(trx, profile.userId, plan.id, {
    ...placement(profile),
    posting_id: profile.postingId,
    posting_from: profile.postingFrom,
    ...(rejoining ? { status: 'active', cause, left_at: null, left_reason: null, notice_due: true } : {}),
    updated_at: now,
  });
  if (newPosting) {
    await closeCycles(trx, profile.userId, plan.id, 'new_posting', now, 'all');
    await openCycles(trx, plan, profile, now, 'posting', plan.requirements.map((r) => r.id), all);
  } else if (rejoining) {
    // Requirements still satisfied from before (a completed, unexpired cycle) stay; the others start again.
    const kept = new Set(cycles.map((c) => c.requirement_id));
    const reopen = plan.requirements.map((r) => r.id).filter((id) => !kept.has(id));
    await openCycles(trx, plan, profile, now, 'reassigned', reopen, all);
  }
  return newPosting || rejoining;
}

/** The person left the audience: the assignment stays as a record; what was not done is closed. */
async function leave(trx: Transaction<DB>, planId: string, userId: string, now: Date, cause: EvaluationCause): Promise<void> {
  await updateAssignment(trx, userId, planId, { status: 'left_audience', left_at: now, left_reason: cause, updated_at: now });
  await closeCycles(trx, userId, planId, 'left_audience', now, 'incomplete');
}

/**
 * Re-evaluates one person against every live plan, in one transaction under a per-person lock: assigns plans whose
 * audience they now match, ends those they left, restarts deadlines that run from a new posting, completes what
 * their completions already satisfy, and enrols them. Idempotent: the same event twice changes nothing the second time.
 */
export async function evaluatePerson(ctx: AppContext, userId: string, cause: EvaluationCause): Promise<{ changedPlans: string[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockPerson(trx, userId);
    const now = ctx.clock.now();
    const profile = await loadProfile(trx, userId);
    const [memberships, assignments] = await Promise.all([membershipsOf(trx, userId), assignmentsOf(trx, userId)]);
    const plans = await livePlanRulesFor(trx, userId, memberships);
    const changed: PlanRules[] = [];
    for (const plan of plans) {
      const a = assignments.get(plan.id);
      if (profile && matchesAudience(plan, profile)) {
        const did = a ? await follow(trx, plan, a, profile, now, cause) : await assign(trx, plan, profile, now, cause);
        if (did) changed.push(plan);
      } else if (a?.status === 'active') {
        await leave(trx, plan.id, userId, now, profile?.status === 'active' ? cause : 'deactivation');
        changed.push(plan);
      }
    }
    if (changed.length === 0) return { changedPlans: [] };
    await refreshSummaries(trx, [userId], now);
    const active = changed.filter((p) => profile && matchesAudience(p, profile));
    await settlePerson(trx, userId, active, now);
    await enrolForCycles(trx, userId, active, await cyclesOf(trx, userId, active.map((p) => p.id)), now);
    const acr = changed.filter((p) => p.acrLinked);
    if (acr.length) await writeComplianceChanged(trx, [userId]);
    // Newly assigned (or back in the audience): told at once, with the deadline, in this transaction.
    await sendPersonNotices(trx, userId, ctx.config.publicUrl);
    return { changedPlans: changed.map((p) => p.id) };
  });
}
