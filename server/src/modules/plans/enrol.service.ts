import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { AppError } from '../../platform/errors';
import { enrolLearner, restartEnrolment } from '../learning';
import { enrolInProgramme } from '../programmes';
import { cyclesOf, type CycleRow } from './assignments.repo';
import { activePlanRulesFor, type PlanRules } from './plan-rules';
import { effectiveDue } from './plans.rules';
import { candidateMap, outcomeOf, requirementFacts, standingsOf } from './settle.service';

/** What to enrol a person in for their open cycles: course ids and programme ids, each with its due moment. */
export interface EnrolmentNeeds {
  courses: Map<string, Date>;
  programmes: Map<string, Date>;
  /** Completed courses whose completion does not count for an open cycle (too old): re-taken as a new attempt. */
  retakes: Map<string, Date>;
}

/**
 * Which needs to list: all, only what the person is not enrolled in yet (`missing`), or only what they are enrolled
 * in (`enrolled`: their due dates to follow a moved deadline; no re-takes).
 */
export type NeedsOf = 'all' | 'missing' | 'enrolled';

/**
 * What a person's open cycles ask them to be enrolled in, with each one's due moment: every available course of a
 * fixed list, all available courses of "any N" or "tagged" when no more than the number still needed remain
 * (otherwise the learner chooses), and the programme.
 */
export async function enrolmentNeeds(trx: Kysely<DB> | Transaction<DB>, userId: string, plans: readonly PlanRules[], cycles: readonly CycleRow[], which: NeedsOf): Promise<EnrolmentNeeds> {
  const needs: EnrolmentNeeds = { courses: new Map(), programmes: new Map(), retakes: new Map() };
  const open = cycles.filter((c) => !c.closed_at && !c.completed_at && !c.exempted);
  if (open.length === 0) return needs;
  const reqs = plans.flatMap((p) => p.requirements);
  const rules = new Map(reqs.map((r) => [r.id, r]));
  const facts = await requirementFacts(trx, reqs);
  const candidates = candidateMap(reqs, facts);
  const standings = await standingsOf(trx, userId, reqs, candidates);
  const wanted = (enrolled: boolean) => (which === 'missing' ? !enrolled : which === 'enrolled' ? enrolled : true);
  const add = (map: Map<string, Date>, id: string, due: Date) => {
    const earlier = map.get(id);
    if (!earlier || due < earlier) map.set(id, due);
  };
  for (const c of open) {
    const rule = rules.get(c.requirement_id);
    if (!rule) continue;
    const due = effectiveDue({ dueAt: c.due_at, extendedTo: c.extended_to });
    if (rule.kind === 'programme') {
      if (rule.programmeId && wanted(standings.programmes.has(rule.programmeId))) add(needs.programmes, rule.programmeId, due);
      continue;
    }
    const out = outcomeOf(rule, c, candidates, facts, standings.courses, standings.programmes);
    const counted = new Set(out.items.flatMap((i) => (i.courseId ? [i.courseId] : [])));
    const open = (candidates.get(rule.id) ?? []).filter((id) => facts.get(id)?.published && !facts.get(id)?.retired && !counted.has(id));
    const pick = rule.kind === 'courses' || open.length <= out.needed - out.done ? open : [];
    for (const id of pick) {
      const state = standings.courses.get(id);
      if (state?.completedAt) {
        // Completed, yet not counted for this cycle (pick leaves counted courses out): it is re-taken.
        if (rule.kind === 'courses' && which !== 'enrolled') add(needs.retakes, id, due);
        continue;
      }
      if (!wanted(Boolean(state))) continue;
      add(needs.courses, id, due);
    }
  }
  return needs;
}

/** Enrols a person (as an assignment, with the due date) in what their open cycles need. */
export async function enrolForCycles(trx: Transaction<DB>, userId: string, plans: readonly PlanRules[], cycles: readonly CycleRow[], now: Date, which: NeedsOf = 'all'): Promise<number> {
  const needs = await enrolmentNeeds(trx, userId, plans, cycles, which);
  let enrolled = 0;
  const attempt = async (run: () => Promise<unknown>) => {
    try {
      await run();
      enrolled += 1;
    } catch (err) {
      // A programme or course that closed since the plan was published is skipped; the plan page shows it.
      if (!(err instanceof AppError)) throw err;
    }
  };
  for (const [programmeId, dueAt] of needs.programmes) {
    await attempt(() => enrolInProgramme(trx, { userId, programmeId, source: 'assignment', dueAt, now }));
  }
  for (const [courseId, dueAt] of needs.courses) {
    await attempt(() => enrolLearner(trx, { userId, courseId, source: 'assignment', dueAt, now }));
  }
  for (const [courseId, dueAt] of needs.retakes) {
    await attempt(() => restartEnrolment(trx, { userId, courseId, dueAt, now }));
  }
  return enrolled;
}

/**
 * After a deadline moved (a live plan extended, or one person's extension): the courses and programmes the person is
 * enrolled in for their plans take the due date of the earliest open requirement that needs them, as My Learning
 * shows it (what they are not enrolled in yet is enrolled on their next visit). In the caller's transaction, under
 * the person's lock.
 */
export async function followDeadlines(trx: Transaction<DB>, userId: string, now: Date): Promise<void> {
  const plans = await activePlanRulesFor(trx, userId);
  if (plans.length === 0) return;
  await enrolForCycles(trx, userId, plans, await cyclesOf(trx, userId, plans.map((p) => p.id)), now, 'enrolled');
}
