import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { courseCompletionsOf, courseStatesOf } from '../learning';
import { programmeStatesOf } from '../programmes';
import { completeCycles, refreshSummaries, type CycleRow } from './assignments.repo';
import { courseFacts, taggedCourses, type PlanCourse } from './course-facts';
import type { PlanRules } from './plan-rules';
import { addMonths, candidatesOf, evaluateRequirement, type RequirementOutcome, type RequirementRule, type Standing } from './plans.rules';

type Q = Kysely<DB> | Transaction<DB>;

/* Completion of requirement cycles from course and programme completions (the learning and programmes modules). */

/** Course facts for a set of requirements: the listed courses and every published course with one of their tags. */
export async function requirementFacts(db: Q, reqs: readonly RequirementRule[]): Promise<Map<string, PlanCourse>> {
  const tags = [...new Set(reqs.flatMap((r) => (r.kind === 'tagged' ? r.tags : [])))];
  const [listed, tagged] = await Promise.all([courseFacts(db, reqs.flatMap((r) => r.courseIds)), taggedCourses(db, tags)]);
  return new Map([...tagged, ...listed]);
}

/** Candidate courses per requirement id. */
export function candidateMap(reqs: readonly RequirementRule[], facts: ReadonlyMap<string, PlanCourse>): Map<string, string[]> {
  return new Map(reqs.map((r) => [r.id, candidatesOf(r, facts)]));
}

/** One person's standings in the courses and programmes of some requirements. */
export async function standingsOf(db: Q, userId: string, reqs: readonly RequirementRule[], candidates: ReadonlyMap<string, string[]>) {
  const courseIds = [...new Set([...candidates.values()].flat())];
  const programmeIds = [...new Set(reqs.flatMap((r) => (r.programmeId ? [r.programmeId] : [])))];
  const [states, programmes] = await Promise.all([courseStatesOf(db, userId, courseIds), programmeStatesOf(db, [userId], programmeIds)]);
  const courses = new Map<string, Standing & { enrolled: boolean }>(
    [...states.values()].map((s) => [s.courseId, { completedAt: s.status === 'completed' ? s.completedAt : null, progressPercent: s.progressPercent, enrolled: true }]),
  );
  const progs = new Map<string, Standing & { enrolled: boolean }>(
    programmes.map((p) => [p.programmeId, { completedAt: p.status === 'completed' ? p.completedAt : null, progressPercent: p.status === 'completed' ? 100 : 0, enrolled: true }]),
  );
  return { courses, programmes: progs };
}

/** Evaluates one cycle of a requirement against standings. */
export function outcomeOf(
  rule: RequirementRule,
  cycle: Pick<CycleRow, 'counts_from'>,
  candidates: ReadonlyMap<string, string[]>,
  facts: ReadonlyMap<string, PlanCourse>,
  courses: ReadonlyMap<string, Standing>,
  programmes: ReadonlyMap<string, Standing>,
): RequirementOutcome {
  const programme = rule.programmeId ? (programmes.get(rule.programmeId) ?? null) : null;
  return evaluateRequirement(rule, candidates.get(rule.id) ?? [], facts, courses, programme, cycle.counts_from);
}

/**
 * Open cycles of active assignments of one or many people. One person: plain equality on the key (an index lookup
 * whatever the statistics say, e.g. right after a bulk load). Many: a join with the unnested ids.
 */
async function openCycles(db: Q, userIds: readonly string[], planIds: readonly string[]): Promise<CycleRow[]> {
  const people = userIds.length === 1 ? sql`(SELECT ${userIds[0]}::uuid AS id)` : sql`unnest(${[...userIds]}::uuid[])`;
  const { rows } = await sql<CycleRow>`
    SELECT c.* FROM ${people} AS t(id)
    JOIN plan_assignments a ON a.user_id = t.id AND a.plan_id = ANY(${[...planIds]}::uuid[]) AND a.status = 'active'
    JOIN plan_cycles c ON c.user_id = t.id AND c.plan_id = a.plan_id
    WHERE c.closed_at IS NULL AND c.completed_at IS NULL AND NOT c.exempted`.execute(db);
  return rows.map((c) => ({ ...c, counts_from: c.counts_from === null ? null : new Date(c.counts_from), due_at: new Date(c.due_at) }));
}

/**
 * Completes the open cycles of many people in one plan that their completions now satisfy (set-wise: two reads of
 * completions for the whole batch, one UPDATE). Returns the people whose cycles changed; their summaries are refreshed.
 */
export async function settleMany(trx: Transaction<DB>, plan: PlanRules, userIds: readonly string[], now: Date): Promise<string[]> {
  if (userIds.length === 0) return [];
  const facts = await requirementFacts(trx, plan.requirements);
  const candidates = candidateMap(plan.requirements, facts);
  const programmeIds = plan.requirements.flatMap((r) => (r.programmeId ? [r.programmeId] : []));
  // Completions first: most people of a fresh assignment have none, and then no cycle needs reading.
  const [courseRows, programmeRows] = await Promise.all([
    courseCompletionsOf(trx, userIds, [...new Set([...candidates.values()].flat())]),
    programmeStatesOf(trx, userIds, programmeIds),
  ]);
  const people = [...new Set([...courseRows.map((r) => r.userId), ...programmeRows.filter((p) => p.status === 'completed').map((p) => p.userId)])];
  if (people.length === 0) return [];
  const cycles = await openCycles(trx, people, [plan.id]);
  if (cycles.length === 0) return [];
  const courses = new Map<string, Map<string, Standing>>();
  for (const r of courseRows) {
    const m = courses.get(r.userId) ?? new Map<string, Standing>();
    m.set(r.courseId, { completedAt: r.completedAt, progressPercent: 100 });
    courses.set(r.userId, m);
  }
  const programmes = new Map<string, Map<string, Standing>>();
  for (const p of programmeRows) {
    if (p.status !== 'completed') continue;
    const m = programmes.get(p.userId) ?? new Map<string, Standing>();
    m.set(p.programmeId, { completedAt: p.completedAt, progressPercent: 100 });
    programmes.set(p.userId, m);
  }
  const rules = new Map(plan.requirements.map((r) => [r.id, r]));
  const empty = new Map<string, Standing>();
  const done = cycles.flatMap((c) => {
    const rule = rules.get(c.requirement_id);
    if (!rule) return [];
    const out = outcomeOf(rule, c, candidates, facts, courses.get(c.user_id) ?? empty, programmes.get(c.user_id) ?? empty);
    if (!out.complete || !out.completedAt) return [];
    return [{ ...c, completedAt: out.completedAt, items: out.items, expiresAt: rule.validityMonths ? addMonths(out.completedAt, rule.validityMonths) : null }];
  });
  await completeCycles(trx, done);
  const changed = [...new Set(done.map((d) => d.user_id))];
  await refreshSummaries(trx, changed, now, plan.id);
  return changed;
}

/**
 * Completes one person's open cycles (in the given live plans) that their completions now satisfy, in the caller's
 * transaction. Returns the plans whose cycles changed.
 */
export async function settlePerson(trx: Transaction<DB>, userId: string, plans: readonly PlanRules[], now: Date): Promise<string[]> {
  if (plans.length === 0) return [];
  const cycles = await openCycles(trx, [userId], plans.map((p) => p.id));
  if (cycles.length === 0) return [];
  const reqs = plans.flatMap((p) => p.requirements);
  const facts = await requirementFacts(trx, reqs);
  const candidates = candidateMap(reqs, facts);
  const standings = await standingsOf(trx, userId, reqs, candidates);
  const rules = new Map(reqs.map((r) => [r.id, r]));
  const done = cycles.flatMap((c) => {
    const rule = rules.get(c.requirement_id);
    if (!rule) return [];
    const out = outcomeOf(rule, c, candidates, facts, standings.courses, standings.programmes);
    if (!out.complete || !out.completedAt) return [];
    return [{ ...c, completedAt: out.completedAt, items: out.items, expiresAt: rule.validityMonths ? addMonths(out.completedAt, rule.validityMonths) : null }];
  });
  await completeCycles(trx, done);
  if (done.length) await refreshSummaries(trx, [userId], now);
  return [...new Set(done.map((d) => d.plan_id))];
}
