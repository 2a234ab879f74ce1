import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { seedDemoCourses, keyFromSlug } from '../src/demo/courses.seed';
import { DEMO_COURSES } from '../src/demo/courses';
import { makeUser, TEST_PASSWORD } from './factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ work: false });
  await seedDemoCourses(t.ctx);
});
afterAll(async () => {
  await t?.close();
});

describe('demo courses', () => {
  it('publishes all demo courses once, with files and question banks', async () => {
    await seedDemoCourses(t.ctx);
    const courses = await t.ctx.db.selectFrom('courses').select(['code', 'published_version_id']).execute();
    expect(courses).toHaveLength(DEMO_COURSES.length);
    expect(courses.every((c) => c.published_version_id)).toBe(true);
    const questions = await t.ctx.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const expected = DEMO_COURSES.flatMap((c) => c.modules.flatMap((m) => m.lessons.flatMap((l) => l.questions ?? []))).length;
    expect(Number(questions.n)).toBe(expected);
  });

  it('finds the disaster-management course by a Hindi query and serves its PDF handouts', async () => {
    const c = t.client('hi');
    const found = await c.get(`/api/catalog?q=${encodeURIComponent('आपदा प्रबंधन')}`);
    expect(found.status).toBe(200);
    const dm = found.body.items.find((i: { code?: string; texts?: { hi?: { title: string } } }) => JSON.stringify(i).includes('आपदा प्रबंधन'));
    expect(dm).toBeDefined();
    const pdfLesson = await t.ctx.db.selectFrom('lessons').select('content').where('type', '=', 'pdf').executeTakeFirstOrThrow();
    const content = pdfLesson.content as { hi?: { fileId?: string; pages?: number } };
    expect(content.hi?.pages).toBeGreaterThan(0);
    const learner = await makeUser(t.ctx);
    const signed = await t.client().signIn(learner.email, TEST_PASSWORD);
    const file = await signed.request('GET', `/api/files/${content.hi?.fileId}`, undefined, { headers: { range: 'bytes=0-3' } });
    expect(file.status).toBe(206);
    expect(file.raw.body).toBe('%PDF');
  });

  it('lets a learner start a demo final assessment drawn from the bank', async () => {
    const course = DEMO_COURSES.find((c) => c.modules.some((m) => m.lessons.some((l) => l.type === 'final_assessment')));
    const lesson = course?.modules.flatMap((m) => m.lessons).find((l) => l.type === 'final_assessment');
    const row = await t.ctx.db.selectFrom('courses').select('id').where('code', '=', course?.code ?? '').executeTakeFirstOrThrow();
    const learner = await makeUser(t.ctx);
    const c = await t.client().signIn(learner.email, TEST_PASSWORD);
    const attempt = await c.post(`/api/courses/${row.id}/assessments/${keyFromSlug(lesson?.key ?? '')}/attempts`);
    expect(attempt.status).toBe(201);
    expect(attempt.body.questions).toHaveLength(lesson?.settings?.drawCount ?? 0);
    expect(JSON.stringify(attempt.body)).not.toContain('"correct"');
  });
});

describe('lesson content for learners', () => {
  it('is given to enrolled learners only, with file URLs, and never for assessments', async () => {
    const course = DEMO_COURSES.find((c) => c.code === 'RTI-2005');
    const lessons = course?.modules.flatMap((m) => m.lessons) ?? [];
    const pdf = lessons.find((l) => l.type === 'pdf');
    const quiz = lessons.find((l) => l.type === 'quiz');
    const row = await t.ctx.db.selectFrom('courses').select('id').where('code', '=', 'RTI-2005').executeTakeFirstOrThrow();
    const learner = await makeUser(t.ctx);
    const c = await t.client().signIn(learner.email, TEST_PASSWORD);
    const url = (key: string) => `/api/courses/${row.id}/lessons/${keyFromSlug(key)}`;
    expect((await c.get(url(pdf?.key ?? ''))).body.error.code).toBe('NOT_ENROLLED');
    expect((await c.post(`/api/courses/${row.id}/enrol`)).status).toBe(201);
    const got = await c.get(url(pdf?.key ?? ''));
    expect(got.status).toBe(200);
    expect(got.body.content.hi.fileUrl).toMatch(/^\/api\/files\//);
    expect(got.body.content.hi.pages).toBeGreaterThan(0);
    const q = await c.get(url(quiz?.key ?? ''));
    expect(q.body.content).toEqual({});
    expect((await c.get(url('no-such-lesson'))).status).toBe(404);
  });
});
