import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure, holdsAnyRole, holdsRoleOver } from '../../platform/policy';
import { COUNTED_STATUSES, ROLLUP_METRICS, campaignContribution, campaignFacts, courseContribution, istDay, rollupContribution, type Sources } from './contribution.sql';
import { orgWithContext } from './dashboard.repo';
import { pendingCount } from './refresh.repo';
import { reportFail } from './reports.messages';
import { orgRef } from './dashboard.service';
import type { ReconciliationT } from './reports.schema';

/*
 * The reconciliation check: recompute a node's rollup rows from the raw tables (users, enrolments, certificates) with
 * the same definitions the drain uses, and compare every row and metric with what the incremental rollup holds.
 * Exact equality is expected once no person of the subtree is waiting in report_dirty.
 */

type Row = Record<string, unknown>;

function rawSources(path: string): { ctes: ReturnType<typeof sql>; sources: Sources } {
  const ctes = sql`
    raw_person AS (
      SELECT u.id AS user_id, u.org_id, o.path AS org_path, u.status = 'active' AS verified, ${istDay(sql`u.created_at`)} AS registered_on,
             CASE WHEN u.status = 'active' THEN ${istDay(sql`coalesce(u.decided_at, u.created_at)`)} END AS verified_on,
             s.first_completion_on, s.third_completion_on
      FROM users u JOIN orgs o ON o.id = u.org_id
      LEFT JOIN LATERAL (
        SELECT min(${istDay(sql`e.completed_at`)}) AS first_completion_on,
               (array_agg(${istDay(sql`e.completed_at`)} ORDER BY e.completed_at))[3] AS third_completion_on
        FROM enrolments e WHERE e.user_id = u.id AND e.status = 'completed') s ON true
      WHERE o.path LIKE ${`${path}%`} AND u.status IN (${sql.join(COUNTED_STATUSES.map((s) => sql`${s}`))})
    ),
    raw_courses AS (
      SELECT e.user_id, e.course_id, ${istDay(sql`e.enrolled_at`)} AS enrolled_on,
             CASE WHEN e.status = 'completed' THEN ${istDay(sql`e.completed_at`)} END AS completed_on,
             CASE WHEN e.status = 'completed' THEN e.learning_minutes_credited ELSE 0 END AS learning_minutes
      FROM enrolments e JOIN raw_person p ON p.user_id = e.user_id
    ),
    raw_certs AS (
      SELECT c.user_id, ${istDay(sql`c.issued_at`)} AS issued_on
      FROM certificates c JOIN raw_person p ON p.user_id = c.user_id WHERE c.status = 'issued' AND c.issued_at IS NOT NULL
    )`;
  return { ctes, sources: { person: sql`raw_person`, courses: sql`raw_courses`, certs: sql`raw_certs` } };
}

function compare(table: string, keyOf: (r: Row) => string, metrics: readonly string[], rolled: Row[], raw: Row[], out: ReconciliationT['mismatches']): number {
  const a = new Map(rolled.map((r) => [keyOf(r), r]));
  const b = new Map(raw.map((r) => [keyOf(r), r]));
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) {
    for (const metric of metrics) {
      const x = Number(a.get(key)?.[metric] ?? 0);
      const y = Number(b.get(key)?.[metric] ?? 0);
      if (x !== y && out.length < 50) out.push({ table, key, metric, rollup: x, raw: y });
    }
  }
  return keys.size;
}

/** Recomputes one node from the raw tables and compares it with its rollup rows. */
export async function reconcileNode(db: Kysely<DB>, orgId: string): Promise<Omit<ReconciliationT, 'org'>> {
  const org = await db.selectFrom('orgs').select(['id', 'path']).where('id', '=', orgId).executeTakeFirstOrThrow();
  const { ctes, sources } = rawSources(org.path);
  const m = ROLLUP_METRICS;
  const sums = (cols: readonly string[]) => sql.join(cols.map((c) => sql`sum(${sql.ref(c)})::bigint AS ${sql.ref(c)}`));
  const [raw, rolled, rawCourses, rolledCourses, rawCampaigns, rolledCampaigns, pending] = await Promise.all([
    sql<Row>`WITH ${ctes} SELECT grain, period::text AS period, ${sums(m)} FROM (${rollupContribution(sources, 1)}) x GROUP BY 1, 2`.execute(db),
    sql<Row>`SELECT grain, period::text AS period, ${sql.join(m.map((c) => sql.ref(c)))} FROM report_rollup WHERE org_id = ${org.id}`.execute(db),
    sql<Row>`WITH ${ctes} SELECT grain, period::text AS period, course_id, ${sums(['enrolments', 'completions', 'learning_minutes'])}
      FROM (${courseContribution(sources, 1)}) x GROUP BY 1, 2, 3`.execute(db),
    sql<Row>`SELECT grain, period::text AS period, course_id, enrolments, completions, learning_minutes FROM report_course_rollup WHERE org_id = ${org.id}`.execute(db),
    sql<Row>`WITH ${ctes}, facts AS (${campaignFacts(sources)})
      SELECT campaign_id, ${sums(['completions', 'learning_minutes', 'people_completed', 'people_four_hours'])}
      FROM (${campaignContribution(sql`facts`, 1)}) x
      WHERE campaign_id IN (SELECT id FROM report_campaigns WHERE starts_with(${org.path}, scope_path)) GROUP BY 1`.execute(db),
    sql<Row>`SELECT campaign_id, completions, learning_minutes, people_completed, people_four_hours FROM report_campaign_rollup WHERE org_id = ${org.id}`.execute(db),
    pendingCount(db, org.path),
  ]);
  const mismatches: ReconciliationT['mismatches'] = [];
  let checked = compare('report_rollup', (r) => `${r.grain}:${r.period}`, m, rolled.rows, raw.rows, mismatches);
  checked += compare('report_course_rollup', (r) => `${r.grain}:${r.period}:${r.course_id}`, ['enrolments', 'completions', 'learning_minutes'], rolledCourses.rows, rawCourses.rows, mismatches);
  checked += compare('report_campaign_rollup', (r) => String(r.campaign_id), ['completions', 'learning_minutes', 'people_completed', 'people_four_hours'], rolledCampaigns.rows, rawCampaigns.rows, mismatches);
  return { matches: mismatches.length === 0, pendingPeople: pending, checkedRows: checked, mismatches };
}

/** The reconciliation check as an admin endpoint: state and platform admins over the node. */
export async function reconcile(ctx: AppContext, actor: Actor, orgId: string): Promise<ReconciliationT> {
  const found = await orgWithContext(ctx.db, orgId);
  if (!found) throw reportFail(404, 'ORG_NOT_FOUND');
  ensure(holdsRoleOver(actor, ['state_admin'], found.org.path) || holdsAnyRole(actor, ['platform_admin']));
  return { org: orgRef(found.org), ...(await reconcileNode(ctx.db, orgId)) };
}
