import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { recordAssessmentResult } from '../src/modules/learning/progress.service';
import { enrolLearner } from '../src/modules/learning/enrolment.service';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

/** A signed-in learner (posted in UP-SW-LKO unless told) with their id. */
async function learner(opts: { org?: string; language?: 'en' | 'hi' } = {}): Promise<{ id: string; c: TestClient }> {
  const user = await makeUser(t.ctx, { org: opts.org, language: opts.language, name: 'Sunita Devi Verma' });
  return { id: user.id, c: await t.client(opts.language ?? 'en').signIn(user.email, TEST_PASSWORD) };
}

/** A learner enrolled in a fresh course with the given lessons. */
async function enrolled(lessons: NonNullable<Parameters<typeof makePublishedCourse>[1]>['lessons'], language: 'en' | 'hi' = 'en') {
  const course = await makePublishedCourse(t.ctx, { lessons, durationMinutes: 90 });
  const l = await learner({ language });
  expect((await l.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
  return { course, ...l };
}

const key = (course: MadeCourse, i: number) => course.lessons[i]?.key ?? '';
/** Lets real time pass on the server's clock (the pace rule credits at most the time elapsed). */
const later = (seconds: number) => t.clock.advance(seconds * 1000);

async function completedEvents(userId: string, courseId: string): Promise<number> {
  const row = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'course.completed'
    AND payload->>'userId' = ${userId} AND payload->>'courseId' = ${courseId}`.execute(t.ctx.db);
  return row.rows[0]?.n ?? -1;
}

async function counts(courseId: string) {
  return t.ctx.db.selectFrom('courses').select(['enrolment_count', 'completion_count', 'rating_count', 'rating_sum']).where('id', '=', courseId).executeTakeFirstOrThrow();
}

describe('enrolment', () => {
  it('enrolling twice gives one enrolment and counts it once', async () => {
    const course = await makePublishedCourse(t.ctx);
    const { c, id } = await learner();
    const first = await c.post(`/api/courses/${course.courseId}/enrol`);
    const second = await c.post(`/api/courses/${course.courseId}/enrol`);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body).toEqual(first.body);
    expect(first.body).toMatchObject({ source: 'self', status: 'in_progress', progressPercent: 0 });
    const rows = await t.ctx.db.selectFrom('enrolments').selectAll().where('user_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect((await counts(course.courseId)).enrolment_count).toBe(1);
  });

  it('a moderated course is enrollable by its audience only, with a clear code for others', async () => {
    const course = await makePublishedCourse(t.ctx);
    await t.ctx.db.updateTable('courses').set({ moderated: true }).where('id', '=', course.courseId).execute();
    await t.ctx.db.insertInto('course_audience_orgs').values({ course_id: course.courseId, org_id: await orgId(t.ctx, 'UP-SW') }).execute();
    const inside = await learner({ org: 'UP-SW-LKO' });
    const outside = await learner({ org: 'UP-REV-LKO' });
    expect((await inside.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
    const refused = await outside.c.post(`/api/courses/${course.courseId}/enrol`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('COURSE_NOT_ENROLLABLE');
    const unknown = await outside.c.post('/api/courses/00000000-0000-4000-8000-000000000000/enrol');
    expect(unknown.body.error.code).toBe('COURSE_NOT_FOUND');
  });
});

describe('progress', () => {
  it('out-of-order and duplicate updates never move progress backwards or count time twice', async () => {
    const { course, c } = await enrolled([{ type: 'video', content: { durationSeconds: 100 } }, { type: 'html' }]);
    const url = `/api/courses/${course.courseId}/progress`;
    const v = (clientSeq: number, to: number, time: number) => ({
      updates: [{ lessonKey: key(course, 0), clientSeq, timeSpentSeconds: time, language: 'en', video: { watchedRanges: [[0, to]], positionSeconds: to } }],
    });
    later(60);
    const newer = await c.post(url, v(2, 50, 50));
    expect(newer.body.lessons[0]).toMatchObject({ percent: 50, positionSeconds: 50, timeSpentSeconds: 50 });
    later(60);
    const late = await c.post(url, v(1, 20, 20));
    expect(late.body.lessons[0]).toMatchObject({ percent: 50, positionSeconds: 50, timeSpentSeconds: 70, watchedRanges: [[0, 50]] });
    const repeated = await c.post(url, v(2, 50, 50));
    expect(repeated.body.lessons[0]).toMatchObject({ percent: 50, timeSpentSeconds: 70 });
    later(60);
    const done = await c.post(url, v(3, 100, 50));
    expect(done.body.lessons[0]).toMatchObject({ status: 'completed', percent: 100 });
    later(60);
    const after = await c.post(url, v(4, 10, 5));
    expect(after.body.lessons[0]).toMatchObject({ status: 'completed', percent: 100, timeSpentSeconds: 125 });
  });

  // Each batch claims 1 s and 2 s of video, so all ten fit in the pace budget (30 s elapsed; 10 s carried between them).
  it('concurrent tabs lose no update: ranges and time spent from parallel batches all add up', async () => {
    const { course, c, id } = await enrolled([{ type: 'video', content: { durationSeconds: 1000 } }, { type: 'html' }]);
    const tab2 = await t.client().signIn((await t.ctx.db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow()).email, TEST_PASSWORD);
    later(30);
    const sends = Array.from({ length: 10 }, (_, i) =>
      (i % 2 ? tab2 : c).post(`/api/courses/${course.courseId}/progress`, {
        updates: [{ lessonKey: key(course, 0), clientSeq: 100 + i, timeSpentSeconds: 1, language: 'en', video: { watchedRanges: [[i * 2, i * 2 + 2]], positionSeconds: i * 2 + 2 } }],
      }),
    );
    expect((await Promise.all(sends)).map((r) => r.status)).toEqual(Array(10).fill(200));
    const view = await c.get(`/api/me/learning/${course.courseId}`);
    expect(view.body.lessons[0]).toMatchObject({ watchedRanges: [[0, 20]], timeSpentSeconds: 10, percent: 2 });
    expect(view.body.timeSpentSeconds).toBe(10);
  });

  it('the copy a process keeps of the last write never hides a write made elsewhere (quiz pass, another process)', async () => {
    const { course, c, id } = await enrolled([{ type: 'video', content: { durationSeconds: 1000 } }, { type: 'quiz' }, { type: 'html' }]);
    const url = `/api/courses/${course.courseId}/progress`;
    const watch = (seq: number, from: number) => ({
      updates: [{ lessonKey: key(course, 0), clientSeq: seq, timeSpentSeconds: 10, language: 'en', video: { watchedRanges: [[from, from + 100]], positionSeconds: from + 100 } }],
    });
    later(60);
    expect((await c.post(url, watch(1, 0))).status).toBe(200);
    // Another path writes under the enrolment lock: the quiz is passed.
    await recordAssessmentResult(t.ctx, { userId: id, courseId: course.courseId, lessonKey: key(course, 1), passed: true, scorePercent: 75, attemptId: crypto.randomUUID() });
    later(60);
    expect((await c.post(url, watch(2, 100))).status).toBe(200);
    // Another process (its own connection) writes a lesson and bumps the version, as every writer does.
    await sql`UPDATE lesson_progress SET time_spent_seconds = time_spent_seconds + 7 WHERE user_id = ${id} AND lesson_key = ${key(course, 0)}`.execute(t.ctx.db);
    await sql`UPDATE enrolments SET progress_version = progress_version + 1, time_spent_seconds = time_spent_seconds + 7 WHERE user_id = ${id} AND course_id = ${course.courseId}`.execute(t.ctx.db);
    later(60);
    const third = await c.post(url, watch(3, 200));
    expect(third.body.lessons[0]).toMatchObject({ watchedRanges: [[0, 300]], timeSpentSeconds: 37 });
    const view = await c.get(`/api/me/learning/${course.courseId}`);
    expect(view.body.lessons[1]).toMatchObject({ status: 'completed', bestScorePercent: 75 });
    expect(view.body.lessons[0]).toMatchObject({ watchedRanges: [[0, 300]], timeSpentSeconds: 37 });
    expect(view.body.timeSpentSeconds).toBe(37);
  });

  it('seeking past unwatched parts does not complete a video, and the missing item says how much is left', async () => {
    const { course, c } = await enrolled([{ type: 'video', content: { durationSeconds: 100 } }]);
    later(60);
    const res = await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 20, language: 'en', video: { watchedRanges: [[0, 10], [90, 100]], positionSeconds: 100, ended: true } }],
    });
    expect(res.status).toBe(200);
    expect(res.body.lessons[0]).toMatchObject({ status: 'in_progress', percent: 20 });
    expect(res.body.completion.status).toBe('in_progress');
    expect(res.body.completion.missing[0].message).toBe('Lesson 1 (Lesson 1): watch 75 % more of the video');
  });

  it('completes a video at 95 % watched, from pieces', async () => {
    const { course, c } = await enrolled([{ type: 'video', content: { durationSeconds: 200 } }]);
    const send = (ranges: [number, number][]) => {
      later(100);
      return c.post(`/api/courses/${course.courseId}/progress`, {
        updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 10, language: 'en', video: { watchedRanges: ranges, positionSeconds: 0 } }],
      });
    };
    expect((await send([[0, 100], [120, 180]])).body.lessons[0].status).toBe('in_progress');
    expect((await send([[195, 200]])).body.lessons[0]).toMatchObject({ status: 'in_progress', percent: 82 });
    const done = await send([[95, 130], [178, 186]]);
    expect(done.body.lessons[0]).toMatchObject({ status: 'completed', watchedRanges: [[0, 186], [195, 200]] });
    expect(done.body.completion.status).toBe('completed');
  });

  it('merges pdf pages as a union and completes when all are viewed; refuses pages that do not exist', async () => {
    const { course, c } = await enrolled([{ type: 'pdf', content: { pages: 5 } }]);
    const send = (pagesViewed: number[]) =>
      c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 5, language: 'en', pdf: { pagesViewed } }] });
    expect((await send([1, 2])).body.lessons[0]).toMatchObject({ percent: 40, pagesViewed: [1, 2] });
    const more = await send([2, 3, 5]);
    expect(more.body.lessons[0]).toMatchObject({ percent: 80, pagesViewed: [1, 2, 3, 5] });
    expect(more.body.completion.missing[0].message).toBe('Lesson 1 (Lesson 1): view page 4');
    expect((await send([6])).body.error.code).toBe('PAGE_OUT_OF_RANGE');
    expect((await send([4])).body.lessons[0].status).toBe('completed');
  });

  it('refuses a lesson key outside the published version, a payload of the wrong type, and an unenrolled learner', async () => {
    const { course, c } = await enrolled([{ type: 'html' }, { type: 'quiz' }]);
    const url = `/api/courses/${course.courseId}/progress`;
    const stranger = await c.post(url, { updates: [{ lessonKey: '00000000-0000-4000-8000-000000000001', timeSpentSeconds: 1, language: 'en', html: { scrolledToEnd: true } }] });
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'LESSON_NOT_IN_COURSE']);
    const wrong = await c.post(url, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 1, language: 'en', pdf: { pagesViewed: [1] } }] });
    expect(wrong.body.error.code).toBe('PROGRESS_TYPE_MISMATCH');
    const quiz = await c.post(url, { updates: [{ lessonKey: key(course, 1), timeSpentSeconds: 1, language: 'en', link: { opened: true } }] });
    expect(quiz.body.error.code).toBe('ASSESSMENT_PROGRESS_ONLY_BY_ATTEMPT');
    const other = await learner();
    const notEnrolled = await other.c.post(url, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 1, language: 'en', html: { scrolledToEnd: true } }] });
    expect([notEnrolled.status, notEnrolled.body.error.code]).toEqual([409, 'NOT_ENROLLED']);
  });
});

describe('completion', () => {
  it('concurrent updates from two tabs complete the course exactly once with one course.completed event', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'link' }, { type: 'file' }], durationMinutes: 45 });
    const user = await makeUser(t.ctx);
    const tabs = await Promise.all([0, 1].map(() => t.client().signIn(user.email, TEST_PASSWORD)));
    await tabs[0]?.post(`/api/courses/${course.courseId}/enrol`);
    const all = {
      updates: [
        { lessonKey: key(course, 0), timeSpentSeconds: 1, language: 'hi', html: { scrolledToEnd: true } },
        { lessonKey: key(course, 1), timeSpentSeconds: 1, language: 'hi', link: { opened: true } },
        { lessonKey: key(course, 2), timeSpentSeconds: 1, language: 'hi', file: { downloaded: true } },
      ],
    };
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => tabs[i % 2]?.post(`/api/courses/${course.courseId}/progress`, all)));
    expect(results.map((r) => r?.status)).toEqual(Array(12).fill(200));
    expect(results.every((r) => r?.body.completion.status === 'completed')).toBe(true);
    expect(await completedEvents(user.id, course.courseId)).toBe(1);
    expect((await counts(course.courseId)).completion_count).toBe(1);
    const enrolment = await t.ctx.db.selectFrom('enrolments').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    // Seconds of real time cannot earn the 45 nominal minutes: the credit rule gives the (whole) minutes spent, here 0.
    expect(enrolment).toMatchObject({ status: 'completed', completed_language: 'hi', learning_minutes_credited: 0, progress_percent: 100 });
    const event = await sql<{ payload: Record<string, unknown> }>`SELECT payload FROM outbox WHERE topic = 'course.completed' AND payload->>'userId' = ${user.id}`.execute(t.ctx.db);
    expect(event.rows[0]?.payload).toMatchObject({ courseId: course.courseId, versionId: course.versionId, language: 'hi', learningMinutes: 0 });
  });

  it('names exactly the missing items, in the learner language, and the final assessment completes through recordAssessmentResult', async () => {
    const lessons = [{ type: 'html' as const }, { type: 'video' as const, content: { durationSeconds: 100 } }, { type: 'link' as const, required: false }, { type: 'final_assessment' as const }];
    const { course, c, id } = await enrolled(lessons, 'hi');
    later(120);
    await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [
        { lessonKey: key(course, 0), timeSpentSeconds: 30, language: 'hi', html: { scrolledToEnd: true } },
        { lessonKey: key(course, 1), timeSpentSeconds: 60, clientSeq: 1, language: 'hi', video: { watchedRanges: [[0, 55]], positionSeconds: 55 } },
      ],
    });
    const view = await c.get(`/api/me/learning/${course.courseId}`);
    expect(view.status).toBe(200);
    expect(view.body.completion.missing.map((m: { message: string }) => m.message)).toEqual([
      'पाठ 2 (पाठ 2): वीडियो का 40% और देखें',
      'अंतिम मूल्यांकन (पाठ 4): उत्तीर्ण नहीं',
    ]);
    expect(view.body.resume).toEqual({ lessonKey: key(course, 1), positionSeconds: 55 });
    expect(view.body.nextLessonKey).toBe(key(course, 2));
    expect(view.body.timeSpentSeconds).toBe(90);

    later(60);
    await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [{ lessonKey: key(course, 1), timeSpentSeconds: 40, clientSeq: 2, language: 'hi', video: { watchedRanges: [[55, 100]], positionSeconds: 100 } }],
    });
    const input = { userId: id, courseId: course.courseId, lessonKey: key(course, 3), attemptId: crypto.randomUUID() };
    expect(await recordAssessmentResult(t.ctx, { ...input, passed: false, scorePercent: 40 })).toMatchObject({ lessonCompleted: false, courseCompleted: false });
    const passed = await recordAssessmentResult(t.ctx, { ...input, passed: true, scorePercent: 80 });
    expect(passed).toEqual({ lessonCompleted: true, courseCompleted: true, courseJustCompleted: true });
    const again = await recordAssessmentResult(t.ctx, { ...input, passed: true, scorePercent: 90 });
    expect(again.courseJustCompleted).toBe(false);
    expect(await completedEvents(id, course.courseId)).toBe(1);
    const done = await c.get(`/api/me/learning/${course.courseId}`);
    expect(done.body.completion).toMatchObject({ status: 'completed', percent: 100, missing: [] });
    expect(done.body.lessons[3]).toMatchObject({ status: 'completed', bestScorePercent: 90 });
  });

  it('keeps progress on lessons that survive a new published version and ignores removed ones', async () => {
    const { course, c, id } = await enrolled([{ type: 'html' }, { type: 'html' }, { type: 'link' }]);
    const [a, b, cKey] = [key(course, 0), key(course, 1), key(course, 2)];
    later(600);
    await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [
        { lessonKey: a, timeSpentSeconds: 300, language: 'en', html: { scrolledToEnd: true } },
        { lessonKey: b, timeSpentSeconds: 300, language: 'en', html: { scrolledToEnd: true } },
      ],
    });
    // Version 2 keeps A and C (same lesson_key), drops B and adds D.
    const v2 = await t.ctx.db.transaction().execute(async (trx) => {
      const version = await trx
        .insertInto('course_versions')
        .values({ course_id: course.courseId, version_no: 2, state: 'published', texts: JSON.stringify({ en: { title: 'v2', summary: '', description: '' } }), languages: ['en'], duration_minutes: 30, competencies: JSON.stringify([]), published_at: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      const mod = await trx.insertInto('course_modules').values({ version_id: version.id, position: 1, titles: JSON.stringify({ en: 'M' }) }).returning('id').executeTakeFirstOrThrow();
      const base = { version_id: version.id, module_id: mod.id, content: JSON.stringify({}), settings: JSON.stringify({}) };
      await trx.insertInto('lessons').values({ ...base, lesson_key: a, position: 1, type: 'html', titles: JSON.stringify({ en: 'Intro' }) }).execute();
      await trx.insertInto('lessons').values({ ...base, lesson_key: cKey, position: 2, type: 'link', titles: JSON.stringify({ en: 'Portal' }) }).execute();
      const d = await trx.insertInto('lessons').values({ ...base, position: 3, type: 'html', titles: JSON.stringify({ en: 'New rules' }) }).returning('lesson_key').executeTakeFirstOrThrow();
      await trx.updateTable('course_versions').set({ state: 'superseded' }).where('id', '=', course.versionId).execute();
      await trx.updateTable('courses').set({ published_version_id: version.id }).where('id', '=', course.courseId).execute();
      return { id: version.id, d: d.lesson_key };
    });
    const view = await c.get(`/api/me/learning/${course.courseId}`);
    expect(view.body.versionId).toBe(v2.id);
    expect(view.body.lessons.map((l: { lessonKey: string; status: string }) => [l.lessonKey, l.status])).toEqual([[a, 'completed'], [cKey, 'not_started'], [v2.d, 'not_started']]);
    expect(view.body.completion.missing.map((m: { message: string }) => m.message)).toEqual(['Lesson 2 (Portal): open the link', 'Lesson 3 (New rules): read to the end']);
    const removed = await c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: b, timeSpentSeconds: 1, language: 'en', html: { scrolledToEnd: true } }] });
    expect(removed.body.error.code).toBe('LESSON_NOT_IN_COURSE');
    later(600);
    const done = await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [
        { lessonKey: cKey, timeSpentSeconds: 300, language: 'en', link: { opened: true } },
        { lessonKey: v2.d, timeSpentSeconds: 300, language: 'en', html: { scrolledToEnd: true } },
      ],
    });
    expect(done.body.completion.status).toBe('completed');
    // 20 minutes spent (the removed lesson's included) reach half of v2's 30: the nominal 30 are credited.
    const enrolment = await t.ctx.db.selectFrom('enrolments').selectAll().where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(enrolment).toMatchObject({ completed_version_id: v2.id, learning_minutes_credited: 30 });
  });
});

describe('My Learning and ratings', () => {
  it('lists in progress, completed and assigned courses with due dates and overdue flags', async () => {
    const { course, c, id } = await enrolled([{ type: 'html' }, { type: 'html' }]);
    await c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 5, language: 'en', html: { scrolledToEnd: true } }] });
    const done = await makePublishedCourse(t.ctx, { lessons: [{ type: 'link' }], durationMinutes: 90 });
    const late = await makePublishedCourse(t.ctx, { lessons: [{ type: 'link' }] });
    await t.ctx.db.transaction().execute(async (trx) => {
      await enrolLearner(trx, { userId: id, courseId: done.courseId, source: 'self' });
      await enrolLearner(trx, { userId: id, courseId: late.courseId, source: 'assignment', dueAt: new Date(Date.now() - 86_400_000) });
    });
    // 45 real minutes in the link lesson: half of the course's 90, so its nominal 1.5 h are credited.
    later(45 * 60);
    await c.post(`/api/courses/${done.courseId}/progress`, { updates: [{ lessonKey: key(done, 0), timeSpentSeconds: 2700, language: 'en', link: { opened: true } }] });
    const mine = await c.get('/api/me/learning');
    expect(mine.status).toBe(200);
    const first = mine.body.inProgress.find((i: { courseId: string }) => i.courseId === course.courseId);
    // Resume skips the finished first lesson, as the course page does.
    expect(first).toMatchObject({ progressPercent: 50, resume: { lessonKey: key(course, 1), positionSeconds: 0 } });
    expect(mine.body.completed).toEqual([expect.objectContaining({ courseId: done.courseId, learningHours: 1.5 })]);
    expect(mine.body.assigned).toEqual([expect.objectContaining({ courseId: late.courseId, source: 'assignment', overdue: true })]);
    expect(mine.body.totals).toMatchObject({ completed: 1, learningHours: 1.5 });
  });

  it('refuses a rating before completion, then counts one rating per learner', async () => {
    const { course, c } = await enrolled([{ type: 'html' }]);
    const url = `/api/courses/${course.courseId}/rating`;
    const early = await c.request('PUT', url, { stars: 4 });
    expect([early.status, early.body.error.code]).toEqual([403, 'RATING_REQUIRES_COMPLETION']);
    await c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 5, language: 'en', html: { scrolledToEnd: true } }] });
    expect((await c.request('PUT', url, { stars: 4, review: 'Useful' })).status).toBe(200);
    expect(await counts(course.courseId)).toMatchObject({ rating_count: 1, rating_sum: 4 });
    await c.request('PUT', url, { stars: 5, review: 'Very useful' });
    expect(await counts(course.courseId)).toMatchObject({ rating_count: 1, rating_sum: 5 });
    const list = await t.client().get(`/api/courses/${course.courseId}/ratings?page=1`);
    expect(list.body).toMatchObject({ average: 5, count: 1, items: [{ firstName: 'Sunita', stars: 5, review: 'Very useful' }] });
    expect(JSON.stringify(list.body)).not.toContain('Verma');
    expect((await c.request('PUT', url, { stars: 6 })).status).toBe(400);
  });
});
