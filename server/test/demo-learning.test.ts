import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { seedDemoCourses } from '../src/demo/courses.seed';
import { DEMO_PASSWORD } from '../src/demo';
import { seedDemoLearning } from '../src/demo/learning.seed';
import { DEMO_LEARNERS } from '../src/demo/learners.seed';
import { enrolLearner } from '../src/modules/learning/enrolment.service';

/* The demo learning activity seeded at start outside tests (here seeded by hand, as a test does not seed courses). */

let t: TestApp;
let seedMs = 0;

const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(t.ctx.db)).rows;
const signIn = (email: string): Promise<TestClient> => t.client().signIn(email, DEMO_PASSWORD);

beforeAll(async () => {
  t = await startTestApp({ work: false });
  await seedDemoCourses(t.ctx);
  // As the programmes seed does at start: Ramesh is enrolled in the district officers' course before any learning.
  const ramesh = await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'ramesh.yadav@up.gov.in').executeTakeFirstOrThrow();
  const dm = await t.ctx.db.selectFrom('courses').select('id').where('code', '=', 'DM-DISTRICT').executeTakeFirstOrThrow();
  await t.ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId: ramesh.id, courseId: dm.id, source: 'self', dueAt: null, now: t.ctx.clock.now() }));
  const started = Date.now();
  await seedDemoLearning(t.ctx, DEMO_PASSWORD);
  seedMs = Date.now() - started;
}, 300_000); // the demo courses and learners on a fresh database
afterAll(async () => {
  await t?.close();
});

describe('demo learning activity', () => {
  it('gives the demo learner Ramesh Yadav a lively My Learning: assigned with due dates, in progress with resume points, completed', async () => {
    const ramesh = await signIn('ramesh.yadav@up.gov.in');
    const my = (await ramesh.get('/api/me/learning')).body;
    expect(my.inProgress.length).toBeGreaterThanOrEqual(4);
    expect(my.completed.length).toBeGreaterThanOrEqual(3);
    expect(my.totals.learningHours).toBeGreaterThan(0);
    expect(my.assigned.some((a: { overdue: boolean }) => a.overdue)).toBe(true);
    expect(my.assigned.some((a: { overdue: boolean; status: string }) => !a.overdue && a.status === 'in_progress')).toBe(true);
    expect(my.assigned.every((a: { dueAt: string | null }) => a.dueAt !== null)).toBe(true);
    const percents = my.inProgress.map((c: { progressPercent: number }) => c.progressPercent);
    expect(percents).toContain(0);
    expect(percents.some((p: number) => p > 0 && p < 100)).toBe(true);
    expect(my.inProgress.some((c: { resume: { positionSeconds: number } | null }) => (c.resume?.positionSeconds ?? 0) > 0)).toBe(true);
    for (const c of my.completed) expect(c).toMatchObject({ status: 'completed', resume: null });
    // The course page says exactly what is left in a half-done course.
    const half = my.inProgress.find((c: { progressPercent: number }) => c.progressPercent > 0);
    const page = (await ramesh.get(`/api/me/learning/${half.courseId}`)).body;
    expect(page.completion.missing.length).toBeGreaterThan(0);
    expect(page.resume).toEqual(half.resume);
  });

  it('still gives a learner their learning in a course another seed enrolled them in (a programme), once', async () => {
    const [dm] = await rows(sql<{ time: number; lessons: number }>`SELECT e.time_spent_seconds::int AS time,
        (SELECT count(*)::int FROM lesson_progress p WHERE p.user_id = e.user_id AND p.course_id = e.course_id) AS lessons
      FROM enrolments e JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id
      WHERE u.email = 'ramesh.yadav@up.gov.in' AND c.code = 'DM-DISTRICT'`);
    expect(dm?.time).toBeGreaterThan(0);
    expect(dm?.lessons).toBeGreaterThan(0);
  });

  it('leaves one assessment attempt open with saved answers, which resumes rather than starting anew', async () => {
    const open = await rows(sql<{ user_id: string; course_id: string; lesson_key: string; id: string; n: number }>`
      SELECT a.user_id, a.course_id, a.lesson_key, a.id, (SELECT count(*)::int FROM jsonb_object_keys(a.answers)) AS n
      FROM assessment_attempts a JOIN users u ON u.id = a.user_id WHERE a.status = 'in_progress' AND u.email = 'ramesh.yadav@up.gov.in'`);
    expect(open).toHaveLength(1);
    const attempt = open[0];
    if (!attempt) throw new Error('no open attempt');
    expect(attempt.n).toBe(2);
    const ramesh = await signIn('ramesh.yadav@up.gov.in');
    const resumed = await ramesh.post(`/api/courses/${attempt.course_id}/assessments/${attempt.lesson_key}/attempts`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.id).toBe(attempt.id);
    expect(Object.keys(resumed.body.answers)).toHaveLength(2);
  });

  it('went through the services: counters, completion events, credited hours and ratings all agree with the enrolments', async () => {
    const [counts] = await rows(sql<{ learners: number; enrolments: number; completed: number; events: number; ratings: number }>`
      SELECT (SELECT count(DISTINCT user_id)::int FROM enrolments) AS learners,
             (SELECT count(*)::int FROM enrolments) AS enrolments,
             (SELECT count(*)::int FROM enrolments WHERE status = 'completed') AS completed,
             (SELECT count(*)::int FROM outbox WHERE topic = 'course.completed') AS events,
             (SELECT count(*)::int FROM course_ratings) AS ratings`);
    expect(counts?.learners).toBe(3 + DEMO_LEARNERS.length);
    expect(counts?.events).toBe(counts?.completed);
    expect(counts?.ratings).toBeGreaterThan(10);
    const mismatched = await rows(sql<{ code: string }>`
      SELECT c.code FROM courses c
      WHERE c.enrolment_count <> (SELECT count(*) FROM enrolments e WHERE e.course_id = c.id)
         OR c.completion_count <> (SELECT count(*) FROM enrolments e WHERE e.course_id = c.id AND e.status = 'completed')
         OR c.rating_count <> (SELECT count(*) FROM course_ratings r WHERE r.course_id = c.id)
         OR c.rating_sum <> (SELECT coalesce(sum(stars), 0) FROM course_ratings r WHERE r.course_id = c.id)`);
    expect(mismatched).toEqual([]);
    const uncredited = await rows(sql<{ n: number }>`SELECT count(*)::int AS n FROM enrolments e JOIN courses c ON c.id = e.course_id
      JOIN course_versions v ON v.id = c.published_version_id
      WHERE e.status = 'completed' AND (e.learning_minutes_credited <> v.duration_minutes OR e.completed_at IS NULL OR e.completed_at > now())`);
    expect(uncredited[0]?.n).toBe(0);
    const states = await rows(sql<{ state: string }>`SELECT DISTINCT CASE WHEN status = 'completed' THEN 'completed'
      WHEN progress_percent = 0 THEN 'not_started' ELSE 'in_progress' END AS state FROM enrolments`);
    expect(states.map((s) => s.state).sort()).toEqual(['completed', 'in_progress', 'not_started']);
  });

  it('is idempotent on restart', async () => {
    const before = await rows(sql<{ e: number; o: number; a: number; r: number }>`SELECT (SELECT count(*)::int FROM enrolments) AS e,
      (SELECT count(*)::int FROM outbox) AS o, (SELECT count(*)::int FROM assessment_attempts) AS a, (SELECT count(*)::int FROM course_ratings) AS r`);
    const started = Date.now();
    await seedDemoLearning(t.ctx, DEMO_PASSWORD);
    const again = Date.now() - started;
    const after = await rows(sql<{ e: number; o: number; a: number; r: number }>`SELECT (SELECT count(*)::int FROM enrolments) AS e,
      (SELECT count(*)::int FROM outbox) AS o, (SELECT count(*)::int FROM assessment_attempts) AS a, (SELECT count(*)::int FROM course_ratings) AS r`);
    expect(after).toEqual(before);
    console.info(`demo learning seed: ${seedMs} ms first run, ${again} ms on restart`);
  });
});
