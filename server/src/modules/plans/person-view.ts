import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CycleRow } from './assignments.repo';
import type { PlanCourse } from './course-facts';
import type { PlanRules } from './plan-rules';
import { programmeTitles } from './plans.presenter';
import { cycleStatus, dueDateOf, effectiveDue, type RequirementStatus } from './plans.rules';
import { describeRequirement } from './plans.texts';
import { candidateMap, outcomeOf, requirementFacts, standingsOf } from './settle.service';

type Q = Kysely<DB> | Transaction<DB>;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** One course line under a requirement, for the learner. */
export interface CourseLine {
  courseId: string;
  title: { en: string; hi: string };
  status: 'not_enrolled' | 'in_progress' | 'completed';
  progressPercent: number;
  completedAt: string | null;
  /** The completion counts for this cycle. */
  counts: boolean;
  retired: boolean;
}

/** One cycle of a requirement as people see it. */
export interface CycleView {
  cycleNo: number;
  kind: string;
  status: RequirementStatus;
  openedAt: string;
  dueAt: string;
  dueDate: string;
  originalDueDate: string;
  extendedTo: string | null;
  exempted: boolean;
  completedAt: string | null;
  validUntil: string | null;
  closedAt: string | null;
  closedReason: string | null;
}

/** A requirement of a plan for one person: what it asks, its current cycle and the courses that can satisfy it. */
export interface RequirementLine {
  id: string;
  title: { en: string; hi: string };
  kind: string;
  needed: number;
  done: number;
  current: CycleView;
  history: CycleView[];
  courses: CourseLine[];
  programme: { id: string; code: string; title: { en: string; hi: string }; status: 'not_enrolled' | 'in_progress' | 'completed'; completedAt: string | null } | null;
}

function cycleView(c: CycleRow, started: boolean, now: Date): CycleView {
  const due = effectiveDue({ dueAt: c.due_at, extendedTo: c.extended_to });
  const facts = { kind: c.kind, dueAt: c.due_at, extendedTo: c.extended_to, exempted: c.exempted, completedAt: c.completed_at };
  return {
    cycleNo: c.cycle_no,
    kind: c.kind,
    status: cycleStatus(facts, started, now),
    openedAt: new Date(c.opened_at).toISOString(),
    dueAt: due.toISOString(),
    dueDate: dueDateOf(due),
    originalDueDate: dueDateOf(c.due_at),
    extendedTo: iso(c.extended_to),
    exempted: c.exempted,
    completedAt: iso(c.completed_at),
    validUntil: iso(c.expires_at),
    closedAt: iso(c.closed_at),
    closedReason: c.closed_reason,
  };
}

/**
 * Requirement lines of one person in the given plans, from their cycles (the current one per requirement: the open
 * or completed cycle not yet closed, else the latest) and their standings in the courses.
 */
export async function requirementLines(db: Q, userId: string, plans: readonly PlanRules[], cycles: readonly CycleRow[], now: Date): Promise<Map<string, RequirementLine[]>> {
  const reqs = plans.flatMap((p) => p.requirements);
  const facts: Map<string, PlanCourse> = await requirementFacts(db, reqs);
  const candidates = candidateMap(reqs, facts);
  const [standings, titlesByRequirement, programmes] = await Promise.all([
    standingsOf(db, userId, reqs, candidates),
    db.selectFrom('plan_requirements').select(['id', 'title_en', 'title_hi']).where('id', 'in', reqs.length ? reqs.map((r) => r.id) : ['00000000-0000-0000-0000-000000000000']).execute(),
    programmeTitles(db, reqs.flatMap((r) => (r.programmeId ? [r.programmeId] : []))),
  ]);
  const explicit = new Map(titlesByRequirement.map((t) => [t.id, { en: t.title_en, hi: t.title_hi }]));
  const courseTitles = new Map([...facts.values()].map((f) => [f.courseId, f.title]));
  const out = new Map<string, RequirementLine[]>();
  for (const plan of plans) {
    const lines: RequirementLine[] = [];
    for (const rule of plan.requirements) {
      const mine = cycles.filter((c) => c.plan_id === plan.id && c.requirement_id === rule.id).sort((a, b) => a.cycle_no - b.cycle_no);
      const current = mine.filter((c) => c.closed_at === null).pop() ?? mine[mine.length - 1];
      if (!current) continue;
      const outcome = outcomeOf(rule, current, candidates, facts, standings.courses, standings.programmes);
      const counted = new Set(outcome.items.flatMap((i) => (i.courseId ? [i.courseId] : [])));
      const programme = rule.programmeId ? programmes.get(rule.programmeId) : undefined;
      const pState = rule.programmeId ? standings.programmes.get(rule.programmeId) : undefined;
      const title = explicit.get(rule.id) ?? { en: '', hi: '' };
      const programmeTitle = programme?.title ?? null;
      lines.push({
        id: rule.id,
        title: {
          en: describeRequirement(rule, title, courseTitles, programmeTitle, 'en'),
          hi: describeRequirement(rule, title, courseTitles, programmeTitle, 'hi'),
        },
        kind: rule.kind,
        needed: outcome.needed,
        done: current.completed_at ? outcome.needed : outcome.done,
        current: cycleView(current, outcome.started, now),
        history: mine.filter((c) => c !== current).map((c) => cycleView(c, false, now)),
        courses: (candidates.get(rule.id) ?? []).map((id) => {
          const s = standings.courses.get(id);
          const f = facts.get(id);
          return {
            courseId: id,
            title: f?.title ?? { en: '', hi: '' },
            status: s?.completedAt ? 'completed' : s ? 'in_progress' : 'not_enrolled',
            progressPercent: s?.completedAt ? 100 : (s?.progressPercent ?? 0),
            completedAt: iso(s?.completedAt ?? null),
            counts: counted.has(id),
            retired: f?.retired ?? false,
          };
        }),
        programme:
          rule.programmeId && programme
            ? { id: rule.programmeId, code: programme.code, title: programme.title, status: pState?.completedAt ? 'completed' : pState ? 'in_progress' : 'not_enrolled', completedAt: iso(pState?.completedAt ?? null) }
            : null,
      });
    }
    out.set(plan.id, lines);
  }
  return out;
}
