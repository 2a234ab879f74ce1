import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { recordProgress } from '../src/modules/learning/progress.service';
import { tickBatcher } from '../src/platform/tick-batcher';

/*
 * Issue 12, items 5 and 10: progress claims are bounded by the server's clock (the pace rule), credited hours come
 * from the time actually spent, every numeric field of a progress update is bounded, and one bad update in a
 * group-committed batch fails alone.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ work: false });
});
afterAll(async () => {
  await t?.close();
});

const key = (course: MadeCourse, i: number) => course.lessons[i]?.key ?? '';
const later = (seconds: number) => t.clock.advance(seconds * 1000);

async function learner(language: 'en' | 'hi' = 'en'): Promise<{ id: string; c: TestClient }> {
  const user = await makeUser(t.ctx, { org: 'UP-SW-LKO', language });
  return { id: user.id, c: await t.client(language).signIn(user.email, TEST_PASSWORD) };
}

async function enrolledIn(course: MadeCourse, language: 'en' | 'hi' = 'en') {
  const l = await learner(language);
  expect((await l.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
  return l;
}

const watch = (course: MadeCourse, ranges: [number, number][], timeSpentSeconds: number, clientSeq?: number, language: 'en' | 'hi' = 'en') => ({
  updates: [{ lessonKey: key(course, 0), clientSeq, timeSpentSeconds, language, video: { watchedRanges: ranges, positionSeconds: ranges.at(-1)?.[1] ?? 0, ended: true } }],
});

/** The end of a lesson's single watched range. */
const watchedTo = (lesson: { watchedRanges: [number, number][] }) => {
  expect(lesson.watchedRanges).toHaveLength(1);
  return lesson.watchedRanges[0]?.[1] ?? 0;
};

async function enrolment(userId: string, courseId: string) {
  return t.ctx.db.selectFrom('enrolments').selectAll().where('user_id', '=', userId).where('course_id', '=', courseId).executeTakeFirstOrThrow();
}

describe('pace: progress grows no faster than the server clock allows', () => {
  it('watchedRanges [[0, 86400]] with 1 s spent does not complete a 20-second video; the clamp is in the answer, in the learner language', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'video', content: { durationSeconds: 20 } }] });
    const { c } = await enrolledIn(course, 'hi');
    const url = `/api/courses/${course.courseId}/progress`;
    const first = await c.post(url, watch(course, [[0, 86_400]], 1, 1, 'hi'));
    expect(first.status).toBe(200);
    expect(first.body.lessons[0].status).toBe('in_progress');
    // Clipped to the 20 s of media, then to 2 × (5 s first-update allowance + the few ms the requests took).
    expect(watchedTo(first.body.lessons[0])).toBeCloseTo(10, 0);
    expect(first.body.credit).toMatchObject({ reportedWatchSeconds: 20, clamped: true });
    expect(first.body.credit.creditedWatchSeconds).toBeCloseTo(10, 0);
    expect(first.body.credit.message).toContain('सेकंड');
    later(1);
    const second = await c.post(url, watch(course, [[0, 86_400]], 1, 2, 'hi'));
    expect(second.body.lessons[0].status).toBe('in_progress');
    expect(watchedTo(second.body.lessons[0])).toBeCloseTo(12, 0);
    expect(second.body.completion.status).toBe('in_progress');
  });

  it('a real-paced sequence completes the video, credits every second and clamps nothing', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'video', content: { durationSeconds: 20 } }] });
    const { c, id } = await enrolledIn(course);
    const url = `/api/courses/${course.courseId}/progress`;
    for (let i = 0; i < 4; i++) {
      later(5);
      const res = await c.post(url, watch(course, [[i * 5, i * 5 + 5]], 5, i + 1));
      expect(res.status).toBe(200);
      expect(res.body.credit).toMatchObject({ creditedSeconds: 5, clamped: false, message: null });
      if (i === 3) expect(res.body.completion.status).toBe('completed');
    }
    expect(Number((await enrolment(id, course.courseId)).time_spent_seconds)).toBe(20);
  });

  it('a video whose length is unknown is bounded by the pace too: a seek to the end of a day-long claim does not complete it', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'video' }] });
    const { c } = await enrolledIn(course);
    later(10);
    const res = await c.post(`/api/courses/${course.courseId}/progress`, watch(course, [[0, 86_400]], 10, 1));
    expect(res.body.lessons[0].status).toBe('in_progress');
    expect(watchedTo(res.body.lessons[0])).toBeCloseTo(30, 0);
    expect(res.body.credit.clamped).toBe(true);
  });

  it('time spent is capped at the server time since the previous update: a 10-second run credits ~0 hours, not the nominal 7', async () => {
    const courses = await Promise.all(
      Array.from({ length: 7 }, () => makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'link' }], durationMinutes: 60 })),
    );
    const { c, id } = await learner();
    for (const course of courses) {
      await c.post(`/api/courses/${course.courseId}/enrol`);
      later(1);
      const res = await c.post(`/api/courses/${course.courseId}/progress`, {
        updates: [
          { lessonKey: key(course, 0), timeSpentSeconds: 3600, language: 'en', html: { scrolledToEnd: true } },
          { lessonKey: key(course, 1), timeSpentSeconds: 3600, language: 'en', link: { opened: true } },
        ],
      });
      expect(res.body.completion.status).toBe('completed');
      expect(res.body.credit).toMatchObject({ reportedSeconds: 7200, clamped: true });
      expect(res.body.credit.creditedSeconds).toBeLessThanOrEqual(6);
    }
    const mine = await c.get('/api/me/learning');
    expect(mine.body.totals.completed).toBe(7);
    expect(mine.body.totals.learningHours).toBe(0);
    const credited = await t.ctx.db.selectFrom('enrolments').select((eb) => eb.fn.sum<number>('learning_minutes_credited').as('m')).where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(Number(credited.m)).toBe(0);
  });

  it('credits the nominal hours once the real time spent reaches half of them, else the minutes spent', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'link' }], durationMinutes: 60 });
    const half = await enrolledIn(course);
    later(31 * 60);
    await half.c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(course, 0), timeSpentSeconds: 1860, language: 'en', html: { scrolledToEnd: true } }] });
    later(60);
    const done = await half.c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(course, 1), timeSpentSeconds: 30, language: 'en', link: { opened: true } }] });
    expect(done.body.completion.status).toBe('completed');
    expect((await enrolment(half.id, course.courseId)).learning_minutes_credited).toBe(60);

    const quick = await enrolledIn(course);
    later(20 * 60);
    await quick.c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [
        { lessonKey: key(course, 0), timeSpentSeconds: 1200, language: 'en', html: { scrolledToEnd: true } },
        { lessonKey: key(course, 1), timeSpentSeconds: 0, language: 'en', link: { opened: true } },
      ],
    });
    expect((await enrolment(quick.id, course.courseId)).learning_minutes_credited).toBe(20);
  });

  it('two tabs reporting the same minutes do not double the time spent', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'video', content: { durationSeconds: 600 } }, { type: 'html' }] });
    const { c, id } = await enrolledIn(course);
    const user = await t.ctx.db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
    const tab2 = await t.client().signIn(user.email ?? '', TEST_PASSWORD);
    for (let round = 0; round < 4; round++) {
      later(15);
      // Both tabs played the same 15 s (the same part of the video) and each reports it.
      const from = round * 15;
      const both = await Promise.all([c, tab2].map((tab, i) => tab.post(`/api/courses/${course.courseId}/progress`, watch(course, [[from, from + 15]], 15, round * 2 + i + 1))));
      expect(both.map((r) => r.status)).toEqual([200, 200]);
    }
    const spent = Number((await enrolment(id, course.courseId)).time_spent_seconds);
    // 60 s of wall clock (+5 s first allowance, +10 s carry at most), not 120.
    expect(spent).toBeGreaterThanOrEqual(45);
    expect(spent).toBeLessThanOrEqual(75);
  });
});

describe('bad input on the progress endpoint', () => {
  it('refuses clientSeq ≥ 2^63, 1e19 and 1e308, out-of-range pages and seconds with 400 in our error shape', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'video', content: { durationSeconds: 20 } }, { type: 'pdf', content: { pages: 3 } }] });
    const { c } = await enrolledIn(course);
    const url = `/api/courses/${course.courseId}/progress`;
    for (const clientSeq of [2 ** 63, 1e19, 1e308, -1, 1.5]) {
      const res = await c.post(url, watch(course, [[0, 1]], 1, clientSeq));
      expect(res.status, String(clientSeq)).toBe(400);
      expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    const page = await c.post(url, { updates: [{ lessonKey: key(course, 1), timeSpentSeconds: 1, language: 'en', pdf: { pagesViewed: [2 ** 31] } }] });
    expect(page.status).toBe(400);
    const seconds = await c.post(url, watch(course, [[0, 1e308]], 1));
    expect(seconds.status).toBe(400);
    const time = await c.post(url, watch(course, [[0, 1]], 1e19));
    expect(time.status).toBe(400);
  });

  it('50 concurrent learners, a few poisoned: every valid update is 200 and durable, the bad ones 400', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'video', content: { durationSeconds: 60 } }] });
    const learners = [];
    for (let i = 0; i < 50; i++) learners.push(await enrolledIn(course));
    later(30);
    const poisoned = new Set([3, 17, 29, 41, 48]);
    const seqs = [2 ** 63, 1e19, 1e308, 2 ** 64, 9_223_372_036_854_775_808];
    const results = await Promise.all(
      learners.map((l, i) => l.c.post(`/api/courses/${course.courseId}/progress`, {
        updates: [{ lessonKey: key(course, 0), clientSeq: poisoned.has(i) ? seqs[[...poisoned].indexOf(i)] : i + 1, timeSpentSeconds: 10, language: 'en', html: { scrolledToEnd: true } }],
      })),
    );
    results.forEach((r, i) => expect(r.status, `learner ${i}`).toBe(poisoned.has(i) ? 400 : 200));
    const rows = await t.ctx.db.selectFrom('lesson_progress').select(['user_id', 'status']).where('course_id', '=', course.courseId).execute();
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set(learners.filter((_, i) => !poisoned.has(i)).map((l) => l.id)));
    expect(rows.every((r) => r.status === 'completed')).toBe(true);
  });

  it('a database error for one learner inside a group-committed batch fails that learner only', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'link' }] });
    const learners = [];
    for (let i = 0; i < 50; i++) learners.push(await enrolledIn(course));
    later(30);
    const poisoned = new Set([0, 9, 25, 49]);
    // Past the HTTP schema (a service call): clientSeq 2^64 overflows the bigint column, so that write's statement fails.
    const outcomes = await Promise.allSettled(
      learners.map((l, i) =>
        recordProgress(t.ctx, l.id, course.courseId, [{ lessonKey: key(course, 0), clientSeq: poisoned.has(i) ? 2 ** 64 : 1, timeSpentSeconds: 10, language: 'en', html: { scrolledToEnd: true } }]),
      ),
    );
    outcomes.forEach((o, i) => expect(o.status, `learner ${i}`).toBe(poisoned.has(i) ? 'rejected' : 'fulfilled'));
    const rows = await t.ctx.db.selectFrom('lesson_progress').select('user_id').where('course_id', '=', course.courseId).execute();
    expect(rows).toHaveLength(46);
    const spent = await t.ctx.db.selectFrom('enrolments').select(['user_id', 'time_spent_seconds']).where('course_id', '=', course.courseId).execute();
    for (const e of spent) expect(Number(e.time_spent_seconds)).toBe(poisoned.has(learners.findIndex((l) => l.id === e.user_id)) ? 0 : 10);
  });

  it('the tick batcher answers each input by its own outcome when a batch fails', async () => {
    const batches: number[][] = [];
    const run = tickBatcher(async (inputs: number[]) => {
      batches.push(inputs);
      if (inputs.includes(13)) throw new Error('bad input 13');
      return inputs.map((n) => n * 2);
    });
    const outcomes = await Promise.allSettled([1, 2, 13, 4].map((n) => run(n)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : 'rejected'))).toEqual([2, 4, 'rejected', 8]);
    expect(batches[0]).toEqual([1, 2, 13, 4]);
  });
});
