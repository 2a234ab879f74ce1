import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { enrolInProgramme } from '../src/modules/programmes/enrolment.service';
import { programmeCourseCompletedJob } from '../src/modules/programmes/programmes.jobs';
import type { CourseCompletedEvent } from '../src/modules/learning/completion.service';

let t: TestApp;
let creator: TestClient;
let publisher: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  const c = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] });
  const p = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_publisher', org: 'UP-REV' }] });
  creator = await t.client().signIn(c.email, TEST_PASSWORD);
  publisher = await t.client().signIn(p.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

let seq = 0;
const code = () => `test-programme-${Date.now().toString(36)}-${++seq}`;
const texts = {
  en: { title: 'District readiness programme', summary: 'Four courses for district officers.', description: 'Floods, RTI and procurement.' },
  hi: { title: 'ज़िला तैयारी कार्यक्रम', summary: 'ज़िला अधिकारियों के लिए चार पाठ्यक्रम।', description: 'बाढ़, आरटीआई और ख़रीद।' },
};

async function learner(opts: { org?: string; language?: 'en' | 'hi' } = {}): Promise<{ id: string; c: TestClient }> {
  const user = await makeUser(t.ctx, { org: opts.org, language: opts.language });
  return { id: user.id, c: await t.client(opts.language ?? 'en').signIn(user.email, TEST_PASSWORD) };
}

/** A published course of `lessons` html lessons (each counts for half of a two-lesson course). */
function course(durationMinutes: number, lessons = 1, titleEn?: string): Promise<MadeCourse> {
  return makePublishedCourse(t.ctx, { durationMinutes, titleEn, lessons: Array.from({ length: lessons }, () => ({ type: 'html' as const })) });
}

/** Creates a draft (creator) and publishes it (publisher); returns the published authoring document. */
async function published(courses: { courseId: string; required?: boolean }[], extra: Record<string, unknown> = {}) {
  const draft = await creator.post('/api/authoring/programmes', { code: code(), providerOrgId: await orgId(t.ctx, 'UP-REV'), texts, courses, ...extra });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const res = await publisher.post(`/api/authoring/programmes/${draft.body.id}/publish`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: string; code: string; statedDurationMinutes: number };
}

/**
 * Reads one html lesson of a course to its end (enrolled or not, the learner must be enrolled in the course), taking
 * 40 minutes of the server's clock: the pace rule credits at most the time elapsed, and a course's nominal hours need
 * half of them spent. The authoring sessions are touched so that the learner's hours do not idle them out.
 */
async function readLesson(c: TestClient, made: MadeCourse, index: number, language: 'en' | 'hi' = 'en') {
  t.clock.advance(2400_000);
  await Promise.all([creator.get('/api/me'), publisher.get('/api/me')]);
  const res = await c.post(`/api/courses/${made.courseId}/progress`, {
    updates: [{ lessonKey: made.lessons[index]?.key, timeSpentSeconds: 2400, language, html: { scrolledToEnd: true } }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function completeCourse(c: TestClient, made: MadeCourse, language: 'en' | 'hi' = 'en') {
  for (let i = 0; i < made.lessons.length; i++) await readLesson(c, made, i, language);
}

async function programmeEvents(userId: string, programmeId: string) {
  const rows = await sql<{ payload: Record<string, unknown> }>`SELECT payload FROM outbox WHERE topic = 'programme.completed'
    AND payload->>'userId' = ${userId} AND payload->>'programmeId' = ${programmeId}`.execute(t.ctx.db);
  return rows.rows.map((r) => r.payload);
}

/** Waits until the worker has run the programmes job for every course.completed event of this learner. */
async function jobsSettled(userId: string, courses: number) {
  await eventually(async () => {
    const { rows } = await t.ctx.database.execute(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'programmes.course-completed' AND data->>'userId' = $1 AND state = 'completed'",
      [userId],
    );
    return Number(rows[0]?.n) >= courses;
  });
}

const meta = { retryCount: 0, retryLimit: 5 };
async function replayPayload(userId: string, courseId: string): Promise<CourseCompletedEvent> {
  const row = await sql<{ payload: CourseCompletedEvent }>`SELECT payload FROM outbox WHERE topic = 'course.completed'
    AND payload->>'userId' = ${userId} AND payload->>'courseId' = ${courseId}`.execute(t.ctx.db);
  const payload = row.rows[0]?.payload;
  if (!payload) throw new Error('no course.completed event');
  return payload;
}

describe('authoring', () => {
  it('a creator drafts, a publisher publishes; both steps are audited and publication writes an event', async () => {
    const [a, b] = [await course(60), await course(30)];
    const draft = await creator.post('/api/authoring/programmes', {
      code: code(),
      providerOrgId: await orgId(t.ctx, 'UP-REV'),
      texts,
      courses: [{ courseId: a.courseId }, { courseId: b.courseId, required: false }],
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', durationMinutes: null, statedDurationMinutes: 60, permissions: { edit: true, publish: false } });
    expect(draft.body.courses.map((c: { courseId: string; required: boolean }) => [c.courseId, c.required])).toEqual([[a.courseId, true], [b.courseId, false]]);

    const reordered = await creator.patch(`/api/authoring/programmes/${draft.body.id}`, {
      courses: [{ courseId: b.courseId }, { courseId: a.courseId }],
      durationMinutes: 420,
      texts: { hi: { summary: 'नया सारांश' } },
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body).toMatchObject({ durationMinutes: 420, statedDurationMinutes: 420, texts: { hi: { title: texts.hi.title, summary: 'नया सारांश' } } });
    expect(reordered.body.courses.map((c: { courseId: string }) => c.courseId)).toEqual([b.courseId, a.courseId]);

    expect((await creator.post(`/api/authoring/programmes/${draft.body.id}/publish`)).status).toBe(403);
    const done = await publisher.post(`/api/authoring/programmes/${draft.body.id}/publish`);
    expect(done.body).toMatchObject({ status: 'published', permissions: { edit: false, publish: true } });
    const edit = await creator.patch(`/api/authoring/programmes/${draft.body.id}`, { durationMinutes: 30 });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('PROGRAMME_NOT_EDITABLE');

    const audits = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', draft.body.id).orderBy('id').execute();
    expect(audits.map((r) => r.action)).toEqual(['programme.created', 'programme.updated', 'programme.published']);
    const events = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'programme.published').execute();
    expect(events.map((e) => e.payload)).toContainEqual({ programmeId: draft.body.id });
  });

  it('wrong roles cannot author, publish or retire', async () => {
    const a = await course(30);
    const providerOrgId = await orgId(t.ctx, 'UP-REV');
    const body = { code: code(), providerOrgId, texts, courses: [{ courseId: a.courseId }] };
    const plain = await learner();
    expect((await plain.c.post('/api/authoring/programmes', body)).status).toBe(403);
    expect((await plain.c.get('/api/authoring/programmes')).status).toBe(403);
    expect((await publisher.post('/api/authoring/programmes', body)).status).toBe(403);
    const elsewhere = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }, { role: 'content_publisher', org: 'UP-SW' }] });
    const other = await t.client().signIn(elsewhere.email, TEST_PASSWORD);
    const outOfScope = await other.post('/api/authoring/programmes', body);
    expect([outOfScope.status, outOfScope.body.error.code]).toEqual([403, 'PROVIDER_OUT_OF_SCOPE']);
    const anonymous = await t.client().post('/api/authoring/programmes', body);
    expect(anonymous.status).toBe(401);

    const draft = await creator.post('/api/authoring/programmes', body);
    expect((await other.post(`/api/authoring/programmes/${draft.body.id}/publish`)).status).toBe(403);
    expect((await other.get(`/api/authoring/programmes/${draft.body.id}`)).status).toBe(403);
    expect((await plain.c.post(`/api/authoring/programmes/${draft.body.id}/publish`)).status).toBe(403);
    expect((await publisher.patch(`/api/authoring/programmes/${draft.body.id}`, { durationMinutes: 10 })).status).toBe(403);
    await publisher.post(`/api/authoring/programmes/${draft.body.id}/publish`);
    expect((await creator.post(`/api/authoring/programmes/${draft.body.id}/retire`)).status).toBe(403);
    expect((await other.post(`/api/authoring/programmes/${draft.body.id}/retire`)).status).toBe(403);
    const retired = await publisher.post(`/api/authoring/programmes/${draft.body.id}/retire`);
    expect(retired.body.status).toBe('retired');
    expect((await publisher.post(`/api/authoring/programmes/${draft.body.id}/retire`)).body.error.code).toBe('PROGRAMME_NOT_PUBLISHED');
  });

  it('refuses bad course lists, codes and incomplete drafts with stable codes', async () => {
    const a = await course(30);
    const providerOrgId = await orgId(t.ctx, 'UP-REV');
    const create = (extra: Record<string, unknown>) => creator.post('/api/authoring/programmes', { code: code(), providerOrgId, texts, ...extra });

    const empty = await create({ courses: [] });
    expect([empty.status, empty.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(empty.body.error.fields[0].field).toBe('courses');
    const dup = await create({ courses: [{ courseId: a.courseId }, { courseId: a.courseId }] });
    expect([dup.status, dup.body.error.code, dup.body.error.fields[0].field]).toEqual([400, 'COURSE_DUPLICATE', 'courses.1.courseId']);
    const unknown = await create({ courses: [{ courseId: '00000000-0000-4000-8000-000000000000' }] });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'COURSE_UNKNOWN']);

    const unpublished = await t.ctx.db.insertInto('courses').values({ provider_org_id: providerOrgId }).returning('id').executeTakeFirstOrThrow();
    const notPublished = await create({ courses: [{ courseId: a.courseId }, { courseId: unpublished.id }] });
    expect([notPublished.status, notPublished.body.error.code]).toEqual([400, 'COURSE_NOT_PUBLISHED']);
    const old = await course(30, 1, 'Old course');
    await t.ctx.db.updateTable('courses').set({ retired_at: new Date() }).where('id', '=', old.courseId).execute();
    const retired = await create({ courses: [{ courseId: old.courseId }] });
    expect([retired.status, retired.body.error.code]).toEqual([400, 'COURSE_RETIRED']);
    expect(retired.body.error.message).toContain('Old course');
    const hindi = await learner({ language: 'hi' });
    expect((await hindi.c.get('/api/programmes/no-such-programme')).body.error.message).toBe('यह कार्यक्रम नहीं मिला या प्रकाशित नहीं है।');

    const noneRequired = await create({ courses: [{ courseId: a.courseId, required: false }] });
    expect(noneRequired.body.error.code).toBe('NO_REQUIRED_COURSE');
    const badCode = await creator.post('/api/authoring/programmes', { code: 'Bad Code!', providerOrgId, courses: [{ courseId: a.courseId }] });
    expect([badCode.status, badCode.body.error.fields[0].field]).toEqual([400, 'code']);
    const unknownField = await create({ courses: [{ courseId: a.courseId }], colour: 'red' });
    expect(unknownField.body.error.code).toBe('VALIDATION_FAILED');

    const first = await create({ courses: [{ courseId: a.courseId }] });
    const taken = await creator.post('/api/authoring/programmes', { code: first.body.code, providerOrgId });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'PROGRAMME_CODE_TAKEN']);

    const bare = await creator.post('/api/authoring/programmes', { code: code(), providerOrgId, texts: { en: { title: 'Only a title' } } });
    const incomplete = await publisher.post(`/api/authoring/programmes/${bare.body.id}/publish`);
    expect([incomplete.status, incomplete.body.error.code]).toEqual([422, 'PROGRAMME_INCOMPLETE']);
    expect(incomplete.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['texts.en.summary', 'courses']);

    // A course retired after it was added blocks publication.
    const later = await course(30);
    const draft = await create({ courses: [{ courseId: later.courseId }] });
    await t.ctx.db.updateTable('courses').set({ retired_at: new Date() }).where('id', '=', later.courseId).execute();
    expect((await publisher.post(`/api/authoring/programmes/${draft.body.id}/publish`)).body.error.code).toBe('COURSE_RETIRED');
    expect((await creator.delete(`/api/authoring/programmes/${draft.body.id}`)).status).toBe(204);
    expect((await creator.get(`/api/authoring/programmes/${draft.body.id}`)).status).toBe(404);
  });
});

describe('catalog and enrolment', () => {
  it('lists published programmes only, finds them by a Hindi or English word, and shows the page to anyone', async () => {
    const a = await course(45);
    const p = await published([{ courseId: a.courseId }], { texts: { ...texts, hi: { ...texts.hi, title: 'बाढ़ राहत अभ्यास कार्यक्रम' } } });
    const draft = await creator.post('/api/authoring/programmes', { code: code(), providerOrgId: await orgId(t.ctx, 'UP-REV'), texts, courses: [{ courseId: a.courseId }] });
    const anonymous = t.client('hi');
    const all = await anonymous.get('/api/programmes?page=1');
    const ids = all.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(p.id);
    expect(ids).not.toContain(draft.body.id);
    const found = await anonymous.get(`/api/programmes?q=${encodeURIComponent('राहत अभ्या')}`);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    expect(found.body.items[0]).toMatchObject({ title: 'बाढ़ राहत अभ्यास कार्यक्रम', durationMinutes: 45, courseCount: 1, myStatus: null });
    expect((await anonymous.get(`/api/programmes?q=${encodeURIComponent('no-such-word-xyz')}`)).body.total).toBe(0);
    const page = await anonymous.get(`/api/programmes/${p.code}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id: p.id, progress: null, enrolment: null, canEnrol: false });
    expect(page.body.courses[0]).toMatchObject({ courseId: a.courseId, status: 'not_enrolled', percent: 0, available: true });
    expect((await anonymous.get(`/api/programmes/${draft.body.code}`)).status).toBe(404);
    expect((await creator.get(`/api/programmes/${draft.body.code}`)).status).toBe(200);
  });

  it('enrolling enrols in every course, once; a retired programme cannot be joined', async () => {
    const [a, b, opt] = [await course(60), await course(30), await course(10)];
    const p = await published([{ courseId: a.courseId }, { courseId: b.courseId }, { courseId: opt.courseId, required: false }]);
    const l = await learner();
    const first = await l.c.post(`/api/programmes/${p.id}/enrol`);
    const again = await l.c.post(`/api/programmes/${p.code}/enrol`);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(first.body).toMatchObject({ programmeId: p.id, source: 'self', status: 'in_progress' });
    const enrolments = await t.ctx.db.selectFrom('enrolments').select(['course_id', 'source']).where('user_id', '=', l.id).execute();
    expect(enrolments.map((e) => e.course_id).sort()).toEqual([a.courseId, b.courseId, opt.courseId].sort());
    expect(enrolments.every((e) => e.source === 'self')).toBe(true);
    const counts = await t.ctx.db.selectFrom('programmes').select(['enrolment_count']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(counts.enrolment_count).toBe(1);
    expect((await t.ctx.db.selectFrom('courses').select('enrolment_count').where('id', '=', a.courseId).executeTakeFirstOrThrow()).enrolment_count).toBe(1);

    await publisher.post(`/api/authoring/programmes/${p.id}/retire`);
    const late = await learner();
    const refused = await late.c.post(`/api/programmes/${p.id}/enrol`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'PROGRAMME_NOT_ENROLLABLE']);
    expect((await late.c.get('/api/programmes')).body.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    expect((await late.c.get(`/api/programmes/${p.id}`)).status).toBe(404);
    // The enrolled learner keeps the programme.
    expect((await l.c.get(`/api/programmes/${p.id}`)).body).toMatchObject({ status: 'retired', enrolment: { status: 'in_progress' } });
    expect((await l.c.post('/api/programmes/00000000-0000-4000-8000-000000000000/enrol')).body.error.code).toBe('PROGRAMME_NOT_FOUND');
    expect((await t.client().post(`/api/programmes/${p.id}/enrol`)).status).toBe(401);
  });

  it('a moderated required course keeps its audience rule: outsiders neither see nor join the programme', async () => {
    const [open, moderated] = [await course(30), await course(30)];
    await t.ctx.db.updateTable('courses').set({ moderated: true }).where('id', '=', moderated.courseId).execute();
    await t.ctx.db.insertInto('course_audience_orgs').values({ course_id: moderated.courseId, org_id: await orgId(t.ctx, 'UP-SW') }).execute();
    const p = await published([{ courseId: open.courseId }, { courseId: moderated.courseId }]);
    const inside = await learner({ org: 'UP-SW-LKO' });
    const outside = await learner({ org: 'UP-REV-LKO' });
    expect((await inside.c.get('/api/programmes')).body.items.map((i: { id: string }) => i.id)).toContain(p.id);
    expect((await outside.c.get('/api/programmes')).body.items.map((i: { id: string }) => i.id)).not.toContain(p.id);
    const refused = await outside.c.post(`/api/programmes/${p.id}/enrol`);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'PROGRAMME_NOT_ENROLLABLE']);
    expect((await inside.c.post(`/api/programmes/${p.id}/enrol`)).status).toBe(201);
  });

  it('an assignment (training plans) enrols with the due date on the programme and its courses, idempotently', async () => {
    const [a, b] = [await course(30), await course(30)];
    const p = await published([{ courseId: a.courseId }, { courseId: b.courseId }]);
    const l = await learner();
    expect((await l.c.post(`/api/courses/${a.courseId}/enrol`)).status).toBe(201);
    const dueAt = new Date('2026-03-31T18:29:59.000Z');
    const run = () => t.ctx.db.transaction().execute((trx) => enrolInProgramme(trx, { userId: l.id, programmeId: p.id, source: 'assignment', dueAt }));
    const [first, second] = [await run(), await run()];
    expect([first.created, second.created]).toEqual([true, false]);
    expect(first.enrolment).toMatchObject({ source: 'assignment', status: 'in_progress' });
    const rows = await t.ctx.db.selectFrom('enrolments').select(['course_id', 'source', 'due_at']).where('user_id', '=', l.id).execute();
    expect(rows.map((r) => [r.source, new Date(r.due_at ?? 0).toISOString()])).toEqual([
      ['assignment', dueAt.toISOString()],
      ['assignment', dueAt.toISOString()],
    ]);
    const mine = await l.c.get('/api/me/programmes');
    expect(mine.body.inProgress[0]).toMatchObject({ programmeId: p.id, source: 'assignment', dueAt: dueAt.toISOString(), requiredCount: 2, requiredCompleted: 0 });
  });
});

describe('progress and completion', () => {
  it('rolls up duration-weighted progress course by course, names what is missing, and completes exactly once', async () => {
    const [a, b, c, opt] = [await course(60, 2, 'Floods'), await course(30, 1, 'RTI'), await course(30, 1, 'GeM'), await course(10)];
    const p = await published([{ courseId: a.courseId }, { courseId: b.courseId }, { courseId: opt.courseId, required: false }, { courseId: c.courseId }]);
    const l = await learner();
    await l.c.post(`/api/programmes/${p.id}/enrol`);
    const percent = async () => (await l.c.get(`/api/programmes/${p.id}`)).body.progress;

    expect((await percent()).percent).toBe(0);
    await readLesson(l.c, a, 0); // Floods half done: 60 × 50 % of 120 minutes
    const half = await percent();
    expect(half).toMatchObject({ status: 'in_progress', percent: 25, requiredCount: 3, requiredCompleted: 0 });
    expect(half.missing.map((m: { message: string }) => m.message)).toEqual([
      'Course 1 (Floods): 50 % done',
      'Course 2 (RTI): 0 % done',
      'Course 4 (GeM): 0 % done',
    ]);
    await readLesson(l.c, a, 1);
    expect((await percent()).percent).toBe(50);
    await completeCourse(l.c, opt); // optional: no effect
    expect((await percent()).percent).toBe(50);
    await completeCourse(l.c, b);
    const threeQuarters = await percent();
    expect(threeQuarters).toMatchObject({ percent: 75, requiredCompleted: 2 });
    expect(threeQuarters.missing.map((m: { courseId: string }) => m.courseId)).toEqual([c.courseId]);
    expect((await l.c.get('/api/me/programmes')).body.inProgress[0]).toMatchObject({ progressPercent: 75, next: { courseId: c.courseId, title: 'GeM' } });

    await completeCourse(l.c, c); // the last one: the course.completed job completes the programme
    await jobsSettled(l.id, 4);
    const events = await programmeEvents(l.id, p.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ userId: l.id, programmeId: p.id, language: 'en', learningMinutes: 120 });

    // Replaying the course.completed job (twice, and concurrently) does not complete it again.
    const payload = await replayPayload(l.id, c.courseId);
    await programmeCourseCompletedJob.handle(payload, t.ctx, meta);
    await programmeCourseCompletedJob.handle(payload, t.ctx, meta);
    await Promise.all([1, 2, 3].map(() => programmeCourseCompletedJob.handle(payload, t.ctx, meta)));
    expect(await programmeEvents(l.id, p.id)).toHaveLength(1);

    const page = await l.c.get(`/api/programmes/${p.id}`);
    expect(page.body.progress).toMatchObject({ status: 'completed', percent: 100, missing: [] });
    expect(page.body.enrolment).toMatchObject({ status: 'completed', completedAt: events[0]?.completedAt, learningMinutesCredited: 120 });
    const mine = (await l.c.get('/api/me/programmes')).body;
    expect(mine.completed[0]).toMatchObject({ programmeId: p.id, progressPercent: 100, learningHours: 2 });
    expect(mine.totals).toEqual({ completed: 1, learningHours: 2 });
    expect((await t.ctx.db.selectFrom('programmes').select('completion_count').where('id', '=', p.id).executeTakeFirstOrThrow()).completion_count).toBe(1);
  });

  it('concurrent evaluations of the last course completion write one event', async () => {
    const [a, b] = [await course(30), await course(30)];
    const p = await published([{ courseId: a.courseId }, { courseId: b.courseId }]);
    const l = await learner();
    await l.c.post(`/api/programmes/${p.id}/enrol`);
    await completeCourse(l.c, a);
    await completeCourse(l.c, b);
    // The worker's own job races these five.
    const payload = await replayPayload(l.id, b.courseId);
    await Promise.all(Array.from({ length: 5 }, () => programmeCourseCompletedJob.handle(payload, t.ctx, meta)));
    await jobsSettled(l.id, 2);
    expect(await programmeEvents(l.id, p.id)).toHaveLength(1);
  });

  it('courses completed before the programme enrolment count; all done before means completed at once', async () => {
    const [a, b, c] = [await course(60), await course(30), await course(30)];
    const partial = await published([{ courseId: a.courseId }, { courseId: b.courseId }, { courseId: c.courseId }]);
    const allDone = await published([{ courseId: a.courseId }, { courseId: b.courseId }], { durationMinutes: 420 });
    const l = await learner({ language: 'hi' });
    for (const made of [a, b]) {
      await l.c.post(`/api/courses/${made.courseId}/enrol`);
      await completeCourse(l.c, made, made === a ? 'hi' : 'en');
    }
    await jobsSettled(l.id, 2);

    await l.c.post(`/api/programmes/${partial.id}/enrol`);
    const page = await l.c.get(`/api/programmes/${partial.id}`);
    expect(page.body.progress).toMatchObject({ status: 'in_progress', percent: 75, requiredCompleted: 2 });
    expect(page.body.progress.missing[0].message).toBe('पाठ्यक्रम 3 (परीक्षण पाठ्यक्रम): 0% पूरा');

    const joined = await l.c.post(`/api/programmes/${allDone.id}/enrol`);
    expect(joined.status).toBe(201);
    // The credit rule: 80 minutes spent in its courses are under half of the stated 420, so the 80 are credited.
    expect(joined.body).toMatchObject({ status: 'completed', learningMinutesCredited: 80 });
    const events = await programmeEvents(l.id, allDone.id);
    expect(events).toHaveLength(1);
    // One course in Hindi, one in English: a tie, so the learner's preference (Hindi).
    expect(events[0]).toMatchObject({ language: 'hi', learningMinutes: 80, completedAt: joined.body.completedAt });
    expect((await l.c.post(`/api/programmes/${allDone.id}/enrol`)).status).toBe(200);
    expect(await programmeEvents(l.id, allDone.id)).toHaveLength(1);
  });

  it('the completion language is the one most required courses were completed in', async () => {
    const [a, b, c] = [await course(20), await course(20), await course(20)];
    const p = await published([{ courseId: a.courseId }, { courseId: b.courseId }, { courseId: c.courseId }]);
    const l = await learner({ language: 'en' });
    await l.c.post(`/api/programmes/${p.id}/enrol`);
    await completeCourse(l.c, a, 'hi');
    await completeCourse(l.c, b, 'hi');
    await completeCourse(l.c, c, 'en');
    const event = await eventually(async () => (await programmeEvents(l.id, p.id))[0]);
    expect(event).toMatchObject({ language: 'hi', learningMinutes: 60 });
  });
});
