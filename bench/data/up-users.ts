/**
 * A reusable Uttar Pradesh scale dataset: district offices of every UP department across the 75 districts
 * (`server/src/demo/data/up-districts.csv`) and N employees (default 22,00,000) spread over them with the
 * designations each department uses (`designations.csv` via `org_designations`), each with a current posting.
 * Everything is set-wise SQL (`INSERT … SELECT generate_series`), in chunks, so 22 lakh users take minutes, not hours.
 *
 * Needs a migrated database with the demo org tree (startRuntime with SEED_DEMO). Used by the training-plan benchmark
 * and meant for the M&E benchmark (add enrolments on top with the same approach).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../server/src/db/database';

const seedData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src/demo/data');

/** The UP departments of the demo tree that get an office in every district. */
export const UP_DEPARTMENTS = ['UP-SW', 'UP-REV', 'UP-HOME', 'UP-MH', 'UP-PR', 'UP-UD', 'UP-RD'] as const;

export interface UpUsersResult {
  users: number;
  offices: number;
  /** Milliseconds per step: offices, users (with postings), index rebuild, analyze. */
  timings: Record<string, number>;
}

const FIRST = ['Ramesh', 'Sunita', 'Anil', 'Priya', 'Vikas', 'Pooja', 'Rajesh', 'Neha', 'Sanjay', 'Kavita', 'Amit', 'Rekha', 'Manoj', 'Anjali', 'Deepak', 'Meera', 'Suresh', 'Geeta', 'Arvind', 'Shalini', 'Rahul', 'Seema', 'Alok', 'Nidhi'];
const FIRST_HI = ['रमेश', 'सुनीता', 'अनिल', 'प्रिया', 'विकास', 'पूजा', 'राजेश', 'नेहा', 'संजय', 'कविता', 'अमित', 'रेखा', 'मनोज', 'अंजलि', 'दीपक', 'मीरा', 'सुरेश', 'गीता', 'अरविंद', 'शालिनी', 'राहुल', 'सीमा', 'आलोक', 'निधि'];
const LAST = ['Yadav', 'Verma', 'Singh', 'Mishra', 'Tripathi', 'Srivastava', 'Gupta', 'Pandey', 'Shukla', 'Maurya', 'Kushwaha', 'Chaudhary', 'Dubey', 'Saxena', 'Khan', 'Ansari', 'Pal', 'Rawat'];
const LAST_HI = ['यादव', 'वर्मा', 'सिंह', 'मिश्रा', 'त्रिपाठी', 'श्रीवास्तव', 'गुप्ता', 'पांडेय', 'शुक्ला', 'मौर्य', 'कुशवाहा', 'चौधरी', 'दुबे', 'सक्सेना', 'ख़ान', 'अंसारी', 'पाल', 'रावत'];
const GROUPS = ['A', 'B', 'C', 'C', 'C', 'D', 'contractual', 'honorarium'];

/** Adds an office per (UP department × district) under the department, set-wise; returns how many offices exist. */
export async function generateUpOffices(db: Kysely<DB>): Promise<number> {
  const districts = parse(fs.readFileSync(path.join(seedData, 'up-districts.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as { district_en: string; district_hi: string }[];
  const slug = (s: string) => s.toUpperCase().replace(/[^A-Z]+/g, '').slice(0, 12);
  await sql`
    WITH d AS (
      SELECT * FROM unnest(${districts.map((d) => d.district_en)}::text[], ${districts.map((d) => d.district_hi)}::text[], ${districts.map((d) => slug(d.district_en))}::text[]) AS t(en, hi, slug)
    ), dept AS (
      SELECT id, path, code, tenant_id, name_en, name_hi FROM orgs WHERE code = ANY(${[...UP_DEPARTMENTS]}::text[])
    ), fresh AS (
      SELECT gen_random_uuid() AS id, dept.id AS parent_id, dept.path, dept.tenant_id, dept.code || '-D-' || d.slug AS code,
        'District office, ' || d.en AS name_en, 'जिला कार्यालय, ' || d.hi AS name_hi
      FROM dept CROSS JOIN d
      WHERE NOT EXISTS (SELECT 1 FROM orgs o WHERE o.code = dept.code || '-D-' || d.slug)
    )
    INSERT INTO orgs (id, parent_id, path, depth, type, code, name_en, name_hi, tenant_id)
    SELECT id, parent_id, path || id || '/', 3, 'office', code, name_en, name_hi, tenant_id FROM fresh`.execute(db);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM orgs WHERE code LIKE 'UP-%-D-%'`.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * Inserts `count` active employees (employee IDs UPB-1…), round-robin over the district offices, each with a
 * designation of their department (or an office-wide one), a group, an account date within the last ten years and a
 * current posting. Chunked by `chunk` users per statement (users and postings in one); secondary indexes are dropped for
 * the load and rebuilt.
 */
export async function generateUpUsers(db: Kysely<DB>, count: number, opts: { chunk?: number; log?: (line: string) => void } = {}): Promise<UpUsersResult> {
  const log = opts.log ?? (() => undefined);
  const chunk = opts.chunk ?? 200_000;
  const timings: Record<string, number> = {};
  let t = Date.now();
  const offices = await generateUpOffices(db);
  timings.offices = Date.now() - t;
  log(`offices: ${offices} in ${timings.offices} ms`);

  // Each office's candidate designations (its department's plus the ones used anywhere), as one lookup table.
  await sql`DROP TABLE IF EXISTS bench_office_posts`.execute(db);
  await sql`
    CREATE UNLOGGED TABLE bench_office_posts AS
    SELECT row_number() OVER (ORDER BY o.code) - 1 AS office_no, o.id AS org_id, o.tenant_id,
      array_agg(DISTINCT od.designation_id) AS designations
    FROM orgs o
    JOIN orgs dept ON dept.id = o.parent_id
    JOIN org_designations od ON od.org_id IN (dept.id, dept.parent_id)
    WHERE o.code LIKE 'UP-%-D-%'
    GROUP BY o.id, o.code, o.tenant_id`.execute(db);
  await sql`CREATE INDEX ON bench_office_posts (office_no)`.execute(db);

  // Secondary (non-unique) indexes of users and postings are dropped for the load and rebuilt after it, from their own
  // definitions: building an index once is much cheaper than maintaining it row by row.
  t = Date.now();
  const { rows: secondary } = await sql<{ name: string; def: string }>`
    SELECT indexname AS name, indexdef AS def FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename IN ('users', 'postings')
      AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`.execute(db);
  for (const ix of secondary) await sql`DROP INDEX IF EXISTS ${sql.id(ix.name)}`.execute(db);
  const { rows: start } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE employee_id LIKE 'UPB-%'`.execute(db);
  const from = (start[0]?.n ?? 0) + 1;
  for (let lo = from; lo <= count; lo += chunk) {
    const hi = Math.min(count, lo + chunk - 1);
    const c = Date.now();
    await db.transaction().execute(async (trx) => {
      // The generated ids are valid by construction: skip the foreign-key triggers for this load (superuser only).
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`
        WITH fresh AS (
          INSERT INTO users (tenant_id, org_id, designation_id, employee_id, full_name, full_name_hi, email, mobile, employee_group,
            status, activation, language, created_at, updated_at)
          SELECT p.tenant_id, p.org_id, p.designations[1 + (g / ${offices}) % array_length(p.designations, 1)],
            'UPB-' || g,
            (${FIRST}::text[])[1 + g % ${FIRST.length}] || ' ' || (${LAST}::text[])[1 + (g / ${FIRST.length}) % ${LAST.length}],
            (${FIRST_HI}::text[])[1 + g % ${FIRST.length}] || ' ' || (${LAST_HI}::text[])[1 + (g / ${FIRST.length}) % ${LAST.length}],
            'upb' || g || '@up.gov.in', '6' || lpad(g::text, 9, '0'),
            (${GROUPS}::text[])[1 + g % ${GROUPS.length}],
            'active', 'import', CASE WHEN g % 3 = 0 THEN 'hi' ELSE 'en' END,
            now() - ((g::bigint * 7919) % 3650) * interval '1 day', now()
          FROM generate_series(${lo}::int, ${hi}::int) AS g
          JOIN bench_office_posts p ON p.office_no = g % ${offices}
          RETURNING id, org_id, designation_id, created_at
        )
        INSERT INTO postings (user_id, org_id, designation_id, from_date, reason)
        SELECT id, org_id, designation_id, (created_at AT TIME ZONE 'Asia/Kolkata')::date, 'import' FROM fresh`.execute(trx);
    });
    log(`users and postings ${lo}…${hi}: ${Date.now() - c} ms`);
  }
  timings.users = Date.now() - t;

  t = Date.now();
  for (const ix of secondary) await sql.raw(ix.def.replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS ')).execute(db);
  timings.indexes = Date.now() - t;
  log(`${secondary.length} secondary indexes rebuilt: ${timings.indexes} ms`);
  t = Date.now();
  await sql`ANALYZE users`.execute(db);
  await sql`ANALYZE postings`.execute(db);
  await sql`ANALYZE orgs`.execute(db);
  await sql`DROP TABLE bench_office_posts`.execute(db);
  timings.analyze = Date.now() - t;
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users WHERE employee_id LIKE 'UPB-%'`.execute(db);
  return { users: rows[0]?.n ?? 0, offices, timings };
}
