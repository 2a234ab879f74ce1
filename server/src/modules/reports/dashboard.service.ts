import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { courseSummaries } from '../courses';
import {
  childrenOf,
  distinctActiveByScan,
  orgWithContext,
  periodRow,
  series,
  sumOverRuns,
  topCourses,
  totalsAsOf,
  zeroMetrics,
  type Metrics,
} from './dashboard.repo';
import { addDays, decompose, periodEnd, periodStart, periodsBetween, seriesGrain, singlePeriod, istDate, isDate } from './periods';
import { pendingCount } from './refresh.repo';
import { reportFail } from './reports.messages';
import { canViewReports, reportPermissions } from './reports.policy';
import type { ActivityT, DashboardT, PeopleT, RangeQueryT } from './reports.schema';
import { learningHours } from '../../platform/hours';

/** An org as reports name it. */
export const orgRef = (o: { id: string; name_en: string; name_hi: string; type: string }) => ({ id: o.id, name: { en: o.name_en, hi: o.name_hi }, type: o.type });

/** The six people figures from running sums. */
export function peopleOf(m: Metrics): PeopleT {
  return {
    registered: m.registered,
    verified: m.verified,
    completedOne: m.first_completions,
    completedThree: m.third_completions,
    fewerThanThree: m.registered - m.third_completions,
    none: m.registered - m.first_completions,
  };
}

/** A validated range: `from` null means since the beginning; `to` defaults to today in India. */
export interface Range {
  from: string | null;
  to: string;
  today: string;
}

/** Reads and checks from/to (YYYY-MM-DD, from ≤ to). */
export function parseRange(ctx: AppContext, q: { from?: string; to?: string }): Range {
  const today = istDate(ctx.clock.now());
  for (const field of ['from', 'to'] as const) {
    const v = q[field];
    if (v !== undefined && !isDate(v)) throw reportFail(400, 'DATE_INVALID', {}, field);
  }
  const to = q.to ?? today;
  const from = q.from ?? null;
  if (from && from > to) throw reportFail(400, 'RANGE_INVALID', {}, 'from');
  return { from, to, today };
}

/** Loads an org the actor may report on (404, then 403). */
export async function reportableOrg(ctx: AppContext, actor: Actor, orgId: string) {
  const found = await orgWithContext(ctx.db, orgId);
  if (!found) throw reportFail(404, 'ORG_NOT_FOUND');
  ensure(canViewReports(actor, found.org.path));
  return found;
}

/** Activity figures of many orgs over a range (additive sums; distinct people handled by the caller). */
export async function activityOf(ctx: AppContext, orgIds: string[], range: Range): Promise<Map<string, Metrics>> {
  return range.from ? sumOverRuns(ctx.db, orgIds, decompose(range.from, range.to)) : totalsAsOf(ctx.db, orgIds, range.to);
}

/**
 * Distinct active and completing people of one subtree in the range, when one rollup row holds them: all time, or a
 * range that is exactly one calendar day, ISO week, month or year. Otherwise null (the dashboard stays a few rows;
 * `activeInRange` answers those ranges from the ledger).
 */
export async function distinctPeople(ctx: AppContext, org: { id: string }, range: Range): Promise<{ active: number; completing: number } | null> {
  const grain = range.from ? singlePeriod(range.from, range.to) : range.to >= range.today ? 't' : null;
  if (!grain) return null;
  const row = (await periodRow(ctx.db, [org.id], grain, range.from && grain !== 't' ? range.from : '2000-01-01')).get(org.id) ?? zeroMetrics();
  return { active: row.active_people, completing: row.completing_people };
}

/** Distinct people active (enrolled or completed) and completing in any range, from the per-person ledger: exact, slower. */
export async function activeInRange(ctx: AppContext, actor: Actor, orgId: string, q: { from?: string; to?: string }) {
  const { org } = await reportableOrg(ctx, actor, orgId);
  const range = parseRange(ctx, q);
  const scan = await distinctActiveByScan(ctx.db, org.path, range.from ?? '2000-01-01', range.to);
  return { from: range.from, to: range.to, activePeople: scan.active, completingPeople: scan.completing };
}

function activityFigures(m: Metrics, distinct: { active: number; completing: number } | null): ActivityT {
  return {
    newRegistrations: m.registered,
    enrolments: m.enrolments,
    completions: m.completions,
    learningMinutes: m.learning_minutes,
    learningHours: learningHours(m.learning_minutes),
    certificates: m.certificates,
    activePeople: distinct?.active ?? null,
    completingPeople: distinct?.completing ?? null,
  };
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

/** The dashboard of one node: people as of the end date, activity in the range, shares, series, children, top courses. */
export async function dashboard(ctx: AppContext, actor: Actor, orgId: string, q: RangeQueryT): Promise<DashboardT> {
  const { org, ancestors } = await reportableOrg(ctx, actor, orgId);
  const range = parseRange(ctx, q);
  const parent = ancestors[ancestors.length - 1] ?? null;
  const root = ancestors[0] ?? org;
  const children = await childrenOf(ctx.db, org.id);
  const ids = [...new Set([org.id, root.id, ...(parent ? [parent.id] : []), ...children.map((c) => c.id)])];

  const seriesFrom = range.from ?? addDays(range.to, -364);
  const grain = q.grain ?? seriesGrain(seriesFrom, range.to);
  const points = periodsBetween(grain, seriesFrom, range.to);
  const months = range.from ? { from: periodStart('m', range.from), to: periodStart('m', range.to) } : null;

  const [asOf, activity, distinct, rows, top, pending] = await Promise.all([
    totalsAsOf(ctx.db, ids, range.to),
    activityOf(ctx, ids, range),
    distinctPeople(ctx, org, range),
    series(ctx.db, org.id, grain, points[0] ?? seriesFrom, range.to),
    topCourses(ctx.db, org.id, months, 10),
    pendingCount(ctx.db),
  ]);
  const at = (map: Map<string, Metrics>, id: string) => map.get(id) ?? zeroMetrics();
  const mine = at(activity, org.id);
  const share = (other: string) => ({
    registered: ratio(at(asOf, org.id).registered, at(asOf, other).registered),
    completions: ratio(mine.completions, at(activity, other).completions),
    learningMinutes: ratio(mine.learning_minutes, at(activity, other).learning_minutes),
  });

  const courseIds = [...new Set([...top.byEnrolments, ...top.byCompletions].map((c) => c.course_id))];
  const titles = await courseSummaries(ctx.db, courseIds, null);
  const course = (c: { course_id: string; enrolments: number; completions: number }) => {
    const texts = titles.get(c.course_id)?.texts ?? {};
    const en = texts.en?.title ?? texts.hi?.title ?? '';
    return { courseId: c.course_id, title: { en, hi: texts.hi?.title ?? en }, enrolments: Number(c.enrolments), completions: Number(c.completions) };
  };

  return {
    org: orgRef(org),
    breadcrumb: ancestors.map(orgRef),
    range: { from: range.from, to: range.to, grain, exactPeriod: distinct !== null },
    people: peopleOf(at(asOf, org.id)),
    activity: activityFigures(mine, distinct),
    share: { parent: parent ? share(parent.id) : null, national: share(root.id) },
    series: points.map((period) => {
      const m = rows.get(period) ?? zeroMetrics();
      return {
        period,
        enrolments: m.enrolments,
        completions: m.completions,
        learningHours: learningHours(m.learning_minutes),
        certificates: m.certificates,
        newRegistrations: m.registered,
        activePeople: m.active_people,
        partial: periodEnd(grain, period) >= range.today,
      };
    }),
    children: children.map((c) => {
      const a = at(activity, c.id);
      return {
        org: orgRef(c),
        hasChildren: c.has_children,
        people: peopleOf(at(asOf, c.id)),
        completions: a.completions,
        learningHours: learningHours(a.learning_minutes),
        certificates: a.certificates,
      };
    }),
    topCourses: { byEnrolments: top.byEnrolments.map(course), byCompletions: top.byCompletions.map(course), months },
    freshness: { pendingPeople: pending, at: ctx.clock.now().toISOString() },
    permissions: reportPermissions(actor, org.path),
  };
}
