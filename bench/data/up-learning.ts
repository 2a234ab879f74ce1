/**
 * Learning on top of the Uttar Pradesh scale dataset (`up-users.ts`): a catalogue of published courses and about
 * 4.6 enrolments per employee (1 crore for 22 lakh) of which 70 % are completed (70 lakh), with realistic skew — a few
 * courses take most enrolments, most people have a handful and some dozens, activity leans to recent months. All
 * set-wise (`INSERT … SELECT` over `generate_series`), chunked by employee number; deterministic (hashes, no random()).
 * Then the reports' rollups are built with the module's first-build path (the drain's definitions, in big chunks).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../server/src/db/database';
import { buildEmptyRollups } from '../../server/src/modules/reports/bulk-build';

export interface UpLearningResult {
  courses: number;
  enrolments: number;
  completions: number;
  timings: Record<string, number>;
}

const DURATIONS = [15, 20, 25, 30, 30, 40, 45, 45, 60, 60, 60, 75, 90, 120];

/** A deterministic fraction in [0, 1) from an integer expression and a salt (multiplicative hashing, modulo a prime). */
const frac = (x: string, salt: number) => `((((${x})::bigint * 2654435761 + ${salt}::bigint * 40503) % 1000003) / 1000003.0)`;

/** Published courses BENCH-C-001… with durations from 15 to 120 minutes; provider: the UP state node. */
export async function generateUpCourses(db: Kysely<DB>, count: number): Promise<number> {
  const provider = await db.selectFrom('orgs').select('id').where('code', '=', 'UP').executeTakeFirstOrThrow();
  await sql`
    WITH src AS MATERIALIZED (
      SELECT 'BENCH-C-' || lpad(g::text, 3, '0') AS code, 'Course ' || g AS en, 'पाठ्यक्रम ' || g AS hi,
        (${DURATIONS}::int[])[1 + (g * 7) % ${DURATIONS.length}] AS minutes,
        gen_random_uuid() AS course_id, gen_random_uuid() AS version_id, gen_random_uuid() AS module_id
      FROM generate_series(1, ${count}) g
      WHERE NOT EXISTS (SELECT 1 FROM courses c WHERE c.code = 'BENCH-C-' || lpad(g::text, 3, '0'))
    ),
    c AS (INSERT INTO courses (id, provider_org_id, code, published_version_id, published_at)
          SELECT course_id, ${provider.id}::uuid, code, version_id, now() - interval '3 years' FROM src RETURNING id),
    v AS (INSERT INTO course_versions (id, course_id, version_no, state, texts, languages, duration_minutes, search_text, published_at)
          SELECT version_id, course_id, 1, 'published',
            jsonb_build_object('en', jsonb_build_object('title', en, 'summary', en, 'description', ''), 'hi', jsonb_build_object('title', hi, 'summary', hi, 'description', '')),
            ARRAY['en', 'hi'], minutes, en || ' ' || hi, now() - interval '3 years' FROM src RETURNING id),
    m AS (INSERT INTO course_modules (id, version_id, position, titles) SELECT module_id, version_id, 1, '{"en": "Module 1", "hi": "मॉड्यूल 1"}' FROM src RETURNING id)
    INSERT INTO lessons (version_id, module_id, position, type, titles, content)
    SELECT version_id, module_id, 1, 'html', '{"en": "Lesson 1", "hi": "पाठ 1"}', '{"en": {"html": "<p>Bench</p>"}, "hi": {"html": "<p>Bench</p>"}}' FROM src`.execute(db);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM courses WHERE code LIKE 'BENCH-C-%'`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Enrolments for every generated employee (UPB-n): n_enrol ~ exponential (mean ≈ 4.6, at most 40) over courses picked
 * from a skewed start with a fixed stride (distinct per person); 70 % completed within 20 days of enrolling, credited
 * with the course's duration; dates within the person's service and the last two years, leaning recent.
 */
export async function generateUpLearning(db: Kysely<DB>, opts: { chunk?: number; courses?: number; log?: (line: string) => void } = {}): Promise<UpLearningResult> {
  const log = opts.log ?? (() => undefined);
  const chunk = opts.chunk ?? 200_000;
  const timings: Record<string, number> = {};
  let t = Date.now();
  const courses = await generateUpCourses(db, opts.courses ?? 300);
  timings.courses = Date.now() - t;
  log(`courses: ${courses} in ${timings.courses} ms`);

  await sql`DROP TABLE IF EXISTS bench_people`.execute(db);
  await sql`CREATE UNLOGGED TABLE bench_people AS SELECT substring(employee_id from 5)::int AS g, id AS user_id,
    least(730, greatest(1, (now()::date - (created_at AT TIME ZONE 'Asia/Kolkata')::date))) AS age_days
    FROM users WHERE employee_id LIKE 'UPB-%'`.execute(db);
  await sql`CREATE UNIQUE INDEX ON bench_people (g)`.execute(db);
  await sql`DROP TABLE IF EXISTS bench_courses`.execute(db);
  await sql`CREATE UNLOGGED TABLE bench_courses AS SELECT (row_number() OVER (ORDER BY c.code) - 1)::int AS k, c.id AS course_id, v.id AS version_id, v.duration_minutes AS minutes
    FROM courses c JOIN course_versions v ON v.id = c.published_version_id WHERE c.code LIKE 'BENCH-C-%'`.execute(db);
  await sql`CREATE UNIQUE INDEX ON bench_courses (k)`.execute(db);
  const { rows: range } = await sql<{ lo: number; hi: number }>`SELECT min(g) AS lo, max(g) AS hi FROM bench_people`.execute(db);
  const lo = range[0]?.lo ?? 1;
  const hi = range[0]?.hi ?? 0;

  t = Date.now();
  for (let a = lo; a <= hi; a += chunk) {
    const b = Math.min(hi, a + chunk - 1);
    const c = Date.now();
    // A bulk load of generated rows: the foreign-key triggers are skipped for this transaction (superuser; bench only).
    await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql.raw(`
        INSERT INTO enrolments (user_id, course_id, source, enrolled_at, status, progress_percent, completed_at, completed_version_id,
          completed_language, last_activity_at, learning_minutes_credited)
        SELECT p.user_id, bc.course_id, CASE WHEN ${frac('p.g * 41 + n', 5)} < 0.3 THEN 'assignment' ELSE 'self' END,
          e.enrolled_at, CASE WHEN e.done THEN 'completed' ELSE 'in_progress' END,
          CASE WHEN e.done THEN 100 ELSE floor(${frac('p.g * 43 + n', 6)} * 90)::int END,
          CASE WHEN e.done THEN e.completed_at END, CASE WHEN e.done THEN bc.version_id END, CASE WHEN e.done THEN 'hi' END,
          coalesce(CASE WHEN e.done THEN e.completed_at END, e.enrolled_at), CASE WHEN e.done THEN bc.minutes ELSE 0 END
        FROM bench_people p
        CROSS JOIN LATERAL generate_series(1, least(40, floor(-ln(1 - ${frac('p.g', 1)} * 0.999999) * 5.05)::int)) AS n
        JOIN bench_courses bc ON bc.k = (floor(${courses} * power(${frac('p.g', 2)}, 2.5))::int + (n - 1) * 7) % ${courses}
        CROSS JOIN LATERAL (
          SELECT now() - floor(p.age_days * power(${frac('p.g * 37 + n', 3)}, 1.6)) * interval '1 day' AS enrolled_at,
                 ${frac('p.g * 31 + n', 4)} < 0.70 AS done
        ) e0
        CROSS JOIN LATERAL (
          SELECT e0.enrolled_at, e0.done, least(now(), e0.enrolled_at + floor(${frac('p.g * 29 + n', 7)} * 20) * interval '1 day') AS completed_at
        ) e
        WHERE p.g BETWEEN ${a} AND ${b}
        ON CONFLICT DO NOTHING`).execute(trx);
    });
    log(`enrolments for employees ${a}…${b}: ${Date.now() - c} ms`);
  }
  timings.enrolments = Date.now() - t;
  t = Date.now();
  await sql`
    UPDATE courses c SET enrolment_count = x.n, completion_count = x.done
    FROM (SELECT e.course_id, count(*)::int AS n, count(*) FILTER (WHERE e.status = 'completed')::int AS done
          FROM enrolments e JOIN bench_courses bc ON bc.course_id = e.course_id GROUP BY e.course_id) x
    WHERE c.id = x.course_id`.execute(db);
  await sql`ANALYZE enrolments`.execute(db);
  await sql`DROP TABLE bench_people`.execute(db);
  await sql`DROP TABLE bench_courses`.execute(db);
  timings.counters = Date.now() - t;
  const { rows } = await sql<{ n: string; done: string }>`SELECT count(*) AS n, count(*) FILTER (WHERE status = 'completed') AS done FROM enrolments`.execute(db);
  return { courses, enrolments: Number(rows[0]?.n ?? 0), completions: Number(rows[0]?.done ?? 0), timings };
}

/**
 * Builds the reports' rollups for everyone with the module's first-build path (`buildEmptyRollups`: the same
 * definitions as the drain and the reconciliation check, without diffing against an empty ledger), in chunks.
 */
export async function buildReportRollups(db: Kysely<DB>, opts: { chunk?: number; log?: (line: string) => void } = {}): Promise<number> {
  const people = await buildEmptyRollups(db, { chunk: opts.chunk ?? 250_000, log: opts.log });
  // The build claims everyone from report_dirty and adds to the rollup rows chunk after chunk: millions of dead rows.
  // Vacuumed here as an operator would after a bulk load (and because autovacuum may be off on a test server).
  for (const table of ['report_dirty', 'report_learners', 'report_learner_courses', 'report_rollup', 'report_course_rollup', 'report_campaign_rollup']) {
    await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(db);
  }
  return people;
}
