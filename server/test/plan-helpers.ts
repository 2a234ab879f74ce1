import { sql } from 'kysely';
import type { TestApp, TestClient } from './harness';
import { eventually, spendCourseTime } from './harness';
import { makeUser, TEST_PASSWORD, type MadeUser } from './factories';
import type { MadeCourse } from './course-factories';
import type { Role } from '../src/db/column-types';
import { insertProgramme, replaceCourses } from '../src/modules/programmes/programmes.repo';
import { searchTextOf } from '../src/modules/programmes/programmes.rules';

/* Helpers for the training-plan tests: a clock set to dates, signed-in people, completions, and a drained queue. */

/** Moves the test clock to a moment (forwards or backwards). */
export function setClock(t: TestApp, iso: string): void {
  t.clock.advance(Date.parse(iso) - t.clock.now().getTime());
}

/**
 * Signs a made user in at the test clock's time. The session cookie's expiry is on the test clock too, which the
 * client's jar compares with real time, so the cookie is kept by hand. Sign in again after moving the clock far.
 */
export async function signIn(t: TestApp, u: Pick<MadeUser, 'email'>, lang: 'en' | 'hi' = 'en'): Promise<TestClient> {
  const c = t.client(lang);
  const res = await c.post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  for (const cookie of res.raw.cookies) if (cookie.value) c.cookies.set(cookie.name, cookie.value);
  return c;
}

/** A signed-in person. */
export async function person(t: TestApp, opts: Parameters<typeof makeUser>[1] = {}): Promise<MadeUser & { c: TestClient }> {
  const u = await makeUser(t.ctx, opts);
  return { ...u, c: await signIn(t, u, opts.language ?? 'en') };
}

/** An admin with a role over an org. */
export async function admin(t: TestApp, org: string, role: Role = 'mdo_admin', language: 'en' | 'hi' = 'en') {
  return person(t, { org, roles: [{ role, org }], language, designation: undefined });
}

/** Completes a one-lesson HTML course (makePublishedCourse with `[{ type: 'html' }]`) through the progress API. */
export async function complete(c: TestClient, course: MadeCourse): Promise<void> {
  const enrol = await c.post(`/api/courses/${course.courseId}/enrol`);
  if (enrol.status !== 200 && enrol.status !== 201) throw new Error(`enrol failed: ${enrol.status} ${JSON.stringify(enrol.body)}`);
  const seconds = spendCourseTime(c, course.durationMinutes, course.lessons.length);
  const res = await c.post(`/api/courses/${course.courseId}/progress`, {
    updates: course.lessons.map((l) => ({ lessonKey: l.key, timeSpentSeconds: seconds, language: 'en', html: { scrolledToEnd: true } })),
  });
  if (res.status !== 200 || res.body.completion.status !== 'completed') throw new Error(`not completed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** A published programme of the given courses (all required), straight into the tables. */
export async function makeProgramme(t: TestApp, courses: MadeCourse[], code: string): Promise<string> {
  const provider = await t.ctx.db.selectFrom('orgs').select('id').where('code', '=', 'UP').executeTakeFirstOrThrow();
  const texts = { en: { title: `Programme ${code}`, summary: 's', description: 'd' }, hi: { title: `कार्यक्रम ${code}`, summary: 's', description: 'd' } };
  return t.ctx.db.transaction().execute(async (trx) => {
    const id = await insertProgramme(trx, { code, provider_org_id: provider.id, status: 'published', texts: JSON.stringify(texts), search_text: searchTextOf(code, texts), published_at: t.ctx.clock.now() });
    if (!id) throw new Error('programme not created');
    await replaceCourses(trx, id, courses.map((c) => ({ courseId: c.courseId, required: true })));
    return id;
  });
}

/** Waits until every outbox event is relayed and no job of ours is waiting or running. */
export async function drain(t: TestApp, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => {
    const { rows } = await sql<{ o: number; j: number }>`
      SELECT (SELECT count(*)::int FROM outbox WHERE dispatched_at IS NULL) AS o,
             (SELECT count(*)::int FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND (name LIKE 'plans.%' OR name = 'hrms.fan-out' OR name LIKE 'programmes.%')) AS j`.execute(t.ctx.db);
    return rows[0]?.o === 0 && rows[0]?.j === 0;
  }, timeoutMs);
}

/** A person's assignment and cycles in a plan, straight from the tables. */
export async function recordsOf(t: TestApp, userId: string, planId: string) {
  const assignment = await t.ctx.db.selectFrom('plan_assignments').selectAll().where('user_id', '=', userId).where('plan_id', '=', planId).executeTakeFirst();
  const cycles = await t.ctx.db.selectFrom('plan_cycles').selectAll().where('user_id', '=', userId).where('plan_id', '=', planId).orderBy('cycle_no').execute();
  return { assignment, cycles };
}

/** Messages of a template sent to a person. */
export async function messagesTo(t: TestApp, userId: string, template: string) {
  return t.ctx.db.selectFrom('messages').select(['channel', 'subject', 'body', 'language']).where('user_id', '=', userId).where('template', '=', template).execute();
}

/** A minimal valid plan input; override any part. */
export function planInput(ownerOrgId: string, requirements: unknown[], extra: Record<string, unknown> = {}) {
  return {
    ownerOrgId,
    name: { en: 'Test plan', hi: 'परीक्षण योजना' },
    audience: { mode: 'all' },
    deadline: { kind: 'after_assignment', days: 30 },
    requirements,
    ...extra,
  };
}
