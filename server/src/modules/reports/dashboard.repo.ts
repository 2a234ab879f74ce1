import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/database';
import type { ReportGrain } from './reports.tables';
import { ALL_TIME, ROLLUP_METRICS, type RollupMetric } from './contribution.sql';
import type { PeriodRun } from './periods';

/* Reads of the rollups. Every query names its org ids and a handful of periods: a dashboard reads rows, not people. */

export type Metrics = Record<RollupMetric, number>;
export const zeroMetrics = (): Metrics => Object.fromEntries(ROLLUP_METRICS.map((m) => [m, 0])) as Metrics;

const sums = sql.join(ROLLUP_METRICS.map((m) => sql`coalesce(sum(${sql.ref(m)}), 0)::bigint AS ${sql.ref(m)}`));

function runsSql(runs: readonly PeriodRun[]): RawBuilder<boolean> {
  if (runs.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    runs.map((r) => sql`(grain = ${r.grain} AND period BETWEEN ${r.from} AND ${r.to})`),
    sql` OR `,
  )})`;
}

function toMetrics(row: Record<string, unknown> | undefined): Metrics {
  const m = zeroMetrics();
  if (row) for (const k of ROLLUP_METRICS) m[k] = Number(row[k] ?? 0);
  return m;
}

async function byOrg(db: Kysely<DB>, orgIds: readonly string[], where: RawBuilder<boolean>): Promise<Map<string, Metrics>> {
  if (orgIds.length === 0) return new Map();
  const { rows } = await sql<Record<string, unknown> & { org_id: string }>`
    SELECT org_id, ${sums} FROM report_rollup WHERE org_id = ANY(${[...orgIds]}::uuid[]) AND ${where} GROUP BY org_id`.execute(db);
  const out = new Map(orgIds.map((id) => [id, zeroMetrics()]));
  for (const r of rows) out.set(r.org_id, toMetrics(r));
  return out;
}

/** Sums of every metric over the periods (additive metrics only make sense here), per org. */
export function sumOverRuns(db: Kysely<DB>, orgIds: readonly string[], runs: readonly PeriodRun[]) {
  return byOrg(db, orgIds, runsSql(runs));
}

/** All-time totals minus everything dated after `to`: the running sums as of the end of `to`, per org. */
export async function totalsAsOf(db: Kysely<DB>, orgIds: readonly string[], to: string): Promise<Map<string, Metrics>> {
  const [total, after] = await Promise.all([
    byOrg(db, orgIds, sql<boolean>`grain = 't' AND period = ${ALL_TIME}`),
    byOrg(db, orgIds, sql<boolean>`grain = 'd' AND period > ${to}`),
  ]);
  const out = new Map<string, Metrics>();
  for (const id of orgIds) {
    const t = total.get(id) ?? zeroMetrics();
    const a = after.get(id) ?? zeroMetrics();
    out.set(id, Object.fromEntries(ROLLUP_METRICS.map((m) => [m, t[m] - a[m]])) as Metrics);
  }
  return out;
}

/** One period's row (distinct people in that period are exact), per org. */
export function periodRow(db: Kysely<DB>, orgIds: readonly string[], grain: ReportGrain, period: string) {
  return byOrg(db, orgIds, sql<boolean>`grain = ${grain} AND period = ${period}`);
}

/** A time series of one org: its rows of a grain between two period starts. */
export async function series(db: Kysely<DB>, orgId: string, grain: ReportGrain, from: string, to: string) {
  const { rows } = await sql<Record<string, unknown> & { period: string }>`
    SELECT period, ${sql.join(ROLLUP_METRICS.map((m) => sql.ref(m)))} FROM report_rollup
    WHERE org_id = ${orgId} AND grain = ${grain} AND period BETWEEN ${from} AND ${to} ORDER BY period`.execute(db);
  return new Map(rows.map((r) => [r.period, toMetrics(r)]));
}

/**
 * Distinct people with activity (enrolment or completion) and with a completion between two days, in a subtree,
 * from the per-person ledger: exact for any range, used when the range is not one calendar period.
 */
export async function distinctActiveByScan(db: Kysely<DB>, path: string, from: string, to: string) {
  const { rows } = await sql<{ active: number; completing: number }>`
    SELECT count(DISTINCT c.user_id)::int AS active,
           count(DISTINCT c.user_id) FILTER (WHERE c.completed_on BETWEEN ${from} AND ${to})::int AS completing
    FROM report_learners l JOIN report_learner_courses c ON c.user_id = l.user_id
    WHERE l.org_path LIKE ${`${path}%`} AND (c.enrolled_on BETWEEN ${from} AND ${to} OR c.completed_on BETWEEN ${from} AND ${to})`.execute(db);
  return { active: rows[0]?.active ?? 0, completing: rows[0]?.completing ?? 0 };
}

/** Top courses of a subtree by enrolments and by completions, all time or over whole months. */
export async function topCourses(db: Kysely<DB>, orgId: string, months: { from: string; to: string } | null, limit: number) {
  const where = months ? sql`grain = 'm' AND period BETWEEN ${months.from} AND ${months.to}` : sql`grain = 't' AND period = ${ALL_TIME}`;
  const query = (order: 'enrolments' | 'completions') => sql<{ course_id: string; enrolments: number; completions: number; learning_minutes: number }>`
    SELECT course_id, sum(enrolments)::int AS enrolments, sum(completions)::int AS completions, sum(learning_minutes)::bigint AS learning_minutes
    FROM report_course_rollup WHERE org_id = ${orgId} AND ${where}
    GROUP BY course_id HAVING sum(${sql.ref(order)}) > 0
    ORDER BY sum(${sql.ref(order)}) DESC, course_id LIMIT ${limit}`.execute(db);
  const [byEnrolments, byCompletions] = await Promise.all([query('enrolments'), query('completions')]);
  return { byEnrolments: byEnrolments.rows, byCompletions: byCompletions.rows };
}

/** The org, its parent and the national root (the first id of its path). */
export async function orgWithContext(db: Kysely<DB>, orgId: string) {
  const org = await db.selectFrom('orgs').select(['id', 'parent_id', 'path', 'depth', 'type', 'code', 'name_en', 'name_hi']).where('id', '=', orgId).executeTakeFirst();
  if (!org) return null;
  const ids = org.path.split('/').filter(Boolean);
  const chain = await db.selectFrom('orgs').select(['id', 'name_en', 'name_hi', 'type', 'path']).where('id', 'in', ids).execute();
  const ordered = ids.flatMap((id) => chain.filter((c) => c.id === id));
  return { org, ancestors: ordered.slice(0, -1) };
}

/** Children of an org with whether they have children of their own. */
export async function childrenOf(db: Kysely<DB>, orgId: string) {
  return db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.type', 'o.code', 'o.name_en', 'o.name_hi', 'o.path'])
    .select(sql<boolean>`EXISTS (SELECT 1 FROM orgs c WHERE c.parent_id = o.id)`.as('has_children'))
    .where('o.parent_id', '=', orgId)
    .orderBy('o.name_en')
    .execute();
}
