import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/database';
import type { AppContext } from '../platform/context';
import { DRAIN_JOB, refreshPeople } from '../modules/reports';
import { assignCourses, completionCounts, prng, remainder, SOCIAL_WELFARE_FIGURES, type DepartmentFigures, type PlanCourse } from './reports-demo.plan';

/*
 * The demo department for the reports: UP Social Welfare (UP-SW) filled up, set-wise, to the figures of its real
 * department report, on top of whatever the other seeds put there (the demo admin and learners and their activity).
 * Idempotent: generated people carry employee IDs SWD-nnnnn and the step is skipped once they exist.
 */

const ORG_CODE = 'UP-SW';
const EMPLOYEE_PREFIX = 'SWD-';
const HISTORY_DAYS = 540;

/** Department modules withdrawn from the catalogue (retired at seeding): they carry part of the department's history. */
const ARCHIVE: [string, string, number][] = [
  ['Scholarship portal (Saksham) for sanctioning officers', 'छात्रवृत्ति पोर्टल (सक्षम): स्वीकृति अधिकारियों के लिए', 30],
  ['National Pension System basics', 'राष्ट्रीय पेंशन प्रणाली की मूल बातें', 25],
  ['Old-age pension: verification steps', 'वृद्धावस्था पेंशन: सत्यापन के चरण', 20],
  ['Mission Karmayogi orientation', 'मिशन कर्मयोगी परिचय', 15],
  ['Public Financial Management System (PFMS)', 'सार्वजनिक वित्तीय प्रबंधन प्रणाली (PFMS)', 45],
  ['Grievance redressal on IGRS (Jansunwai)', 'आईजीआरएस (जनसुनवाई) पर शिकायत निवारण', 35],
  ['Rights of Persons with Disabilities Act, 2016', 'दिव्यांगजन अधिकार अधिनियम, 2016', 40],
  ['Welfare and maintenance of senior citizens', 'वरिष्ठ नागरिकों का कल्याण और भरण-पोषण', 30],
  ['Hostel management for welfare departments', 'कल्याण विभागों के लिए छात्रावास प्रबंधन', 50],
  ['Aadhaar-based direct benefit transfer', 'आधार आधारित प्रत्यक्ष लाभ अंतरण', 21],
  ['Service rules for state employees', 'राज्य कर्मचारियों के लिए सेवा नियम', 60],
  ['Office procedure and file movement', 'कार्यालय प्रक्रिया और फ़ाइल संचलन', 45],
  ['Stress management at work', 'कार्यस्थल पर तनाव प्रबंधन', 20],
  ['Communicating with citizens', 'नागरिकों से संवाद', 25],
  ['Gender budgeting', 'जेंडर बजटिंग', 55],
  ['SC/ST (Prevention of Atrocities) Act', 'अनुसूचित जाति/जनजाति (अत्याचार निवारण) अधिनियम', 60],
  ['Data quality on welfare portals', 'कल्याण पोर्टलों पर डेटा की गुणवत्ता', 15],
  ['Spreadsheets for office work', 'कार्यालय कार्य के लिए स्प्रेडशीट', 90],
  ['Swachhata in government offices', 'सरकारी कार्यालयों में स्वच्छता', 20],
  ['Inspecting welfare institutions', 'कल्याण संस्थाओं का निरीक्षण', 35],
  ['Buying supplies for hostels', 'छात्रावासों के लिए सामग्री की खरीद', 40],
  ['Yoga for desk workers', 'डेस्क पर काम करने वालों के लिए योग', 30],
  ['Right to Public Services (UP) Act', 'जनहित गारंटी अधिनियम (उत्तर प्रदेश)', 50],
  ['Leadership for section heads', 'अनुभाग प्रमुखों के लिए नेतृत्व', 75],
];

const FIRST = ['Ram', 'Sita', 'Mohan', 'Geeta', 'Suresh', 'Anita', 'Rakesh', 'Sunita', 'Vijay', 'Kavita', 'Ashok', 'Neelam', 'Dinesh', 'Rekha', 'Pankaj', 'Poonam', 'Alok', 'Shabnam', 'Imran', 'Nazia'];
const FIRST_HI = ['राम', 'सीता', 'मोहन', 'गीता', 'सुरेश', 'अनीता', 'राकेश', 'सुनीता', 'विजय', 'कविता', 'अशोक', 'नीलम', 'दिनेश', 'रेखा', 'पंकज', 'पूनम', 'आलोक', 'शबनम', 'इमरान', 'नाज़िया'];
const LAST = ['Verma', 'Yadav', 'Gupta', 'Singh', 'Mishra', 'Pandey', 'Maurya', 'Kushwaha', 'Srivastava', 'Tiwari', 'Khan', 'Saroj', 'Rawat', 'Chaurasia', 'Dubey', 'Pal', 'Prajapati'];
const LAST_HI = ['वर्मा', 'यादव', 'गुप्ता', 'सिंह', 'मिश्रा', 'पांडेय', 'मौर्य', 'कुशवाहा', 'श्रीवास्तव', 'तिवारी', 'ख़ान', 'सरोज', 'रावत', 'चौरसिया', 'दुबे', 'पाल', 'प्रजापति'];

/** The department's current figures from the raw tables (the population the reports count). */
export async function departmentFigures(db: Kysely<DB>, path: string): Promise<DepartmentFigures> {
  const { rows } = await sql<DepartmentFigures>`
    WITH p AS (SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id WHERE o.path LIKE ${`${path}%`} AND u.status IN ('active', 'pending_approval')),
    c AS (SELECT e.user_id, count(*) AS n, sum(e.learning_minutes_credited) AS m FROM enrolments e JOIN p ON p.id = e.user_id
          WHERE e.status = 'completed' GROUP BY e.user_id)
    SELECT (SELECT count(*) FROM p)::int AS registered, coalesce(sum(n), 0)::int AS completions, coalesce(sum(m), 0)::int AS "learningMinutes",
      (count(*) FILTER (WHERE n >= 1))::int AS "completedOne", (count(*) FILTER (WHERE n >= 3))::int AS "completedThree" FROM c`.execute(db);
  const r = rows[0];
  if (!r) throw new Error('no figures');
  return r;
}

async function ensureArchiveCourses(ctx: AppContext, providerId: string): Promise<void> {
  const codes = ARCHIVE.map((_, i) => `SW-ARC-${String(i + 1).padStart(2, '0')}`);
  const existing = await ctx.db.selectFrom('courses').select('code').where('code', 'in', codes).execute();
  if (existing.length === codes.length) return;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await sql`
      WITH src AS MATERIALIZED (
        SELECT t.*, gen_random_uuid() AS course_id, gen_random_uuid() AS version_id, gen_random_uuid() AS module_id
        FROM unnest(${codes}::text[], ${ARCHIVE.map((a) => a[0])}::text[], ${ARCHIVE.map((a) => a[1])}::text[], ${ARCHIVE.map((a) => a[2])}::int[])
          AS t (code, en, hi, minutes)
        WHERE t.code NOT IN (SELECT code FROM courses WHERE code IS NOT NULL)
      ),
      c AS (
        INSERT INTO courses (id, provider_org_id, code, published_version_id, published_at, retired_at)
        SELECT course_id, ${providerId}::uuid, code, version_id, ${now}::timestamptz - interval '2 years', ${now}::timestamptz FROM src RETURNING id
      ),
      v AS (
        INSERT INTO course_versions (id, course_id, version_no, state, texts, languages, duration_minutes, search_text, published_at)
        SELECT version_id, course_id, 1, 'retired', jsonb_build_object('en', jsonb_build_object('title', en, 'summary', en, 'description', ''),
                                                                  'hi', jsonb_build_object('title', hi, 'summary', hi, 'description', '')),
               ARRAY['en', 'hi'], minutes, en || ' ' || hi, ${now}::timestamptz - interval '2 years'
        FROM src RETURNING id
      ),
      m AS (
        INSERT INTO course_modules (id, version_id, position, titles)
        SELECT module_id, version_id, 1, '{"en": "Module 1", "hi": "मॉड्यूल 1"}'::jsonb FROM src RETURNING id
      )
      INSERT INTO lessons (version_id, module_id, position, type, titles, content)
      SELECT version_id, module_id, 1, 'html', '{"en": "Lesson 1", "hi": "पाठ 1"}'::jsonb,
             '{"en": {"html": "<p>Withdrawn module.</p>"}, "hi": {"html": "<p>वापस लिया गया मॉड्यूल।</p>"}}'::jsonb FROM src`.execute(trx);
  });
}

/** Courses the demo history may use: the department's archive and every live, unmoderated demo course. */
async function historyCourses(db: Kysely<DB>): Promise<PlanCourse[]> {
  const rows = await db
    .selectFrom('courses as c')
    .innerJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .select(['c.id', 'v.duration_minutes', 'c.code'])
    .where((eb) => eb.or([eb('c.code', 'like', 'SW-ARC-%'), eb.and([eb('c.retired_at', 'is', null), eb('c.moderated', '=', false)])]))
    .orderBy('c.code')
    .execute();
  return rows.filter((r) => r.duration_minutes > 0).map((r) => ({ id: r.id, minutes: r.duration_minutes }));
}

/**
 * Seeds the demo department to the report's figures (or `target`), refreshes its rollups and returns how many people it
 * generated; null when it was seeded before.
 */
export async function seedDemoDepartment(ctx: AppContext, target: DepartmentFigures = { ...SOCIAL_WELFARE_FIGURES }): Promise<number | null> {
  const dept = await ctx.db.selectFrom('orgs').select(['id', 'path', 'tenant_id']).where('code', '=', ORG_CODE).executeTakeFirst();
  if (!dept) return null;
  const done = await ctx.db.selectFrom('users').select('id').where('employee_id', 'like', `${EMPLOYEE_PREFIX}%`).limit(1).executeTakeFirst();
  if (done) return null;
  await ensureArchiveCourses(ctx, dept.id);
  const courses = await historyCourses(ctx.db);
  const rest = remainder(target, await departmentFigures(ctx.db, dept.path));
  const rand = prng(20250930);
  const counts = completionCounts(rest, Math.min(16, courses.length), rand);
  const people = assignCourses(counts, courses, rest.minutes, rand);

  const orgs = await ctx.db.selectFrom('orgs').select(['id', 'code']).where('path', 'like', `${dept.path}%`).orderBy('code').execute();
  const posts = await ctx.db.selectFrom('org_designations').select('designation_id').where('org_id', '=', dept.id).execute();
  const now = ctx.clock.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const DAY = 86_400_000;

  // Per person: org, status, registration day; per course row: completion and enrolment days.
  const person = { org: [] as string[], status: [] as string[], created: [] as string[], designation: [] as (string | null)[] };
  const rows = { idx: [] as number[], course: [] as string[], enrolled: [] as string[], completed: [] as (string | null)[], minutes: [] as number[], progress: [] as number[] };
  people.forEach((p, i) => {
    const created = today - Math.floor((HISTORY_DAYS + 60) * DAY * (0.2 + 0.8 * rand()));
    const pending = p.completed.length === 0 && rand() < 0.01;
    person.org.push(orgs[Math.floor(rand() * orgs.length)]?.id ?? dept.id);
    person.status.push(pending ? 'pending_approval' : 'active');
    person.created.push(day(created));
    person.designation.push(posts.length ? (posts[i % posts.length]?.designation_id ?? null) : null);
    if (pending) return;
    for (const k of p.completed) {
      const completed = created + DAY + Math.floor((today - DAY - created - DAY) * rand());
      const enrolled = Math.max(created, completed - Math.floor(14 * rand()) * DAY);
      rows.idx.push(i + 1);
      rows.course.push(courses[k]?.id ?? '');
      rows.enrolled.push(day(enrolled));
      rows.completed.push(day(completed));
      rows.minutes.push(courses[k]?.minutes ?? 0);
      rows.progress.push(100);
    }
    if (p.inProgress !== null) {
      rows.idx.push(i + 1);
      rows.course.push(courses[p.inProgress]?.id ?? '');
      rows.enrolled.push(day(created + Math.floor((today - created) * rand())));
      rows.completed.push(null);
      rows.minutes.push(0);
      rows.progress.push(5 + Math.floor(85 * rand()));
    }
  });

  await ctx.db.transaction().execute(async (trx) => {
    // People, set-wise: names and identifiers from the row number; IST noon of the registration day.
    await sql`
      INSERT INTO users (tenant_id, org_id, designation_id, employee_id, full_name, full_name_hi, email, mobile, employee_group,
        status, activation, language, created_at, updated_at)
      SELECT ${dept.tenant_id ?? dept.id}::uuid, t.org_id, t.designation_id, ${EMPLOYEE_PREFIX} || lpad(t.i::text, 5, '0'),
        (${FIRST}::text[])[1 + t.i % ${FIRST.length}] || ' ' || (${LAST}::text[])[1 + (t.i / ${FIRST.length}) % ${LAST.length}],
        (${FIRST_HI}::text[])[1 + t.i % ${FIRST.length}] || ' ' || (${LAST_HI}::text[])[1 + (t.i / ${FIRST.length}) % ${LAST.length}],
        'sw.staff' || lpad(t.i::text, 5, '0') || '@up.gov.in', '70001' || lpad(t.i::text, 5, '0'),
        CASE WHEN t.i % 10 = 0 THEN 'B' ELSE 'C' END, t.status, CASE WHEN t.status = 'active' THEN 'import' END,
        CASE WHEN t.i % 3 = 0 THEN 'en' ELSE 'hi' END, (t.created::date + time '06:30') AT TIME ZONE 'UTC', (t.created::date + time '06:30') AT TIME ZONE 'UTC'
      FROM unnest(${person.org}::uuid[], ${person.status}::text[], ${person.created}::text[], ${person.designation}::uuid[])
        WITH ORDINALITY AS t (org_id, status, created, designation_id, i)`.execute(trx);
    await sql`
      INSERT INTO postings (user_id, org_id, designation_id, from_date, reason)
      SELECT id, org_id, designation_id, (created_at AT TIME ZONE 'Asia/Kolkata')::date, 'import' FROM users WHERE employee_id LIKE ${`${EMPLOYEE_PREFIX}%`}`.execute(trx);
    await sql`
      INSERT INTO enrolments (user_id, course_id, source, enrolled_at, status, progress_percent, completed_at, completed_version_id,
        completed_language, last_activity_at, learning_minutes_credited)
      SELECT u.id, t.course_id, 'self', (t.enrolled::date + time '05:00') AT TIME ZONE 'UTC',
        CASE WHEN t.completed IS NULL THEN 'in_progress' ELSE 'completed' END, t.progress,
        (t.completed::date + time '09:00') AT TIME ZONE 'UTC', CASE WHEN t.completed IS NOT NULL THEN c.published_version_id END,
        CASE WHEN t.completed IS NOT NULL THEN u.language END,
        (coalesce(t.completed, t.enrolled)::date + time '09:00') AT TIME ZONE 'UTC', t.minutes
      FROM unnest(${rows.idx}::int[], ${rows.course}::uuid[], ${rows.enrolled}::text[], ${rows.completed}::text[], ${rows.minutes}::int[], ${rows.progress}::int[])
        AS t (i, course_id, enrolled, completed, minutes, progress)
      JOIN users u ON u.employee_id = ${EMPLOYEE_PREFIX} || lpad(t.i::text, 5, '0')
      JOIN courses c ON c.id = t.course_id`.execute(trx);
    await sql`
      UPDATE courses c SET enrolment_count = c.enrolment_count + x.enrolled, completion_count = c.completion_count + x.completed
      FROM (SELECT course_id, count(*)::int AS enrolled, count(*) FILTER (WHERE t.completed IS NOT NULL)::int AS completed
            FROM unnest(${rows.course}::uuid[], ${rows.completed}::text[]) AS t (course_id, completed) GROUP BY course_id) x
      WHERE c.id = x.course_id`.execute(trx);
  });
  const everyone = await ctx.db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select('u.id')
    .where('o.path', 'like', `${dept.path}%`)
    .execute();
  await refreshPeople(ctx.db, everyone.map((u) => u.id), ctx.clock.now());
  return people.length;
}

/** Queues for the reports everyone not yet in them (the seeds insert people without events). */
export async function queueUnreportedPeople(db: Kysely<DB>): Promise<void> {
  await sql`INSERT INTO report_dirty (user_id)
    SELECT u.id FROM users u WHERE NOT EXISTS (SELECT 1 FROM report_learners l WHERE l.user_id = u.id)
    ON CONFLICT (user_id) DO NOTHING`.execute(db);
}

/** The reports' part of the demo: the Social Welfare department's history, then everyone else queued for the rollups. */
export async function seedDemoReports(ctx: AppContext): Promise<void> {
  const started = Date.now();
  const generated = await seedDemoDepartment(ctx);
  await queueUnreportedPeople(ctx.db);
  await ctx.jobs.send(DRAIN_JOB, {});
  if (generated !== null) ctx.log.info({ people: generated, ms: Date.now() - started }, 'seeded the demo department for the reports');
}
