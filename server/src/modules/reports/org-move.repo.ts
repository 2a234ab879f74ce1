import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { rewritePathPrefix } from '../../platform/path-prefix';
import { ROLLUP_METRICS } from './contribution.sql';
import { DRAIN_LOCK } from './refresh.repo';

const ids = (path: string) => path.split('/').filter(Boolean);
const cols = (names: readonly string[]) => sql.join(names.map((c) => sql.ref(c)));
const signed = (names: readonly string[]) => sql.join(names.map((c) => sql`s.sign * x.${sql.ref(c)}`));
const added = (names: readonly string[]) => sql.join(names.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)} + excluded.${sql.ref(c)}`));

/**
 * Rollups follow an org that moves: its own rows hold its whole subtree (people are in one org each, so even the
 * distinct-people counts add up), so they are subtracted from the ancestors it leaves and added to those it joins.
 * Runs in the move's transaction under the drain's lock, so no drain adds to the old or new ancestors meanwhile;
 * the ledger's and learning weeks' copies of the paths are rewritten by the caller in the same transaction.
 */
export async function shiftRollupsForMove(trx: Transaction<DB>, orgId: string, oldParentPath: string, newParentPath: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${DRAIN_LOCK})`.execute(trx);
  const before = ids(oldParentPath);
  const after = ids(newParentPath);
  const signs = [...before.filter((a) => !after.includes(a)).map((id) => ({ id, sign: -1 })), ...after.filter((a) => !before.includes(a)).map((id) => ({ id, sign: 1 }))];
  if (signs.length === 0) return;
  const s = sql`(SELECT * FROM unnest(${signs.map((x) => x.id)}::uuid[], ${signs.map((x) => x.sign)}::int[]) AS t (id, sign))`;
  const m = ROLLUP_METRICS;
  await sql`
    INSERT INTO report_rollup AS r (org_id, grain, period, ${cols(m)})
    SELECT s.id, x.grain, x.period, ${signed(m)} FROM report_rollup x CROSS JOIN ${s} AS s WHERE x.org_id = ${orgId}
    ON CONFLICT (org_id, grain, period) DO UPDATE SET ${added(m)}`.execute(trx);
  const cm = ['enrolments', 'completions', 'learning_minutes'];
  await sql`
    INSERT INTO report_course_rollup AS r (org_id, grain, period, course_id, ${cols(cm)})
    SELECT s.id, x.grain, x.period, x.course_id, ${signed(cm)} FROM report_course_rollup x CROSS JOIN ${s} AS s WHERE x.org_id = ${orgId}
    ON CONFLICT (org_id, grain, period, course_id) DO UPDATE SET ${added(cm)}`.execute(trx);
  // A learning week counts only orgs inside its scope: shift only to and from ancestors inside it.
  const km = ['completions', 'learning_minutes', 'people_completed', 'people_four_hours'];
  await sql`
    INSERT INTO report_campaign_rollup AS r (campaign_id, org_id, ${cols(km)})
    SELECT x.campaign_id, s.id, ${signed(km)}
    FROM report_campaign_rollup x CROSS JOIN ${s} AS s
    JOIN orgs ao ON ao.id = s.id JOIN report_campaigns k ON k.id = x.campaign_id AND starts_with(ao.path, k.scope_path)
    WHERE x.org_id = ${orgId}
    ON CONFLICT (campaign_id, org_id) DO UPDATE SET ${added(km)}`.execute(trx);
}

/** Rewrites the reports' copies of a moved subtree's paths (the ledger and learning-week scopes). */
export async function rewriteReportPaths(trx: Transaction<DB>, oldPath: string, newPath: string): Promise<void> {
  await rewritePathPrefix(trx, 'report_learners', 'org_path', oldPath, newPath);
  await rewritePathPrefix(trx, 'report_campaigns', 'scope_path', oldPath, newPath);
}

/** True when a learning week's scope contains exactly one of two paths (a move across its border). */
export async function campaignBorderCrossed(db: Transaction<DB>, oldPath: string, newPath: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM report_campaigns
    WHERE starts_with(${oldPath}, scope_path) <> starts_with(${newPath}, scope_path)`.execute(db);
  return Number(rows[0]?.n ?? 0) > 0;
}
