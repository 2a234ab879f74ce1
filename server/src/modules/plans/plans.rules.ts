import type { CompletedItem, CycleKind, DeadlinePeriod, DeadlineSpec, RequirementKind } from './plans.tables';

/* Pure rules of training plans: dates in India, deadlines, what a requirement needs, and statuses. */

const DAY = 86_400_000;
const IST_OFFSET = 330 * 60_000;

/** The calendar date (YYYY-MM-DD) of a moment in India. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET).toISOString().slice(0, 10);
}

/** A calendar date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Midnight at the start of a date in India. */
export function dayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+05:30`));
}

/** The exclusive end of a due date: midnight in India as the next day starts. Completing before it is on time. */
export function dueEnd(date: string): Date {
  return dayStart(addDays(date, 1));
}

/** The due date (in India) of an exclusive end. */
export function dueDateOf(end: Date): string {
  return istDate(new Date(end.getTime() - 1));
}

/** A moment moved by calendar months (validity periods). */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * A calendar date moved by whole months, the day clamped to the month's last (31 Jan + 1 month = 28 or 29 Feb), as
 * PostgreSQL's `date + interval 'n months'` does: "within one month of 1 February" is 1 March.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A date moved by a relative deadline's period (calendar months when given, else days). */
export function addPeriod(date: string, p: DeadlinePeriod): string {
  return p.months !== undefined ? addCalendarMonths(date, p.months) : addDays(date, p.days ?? 0);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** What a deadline is measured from for one person. */
export interface DeadlineBasis {
  now: Date;
  joinedAt: Date;
  /** Start date of the current posting. */
  postingFrom: string | null;
}

/** The due date of a yearly order in appraisal year `year`: the order's day and month within that year. */
export function yearlyDueDate(date: string, year: number): string {
  // Whole years as months, so that 29 February becomes the 28th in a year without one.
  return addCalendarMonths(date, 12 * (year - appraisalYearOf(dayStart(date))));
}

/** The appraisal year of a fixed deadline's cycle opened at `now`: a yearly order's current year (or its first, if later). */
export function orderYear(spec: Extract<DeadlineSpec, { kind: 'fixed' }>, now: Date): number {
  const first = appraisalYearOf(dayStart(spec.date));
  return spec.everyYear ? Math.max(first, appraisalYearOf(now)) : first;
}

/**
 * True when an order no longer takes people in: a one-off fixed deadline that has passed and states no days for late
 * joiners. Someone who joins the audience after it is out of its scope (not assigned, never overdue for it); the
 * people there when it went live were assigned by its go-live sweep.
 */
export function closedToNewcomers(spec: DeadlineSpec, now: Date): boolean {
  return spec.kind === 'fixed' && !spec.everyYear && spec.lateJoinerDays === undefined && now.getTime() >= dueEnd(spec.date).getTime();
}

/** The exclusive due moment of a first (or new-posting) cycle. */
export function dueFor(spec: DeadlineSpec, b: DeadlineBasis): Date {
  switch (spec.kind) {
    case 'fixed': {
      const base = spec.everyYear ? yearlyDueDate(spec.date, orderYear(spec, b.now)) : spec.date;
      // Someone who joins the audience late still gets the stated number of days.
      const late = spec.lateJoinerDays !== undefined ? addDays(istDate(b.now), spec.lateJoinerDays) : base;
      return dueEnd(late > base ? late : base);
    }
    case 'after_joining':
      return dueEnd(addPeriod(istDate(b.joinedAt), spec));
    case 'after_assignment':
      return dueEnd(addPeriod(istDate(b.now), spec));
    case 'after_posting': {
      const from = b.postingFrom ?? istDate(b.now);
      const base = spec.notBefore && spec.notBefore > from ? spec.notBefore : from;
      return dueEnd(addPeriod(base, spec));
    }
  }
}

/**
 * Completions from this moment on count for a first cycle (null: any completion, also before assignment). A yearly
 * order's cycle counts only completions within its appraisal year (from 1 April).
 */
export function countsFromFor(countsFrom: string, spec: DeadlineSpec, b: DeadlineBasis): Date | null {
  const base = countsFrom === 'ever' ? null : countsFrom === 'cycle' ? (spec.kind === 'after_posting' && b.postingFrom ? dayStart(b.postingFrom) : b.now) : dayStart(countsFrom);
  if (spec.kind !== 'fixed' || !spec.everyYear) return base;
  const yearStart = appraisalYear(orderYear(spec, b.now)).from;
  return base && base > yearStart ? base : yearStart;
}

/**
 * When completions count for one requirement's cycle: with the counting rule `cycle`, a completion made before the
 * cycle began still counts while it is valid (the requirement's validity in months) — an officer who did the course
 * at the last posting within its validity need not repeat it; an older one re-takes it.
 */
export function requirementCountsFrom(cycleCountsFrom: Date | null, countsFrom: string, rule: Pick<RequirementRule, 'validityMonths'>): Date | null {
  if (countsFrom !== 'cycle' || cycleCountsFrom === null || !rule.validityMonths) return cycleCountsFrom;
  return addMonths(cycleCountsFrom, -rule.validityMonths);
}

/** A requirement as the rules read it. */
export interface RequirementRule {
  id: string;
  kind: RequirementKind;
  courseIds: string[];
  programmeId: string | null;
  count: number | null;
  tags: string[];
  publishedAfter: string | null;
  validityMonths: number | null;
  renewalWindowDays: number | null;
}

/** The facts about a course that requirements need. */
export interface CourseFact {
  courseId: string;
  retired: boolean;
  publishedAt: Date | null;
  tags: string[];
}

/** A learner's standing in one course or programme. */
export interface Standing {
  completedAt: Date | null;
  progressPercent: number;
}

/** The courses that can satisfy a requirement (for 'tagged', those of the facts that carry a tag, newest first). */
export function candidatesOf(req: RequirementRule, facts: ReadonlyMap<string, CourseFact>): string[] {
  if (req.kind !== 'tagged') return req.courseIds;
  return [...facts.values()]
    .filter((f) => f.publishedAt !== null && f.tags.some((t) => req.tags.includes(t)))
    .filter((f) => !req.publishedAfter || istDate(f.publishedAt as Date) >= req.publishedAfter)
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))
    .map((f) => f.courseId);
}

/** Where one requirement stands for one person in one cycle. */
export interface RequirementOutcome {
  complete: boolean;
  completedAt: Date | null;
  items: CompletedItem[];
  /** How many courses are needed, and how many count so far (a programme is one). */
  needed: number;
  done: number;
  started: boolean;
}

/**
 * Evaluates a requirement from completions: a completion counts when it is at or after `countsFrom` (null: always).
 * A retired course that was not completed stops being needed (it can no longer be taken) — except for 'tagged',
 * whose count stays, because newer courses with the tag keep coming.
 */
export function evaluateRequirement(
  req: RequirementRule,
  candidates: readonly string[],
  facts: ReadonlyMap<string, CourseFact>,
  courses: ReadonlyMap<string, Standing>,
  programme: Standing | null,
  countsFrom: Date | null,
): RequirementOutcome {
  const counts = (at: Date | null): at is Date => at !== null && (countsFrom === null || at.getTime() >= countsFrom.getTime());
  if (req.kind === 'programme') {
    const at = programme?.completedAt ?? null;
    const started = (programme?.progressPercent ?? 0) > 0 || at !== null;
    if (counts(at) && req.programmeId) return { complete: true, completedAt: at, items: [{ programmeId: req.programmeId, completedAt: at.toISOString() }], needed: 1, done: 1, started: true };
    // Its required courses (the rule's courseIds) all completed meet it too, as the programme would complete on enrolment.
    const viaCourses = evaluateRequirement({ ...req, kind: 'courses' }, candidates, facts, courses, null, countsFrom);
    return { ...viaCourses, started: viaCourses.started || started };
  }
  const done = candidates
    .flatMap((courseId) => {
      const at = courses.get(courseId)?.completedAt ?? null;
      return counts(at) ? [{ courseId, at }] : [];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const doneIds = new Set(done.map((d) => d.courseId));
  const available = candidates.filter((id) => !facts.get(id)?.retired || doneIds.has(id)).length;
  const needed = req.kind === 'courses' ? available : req.kind === 'any_of' ? Math.min(req.count ?? 1, available) : (req.count ?? 1);
  const complete = needed > 0 && done.length >= needed;
  const used = complete ? done.slice(0, req.kind === 'courses' ? done.length : needed) : done;
  const completedAt = complete ? (used[used.length - 1]?.at ?? null) : null;
  const started = candidates.some((id) => (courses.get(id)?.progressPercent ?? 0) > 0 || courses.get(id)?.completedAt);
  return {
    complete,
    completedAt,
    items: used.map((d) => ({ courseId: d.courseId, completedAt: d.at.toISOString() })),
    needed,
    done: Math.min(done.length, needed || done.length),
    started,
  };
}

export type RequirementStatus =
  | 'not_started'
  | 'in_progress'
  | 'completed_on_time'
  | 'completed_late'
  | 'overdue'
  | 'extended'
  | 'exempted'
  | 'expired';

/** A cycle as the status rules read it. */
export interface CycleFacts {
  kind: CycleKind;
  dueAt: Date;
  extendedTo: Date | null;
  exempted: boolean;
  completedAt: Date | null;
}

/** The effective due moment of a cycle (an extension replaces the original). */
export function effectiveDue(c: Pick<CycleFacts, 'dueAt' | 'extendedTo'>): Date {
  return c.extendedTo ?? c.dueAt;
}

/** The status of one requirement's cycle at a moment. */
export function cycleStatus(c: CycleFacts, started: boolean, now: Date): RequirementStatus {
  if (c.exempted) return 'exempted';
  const due = effectiveDue(c);
  if (c.completedAt) return c.completedAt.getTime() < due.getTime() ? 'completed_on_time' : 'completed_late';
  if (now.getTime() >= due.getTime()) return 'overdue';
  if (c.kind === 'renewal') return 'expired';
  if (c.extendedTo) return 'extended';
  return started ? 'in_progress' : 'not_started';
}

const OPEN_ORDER: RequirementStatus[] = ['overdue', 'expired', 'extended', 'in_progress', 'not_started'];

/** A person's status in a plan from their requirements' statuses: the most pressing open one, else how it was completed. */
export function planStatus(statuses: readonly RequirementStatus[]): RequirementStatus {
  const open = OPEN_ORDER.find((s) => statuses.includes(s));
  if (open) {
    // Some requirements done and the rest not started is progress all the same.
    const someDone = statuses.some((s) => s.startsWith('completed'));
    return open === 'not_started' && someDone ? 'in_progress' : open;
  }
  if (statuses.length > 0 && statuses.every((s) => s === 'exempted')) return 'exempted';
  return statuses.includes('completed_late') ? 'completed_late' : 'completed_on_time';
}

/** The learner's home-page group of a plan. */
export function homeGroup(status: RequirementStatus, dueAt: Date | null, now: Date, soonDays = 7): 'overdue' | 'dueSoon' | 'upcoming' | 'completed' {
  if (status === 'overdue') return 'overdue';
  if (status.startsWith('completed') || status === 'exempted') return 'completed';
  if (dueAt && dueAt.getTime() - now.getTime() <= soonDays * DAY) return 'dueSoon';
  return 'upcoming';
}

/** The appraisal (financial) year YYYY: 1 April YYYY to 31 March YYYY+1, as moments in India. */
export function appraisalYear(year: number): { from: Date; to: Date; label: string } {
  return { from: dayStart(`${year}-04-01`), to: dayStart(`${year + 1}-04-01`), label: `${year}-${String((year + 1) % 100).padStart(2, '0')}` };
}

/** The appraisal year a moment falls in. */
export function appraisalYearOf(at: Date): number {
  const d = istDate(at);
  const y = Number(d.slice(0, 4));
  return d.slice(5) >= '04-01' ? y : y - 1;
}
