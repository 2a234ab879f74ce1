import { sql, type RawBuilder } from 'kysely';

/*
 * What one person contributes to the rollups, as SQL over three row sources with the ledger's shape:
 *   person  (user_id, org_id, org_path, verified, registered_on, verified_on, first_completion_on, third_completion_on)
 *   courses (user_id, course_id, enrolled_on, completed_on, learning_minutes)
 *   certs   (user_id, issued_on)
 * The same text runs over the ledger (what was added before), over the fresh snapshot (what should be there now)
 * and over the raw tables (the reconciliation check), so the three can never disagree on a definition.
 */

/** Counted people: registration finished and not closed. Verified/approved: active. */
export const COUNTED_STATUSES = ['active', 'pending_approval'] as const;

/** A timestamp's calendar day in India. */
export const istDay = (column: RawBuilder<unknown>) => sql`((${column}) AT TIME ZONE 'Asia/Kolkata')::date`;

/** The start of the period of a grain that contains a day. */
export function periodOf(grain: RawBuilder<unknown>, day: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`(CASE ${grain}
    WHEN 'd' THEN ${day}
    WHEN 'w' THEN date_trunc('week', (${day})::timestamp)::date
    WHEN 'm' THEN date_trunc('month', (${day})::timestamp)::date
    WHEN 'y' THEN date_trunc('year', (${day})::timestamp)::date
    ELSE DATE '2000-01-01' END)`;
}

/** The period start of the 't' (all time) grain. */
export const ALL_TIME = '2000-01-01';

/** Metric columns of report_rollup, in order. */
export const ROLLUP_METRICS = [
  'registered',
  'verified',
  'enrolments',
  'completions',
  'learning_minutes',
  'certificates',
  'first_completions',
  'third_completions',
  'active_people',
  'completing_people',
] as const;
export type RollupMetric = (typeof ROLLUP_METRICS)[number];

/** Sources of a contribution: table names or parenthesised queries. */
export interface Sources {
  person: RawBuilder<unknown>;
  courses: RawBuilder<unknown>;
  certs: RawBuilder<unknown>;
}

/** Dated facts of each person: one row per thing that happened on a day. */
function dayFacts(s: Sources): RawBuilder<unknown> {
  return sql`
    SELECT p.user_id, p.org_id, p.registered_on AS day, 1 AS registered, 0 AS verified, 0 AS enrolments, 0 AS completions,
           0 AS learning_minutes, 0 AS certificates, 0 AS first_c, 0 AS third_c, false AS active, false AS completing
      FROM ${s.person} p
    UNION ALL SELECT p.user_id, p.org_id, p.verified_on, 0, 1, 0, 0, 0, 0, 0, 0, false, false
      FROM ${s.person} p WHERE p.verified AND p.verified_on IS NOT NULL
    UNION ALL SELECT p.user_id, p.org_id, p.first_completion_on, 0, 0, 0, 0, 0, 0, 1, 0, false, false
      FROM ${s.person} p WHERE p.first_completion_on IS NOT NULL
    UNION ALL SELECT p.user_id, p.org_id, p.third_completion_on, 0, 0, 0, 0, 0, 0, 0, 1, false, false
      FROM ${s.person} p WHERE p.third_completion_on IS NOT NULL
    UNION ALL SELECT c.user_id, p.org_id, c.enrolled_on, 0, 0, 1, 0, 0, 0, 0, 0, true, false
      FROM ${s.courses} c JOIN ${s.person} p ON p.user_id = c.user_id
    UNION ALL SELECT c.user_id, p.org_id, c.completed_on, 0, 0, 0, 1, c.learning_minutes, 0, 0, 0, true, true
      FROM ${s.courses} c JOIN ${s.person} p ON p.user_id = c.user_id WHERE c.completed_on IS NOT NULL
    UNION ALL SELECT x.user_id, p.org_id, x.issued_on, 0, 0, 0, 0, 0, 1, 0, 0, false, false
      FROM ${s.certs} x JOIN ${s.person} p ON p.user_id = x.user_id`;
}

/** Columns of a person's per-day facts, in order (the drain keeps them in rp_new_days / rp_old_days). */
export const DAY_COLUMNS = ['registered', 'verified', 'enrolments', 'completions', 'learning_minutes', 'certificates', 'first_c', 'third_c'] as const;

/** Each person's facts folded per day: (user_id, org_id, day, …DAY_COLUMNS, active, completing). */
export function perDay(s: Sources): RawBuilder<unknown> {
  return sql`
    SELECT f.user_id, f.org_id, f.day, ${sql.join(DAY_COLUMNS.map((c) => sql`sum(${sql.ref(`f.${c}`)})::int`))},
      bool_or(f.active), bool_or(f.completing)
    FROM (${dayFacts(s)}) f GROUP BY 1, 2, 3`;
}

/**
 * The same facts, narrow: one row per (person, day, kind, value) — kinds 1 registered, 2 verified, 3 enrolment,
 * 4 completion, 5 credited minutes, 6 certificate, 7 first completion, 8 third completion — and whether the row is
 * activity (an enrolment or a completion) or a completion.
 */
function narrowFacts(s: Sources): RawBuilder<unknown> {
  return sql`
    SELECT p.user_id, p.org_id, p.registered_on AS day, 1 AS kind, 1 AS value, false AS active, false AS completing FROM ${s.person} p
    UNION ALL SELECT p.user_id, p.org_id, p.verified_on, 2, 1, false, false FROM ${s.person} p WHERE p.verified AND p.verified_on IS NOT NULL
    UNION ALL SELECT p.user_id, p.org_id, p.first_completion_on, 7, 1, false, false FROM ${s.person} p WHERE p.first_completion_on IS NOT NULL
    UNION ALL SELECT p.user_id, p.org_id, p.third_completion_on, 8, 1, false, false FROM ${s.person} p WHERE p.third_completion_on IS NOT NULL
    UNION ALL SELECT c.user_id, p.org_id, c.enrolled_on, 3, 1, true, false FROM ${s.courses} c JOIN ${s.person} p ON p.user_id = c.user_id
    UNION ALL SELECT c.user_id, p.org_id, c.completed_on, 4, 1, true, true
      FROM ${s.courses} c JOIN ${s.person} p ON p.user_id = c.user_id WHERE c.completed_on IS NOT NULL
    UNION ALL SELECT c.user_id, p.org_id, c.completed_on, 5, c.learning_minutes, false, false
      FROM ${s.courses} c JOIN ${s.person} p ON p.user_id = c.user_id WHERE c.completed_on IS NOT NULL AND c.learning_minutes <> 0
    UNION ALL SELECT x.user_id, p.org_id, x.issued_on, 6, 1, false, false FROM ${s.certs} x JOIN ${s.person} p ON p.user_id = x.user_id`;
}

const GRAINS = sql`(VALUES ('d'), ('w'), ('m'), ('y'), ('t')) AS g (grain)`;
const KINDS = ['registered', 'verified', 'enrolments', 'completions', 'learning_minutes', 'certificates', 'first_completions', 'third_completions'] as const;

/**
 * Rows (org_id, grain, period, …metrics) of the people's contribution per org they are posted at (not yet rolled up
 * the tree), multiplied by sign. Additive counters are summed per org, period and kind (one aggregate over narrow rows);
 * distinct people are folded per person and period first, so each counts once without count(DISTINCT).
 */
export function rollupContribution(s: Sources, sign: 1 | -1): RawBuilder<unknown> {
  const k = sql.lit(sign);
  return sql`
    WITH facts AS MATERIALIZED (${narrowFacts(s)}),
    additive AS (
      SELECT f.org_id, g.grain, ${periodOf(sql`g.grain`, sql`f.day`)} AS period, f.kind, sum(f.value)::bigint AS v
      FROM facts f CROSS JOIN ${GRAINS} GROUP BY 1, 2, 3, 4
    ),
    people AS (
      SELECT org_id, grain, period, count(*) AS active, count(*) FILTER (WHERE completing) AS completing
      FROM (
        SELECT f.user_id, f.org_id, g.grain, ${periodOf(sql`g.grain`, sql`f.day`)} AS period, bool_or(f.completing) AS completing
        FROM facts f CROSS JOIN ${GRAINS} WHERE f.active GROUP BY 1, 2, 3, 4
      ) per_person GROUP BY 1, 2, 3
    )
    SELECT org_id, grain, period,
      ${sql.join(KINDS.map((name, i) => sql`${k} * coalesce(sum(v) FILTER (WHERE kind = ${sql.lit(i + 1)}), 0) AS ${sql.ref(name)}`))},
      ${k} * sum(active) AS active_people, ${k} * sum(completing) AS completing_people
    FROM (
      SELECT org_id, grain, period, kind, v, 0 AS active, 0 AS completing FROM additive
      UNION ALL SELECT org_id, grain, period, 0, 0, active, completing FROM people
    ) u
    GROUP BY 1, 2, 3`;
}

/** Rows (org_id, grain, period, course_id, enrolments, completions, learning_minutes) by month and all time. */
export function courseContribution(s: Sources, sign: 1 | -1): RawBuilder<unknown> {
  const k = sql.lit(sign);
  return sql`
    SELECT p.org_id, g.grain, ${periodOf(sql`g.grain`, sql`f.day`)} AS period, f.course_id,
      ${k} * sum(f.enrolments) AS enrolments, ${k} * sum(f.completions) AS completions, ${k} * sum(f.learning_minutes) AS learning_minutes
    FROM (
      SELECT c.user_id, c.course_id, c.enrolled_on AS day, 1 AS enrolments, 0 AS completions, 0 AS learning_minutes FROM ${s.courses} c
      UNION ALL
      SELECT c.user_id, c.course_id, c.completed_on, 0, 1, c.learning_minutes FROM ${s.courses} c WHERE c.completed_on IS NOT NULL
    ) f
    JOIN ${s.person} p ON p.user_id = f.user_id
    CROSS JOIN (VALUES ('m'), ('t')) AS g (grain)
    GROUP BY 1, 2, 3, 4`;
}

/** Per-person campaign facts: completions and credited minutes inside each campaign whose scope holds the person. */
export function campaignFacts(s: Sources): RawBuilder<unknown> {
  return sql`
    SELECT c.user_id, k.id AS campaign_id, p.org_id, count(*)::int AS completions, sum(c.learning_minutes)::int AS learning_minutes
    FROM ${s.courses} c
    JOIN ${s.person} p ON p.user_id = c.user_id
    JOIN report_campaigns k ON starts_with(p.org_path, k.scope_path) AND c.completed_on BETWEEN k.starts_on AND k.ends_on
    GROUP BY 1, 2, 3`;
}

/** Employees "with at least 4 hours" in a learning week. */
export const CAMPAIGN_HOURS_THRESHOLD_MINUTES = 240;

/** Rows (campaign_id, org_id, …) of campaign facts per org, times sign. */
export function campaignContribution(facts: RawBuilder<unknown>, sign: 1 | -1): RawBuilder<unknown> {
  const k = sql.lit(sign);
  return sql`
    SELECT f.campaign_id, f.org_id, ${k} * sum(f.completions) AS completions, ${k} * sum(f.learning_minutes) AS learning_minutes,
      ${k} * count(*) FILTER (WHERE f.completions > 0) AS people_completed,
      ${k} * count(*) FILTER (WHERE f.learning_minutes >= ${sql.lit(CAMPAIGN_HOURS_THRESHOLD_MINUTES)}) AS people_four_hours
    FROM ${facts} f GROUP BY 1, 2`;
}

/** The ids of an org and its ancestors, from its materialised path ('/a/b/c/'). */
export const ancestorsOf = (path: RawBuilder<unknown>) => sql`unnest(string_to_array(trim(both '/' from ${path}), '/')::uuid[])`;
