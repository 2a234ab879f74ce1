import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { DAY_COLUMNS, ROLLUP_METRICS, ancestorsOf, campaignContribution, courseContribution, perDay, periodOf, type Sources } from './contribution.sql';

/*
 * The drain's deltas, computed incrementally: a person's facts are folded per day for the fresh snapshot and for the
 * ledger; only the days that differ (a new completion, a transfer — the org is part of the comparison) are expanded
 * into grains for the additive counters, and the distinct-people flags are re-evaluated only for the periods that
 * contain a changed day. The reconciliation check computes the same rollups the plain way (contribution.sql.ts), so the
 * two methods check each other.
 */

const GRAINS = sql`(VALUES ('d'), ('w'), ('m'), ('y'), ('t')) AS g (grain)`;
const cols = (alias: string) => sql.join(DAY_COLUMNS.map((c) => sql.ref(`${alias}.${c}`)));
const negated = (alias: string) => sql.join(DAY_COLUMNS.map((c) => sql`-${sql.ref(`${alias}.${c}`)}`));
// A batch's deltas fit an int per row: summing ints keeps integer arithmetic (a sum of bigint would be numeric).
const sumInt = (names: readonly string[]) => sql.join(names.map((c) => sql`sum(${sql.ref(c)}::int)::bigint AS ${sql.ref(c)}`));
const anyNonZero = (names: readonly string[]) => sql.join(names.map((c) => sql`sum(${sql.ref(c)}::int) <> 0`), sql` OR `);
const addExcluded = (names: readonly string[]) => sql.join(names.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)} + excluded.${sql.ref(c)}`));

/** Creates the per-day scratch tables (emptied at commit). */
export async function createDayScratch(trx: Transaction<DB>): Promise<void> {
  const dayTable = (name: string) => sql`CREATE TEMP TABLE IF NOT EXISTS ${sql.table(name)} (
    user_id uuid NOT NULL, org_id uuid NOT NULL, day date NOT NULL, registered int, verified int, enrolments int, completions int,
    learning_minutes int, certificates int, first_c int, third_c int, active boolean, completing boolean,
    w date, m date, y date) ON COMMIT DELETE ROWS`;
  await dayTable('rp_new_days').execute(trx);
  await dayTable('rp_old_days').execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_changed_days (user_id uuid NOT NULL, day date NOT NULL) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_changed_courses (user_id uuid NOT NULL, course_id uuid NOT NULL) ON COMMIT DELETE ROWS`.execute(trx);
}

/** Folds both sides per day and finds what changed (days, and course rows — with the person's org). */
async function findChanges(trx: Transaction<DB>, fresh: Sources, ledger: Sources): Promise<void> {
  // Each day's week, month and year start, computed once here (the flag query joins on them).
  const withPeriods = (s: Sources) => sql`
    SELECT d.*, date_trunc('week', d.day::timestamp)::date, date_trunc('month', d.day::timestamp)::date, date_trunc('year', d.day::timestamp)::date
    FROM (${perDay(s)}) d`;
  await sql`INSERT INTO rp_new_days ${withPeriods(fresh)}`.execute(trx);
  await sql`INSERT INTO rp_old_days ${withPeriods(ledger)}`.execute(trx);
  await sql`
    INSERT INTO rp_changed_days (user_id, day)
    SELECT coalesce(n.user_id, o.user_id), coalesce(n.day, o.day)
    FROM rp_new_days n FULL JOIN rp_old_days o ON o.user_id = n.user_id AND o.day = n.day
    WHERE (n.org_id, ${cols('n')}, n.active, n.completing) IS DISTINCT FROM (o.org_id, ${cols('o')}, o.active, o.completing)`.execute(trx);
  await sql`
    INSERT INTO rp_changed_courses (user_id, course_id)
    SELECT coalesce(n.user_id, o.user_id), coalesce(n.course_id, o.course_id)
    FROM (SELECT c.*, p.org_id FROM ${fresh.courses} c JOIN ${fresh.person} p ON p.user_id = c.user_id) n
    FULL JOIN (SELECT c.*, p.org_id FROM ${ledger.courses} c JOIN ${ledger.person} p ON p.user_id = c.user_id) o
      ON o.user_id = n.user_id AND o.course_id = n.course_id
    WHERE (n.org_id, n.enrolled_on, n.completed_on, n.learning_minutes) IS DISTINCT FROM (o.org_id, o.enrolled_on, o.completed_on, o.learning_minutes)`.execute(trx);
  await sql`ANALYZE rp_new_days, rp_old_days, rp_changed_days, rp_changed_courses`.execute(trx);
}

/** Adds the rollup deltas of the changed days to every ancestor's rows. */
async function applyRollupDelta(trx: Transaction<DB>): Promise<void> {
  const m = ROLLUP_METRICS;
  await sql`
    WITH changed_facts AS (
      SELECT n.org_id, n.day, ${cols('n')} FROM rp_new_days n JOIN rp_changed_days c ON c.user_id = n.user_id AND c.day = n.day
      UNION ALL
      SELECT o.org_id, o.day, ${negated('o')} FROM rp_old_days o JOIN rp_changed_days c ON c.user_id = o.user_id AND c.day = o.day
    ),
    per_org_day AS (
      SELECT org_id, day, ${sql.join(DAY_COLUMNS.map((c) => sql`sum(${sql.ref(c)})::int AS ${sql.ref(c)}`))} FROM changed_facts GROUP BY 1, 2
    ),
    additive AS (
      SELECT d.org_id, g.grain, ${periodOf(sql`g.grain`, sql`d.day`)} AS period,
        sum(d.registered) AS registered, sum(d.verified) AS verified, sum(d.enrolments) AS enrolments, sum(d.completions) AS completions,
        sum(d.learning_minutes) AS learning_minutes, sum(d.certificates) AS certificates, sum(d.first_c) AS first_completions,
        sum(d.third_c) AS third_completions, 0 AS active_people, 0 AS completing_people
      FROM per_org_day d CROSS JOIN ${GRAINS} GROUP BY 1, 2, 3
    ),
    affected AS (
      SELECT DISTINCT c.user_id, g.grain, ${periodOf(sql`g.grain`, sql`c.day`)} AS period FROM rp_changed_days c CROSS JOIN ${GRAINS}
    ),
    expanded AS (
      SELECT n.user_id, n.org_id, 1 AS sign, n.active, n.completing, g.grain,
        CASE g.grain WHEN 'd' THEN n.day WHEN 'w' THEN n.w WHEN 'm' THEN n.m WHEN 'y' THEN n.y ELSE DATE '2000-01-01' END AS period
      FROM rp_new_days n CROSS JOIN ${GRAINS} WHERE n.user_id IN (SELECT user_id FROM rp_changed_days)
      UNION ALL
      SELECT o.user_id, o.org_id, -1, o.active, o.completing, g.grain,
        CASE g.grain WHEN 'd' THEN o.day WHEN 'w' THEN o.w WHEN 'm' THEN o.m WHEN 'y' THEN o.y ELSE DATE '2000-01-01' END
      FROM rp_old_days o CROSS JOIN ${GRAINS} WHERE o.user_id IN (SELECT user_id FROM rp_changed_days)
    ),
    flags AS (
      SELECT e.org_id, e.grain, e.period, e.sign, bool_or(e.active) AS active, bool_or(e.completing) AS completing
      FROM expanded e JOIN affected a ON a.user_id = e.user_id AND a.grain = e.grain AND a.period = e.period
      GROUP BY e.user_id, e.org_id, e.grain, e.period, e.sign
    ),
    distinct_people AS (
      SELECT org_id, grain, period, 0, 0, 0, 0, 0, 0, 0, 0,
        coalesce(sum(sign) FILTER (WHERE active), 0) AS active_people, coalesce(sum(sign) FILTER (WHERE completing), 0) AS completing_people
      FROM flags GROUP BY 1, 2, 3
    ),
    leaf AS (
      SELECT org_id, grain, period, ${sumInt(m)}
      FROM (SELECT * FROM additive UNION ALL SELECT * FROM distinct_people) x
      GROUP BY 1, 2, 3 HAVING ${anyNonZero(m)}
    )
    INSERT INTO report_rollup AS r (org_id, grain, period, ${sql.join(m.map((c) => sql.ref(c)))})
    SELECT a.id, l.grain, l.period, ${sumInt(m)}
    FROM leaf l JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    GROUP BY 1, 2, 3
    ON CONFLICT (org_id, grain, period) DO UPDATE SET ${addExcluded(m)}`.execute(trx);
}

/** Adds the course rollup deltas of the changed course rows. */
async function applyCourseDelta(trx: Transaction<DB>, fresh: Sources, ledger: Sources): Promise<void> {
  const only = (s: Sources): Sources => ({
    ...s,
    courses: sql`(SELECT c.* FROM ${s.courses} c JOIN rp_changed_courses x ON x.user_id = c.user_id AND x.course_id = c.course_id)`,
  });
  const cm = ['enrolments', 'completions', 'learning_minutes'];
  await sql`
    WITH leaf AS (
      SELECT org_id, grain, period, course_id, ${sumInt(cm)}
      FROM (${courseContribution(only(fresh), 1)} UNION ALL ${courseContribution(only(ledger), -1)}) x
      GROUP BY 1, 2, 3, 4 HAVING ${anyNonZero(cm)}
    )
    INSERT INTO report_course_rollup AS r (org_id, grain, period, course_id, enrolments, completions, learning_minutes)
    SELECT a.id, l.grain, l.period, l.course_id, ${sumInt(cm)}
    FROM leaf l JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (org_id, grain, period, course_id) DO UPDATE SET ${addExcluded(cm)}`.execute(trx);
}

/** Adds the learning-week deltas (few campaigns, small per person: recomputed on both sides). */
async function applyCampaignDelta(trx: Transaction<DB>): Promise<void> {
  const km = ['completions', 'learning_minutes', 'people_completed', 'people_four_hours'];
  await sql`
    WITH leaf AS (
      SELECT campaign_id, org_id, ${sumInt(km)}
      FROM (${campaignContribution(sql`rp_campaigns`, 1)} UNION ALL ${campaignContribution(sql`rp_old_campaigns`, -1)}) x
      GROUP BY 1, 2 HAVING ${anyNonZero(km)}
    )
    INSERT INTO report_campaign_rollup AS r (campaign_id, org_id, completions, learning_minutes, people_completed, people_four_hours)
    SELECT l.campaign_id, a.id, ${sumInt(km)}
    FROM leaf l
    JOIN report_campaigns k ON k.id = l.campaign_id
    JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    JOIN orgs ao ON ao.id = a.id AND starts_with(ao.path, k.scope_path)
    GROUP BY 1, 2
    ON CONFLICT (campaign_id, org_id) DO UPDATE SET ${addExcluded(km)}`.execute(trx);
}

/** Adds (fresh − ledger) of the batch to the three rollups; `step` times each part. */
export async function applyDeltas(trx: Transaction<DB>, fresh: Sources, ledger: Sources, step: (name: string) => void): Promise<void> {
  await findChanges(trx, fresh, ledger);
  step('changes');
  await applyRollupDelta(trx);
  step('rollup');
  await applyCourseDelta(trx, fresh, ledger);
  step('courses');
  await applyCampaignDelta(trx);
  step('campaigns');
}
