import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { enrolLearner } from '../src/modules/learning/enrolment.service';

/* My Learning's resume targets and time totals, and audio/video lessons whose length the server does not know. */

let t: TestApp;

async function learner(): Promise<{ id: string; c: TestClient }> {
  const user = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
  return { id: user.id, c: await t.client().signIn(user.email, TEST_PASSWORD) };
}
const key = (course: MadeCourse, i: number) => course.lessons[i]?.key ?? '';
/** Sends progress after letting the reported time pass on the server's clock (the pace rule credits no more than that). */
const progress = (c: TestClient, course: MadeCourse, updates: ({ timeSpentSeconds: number } & Record<string, unknown>)[]) => {
  t.clock.advance(updates.reduce((sum, u) => sum + u.timeSpentSeconds, 0) * 1000);
  return c.post(`/api/courses/${course.courseId}/progress`, { updates });
};
const mine = async (c: TestClient, courseId: string) => {
  const res = await c.get('/api/me/learning');
  expect(res.status).toBe(200);
  return { body: res.body, item: [...res.body.inProgress, ...res.body.completed].find((x: { courseId: string }) => x.courseId === courseId) };
};

beforeAll(async () => {
  t = await startTestApp({ work: false });
});
afterAll(async () => {
  await t?.close();
});

describe('My Learning', () => {
  it('resumes exactly where the course page would: first lesson when untouched, past finished lessons, at the saved position', async () => {
    const course = await makePublishedCourse(t.ctx, {
      lessons: [{ type: 'html' }, { type: 'video', content: { durationSeconds: 100 } }, { type: 'pdf', content: { pages: 3 } }],
    });
    const { c } = await learner();
    await c.post(`/api/courses/${course.courseId}/enrol`);
    expect((await mine(c, course.courseId)).item.resume).toEqual({ lessonKey: key(course, 0), positionSeconds: 0 });

    await progress(c, course, [
      { lessonKey: key(course, 0), clientSeq: 1, timeSpentSeconds: 300, language: 'en', html: { scrolledToEnd: true } },
      { lessonKey: key(course, 1), clientSeq: 2, timeSpentSeconds: 40, language: 'en', video: { watchedRanges: [[0, 40]], positionSeconds: 40 } },
    ]);
    expect((await mine(c, course.courseId)).item.resume).toEqual({ lessonKey: key(course, 1), positionSeconds: 40 });

    // Back to the finished reading (the last lesson touched), then the video finished: resume skips both.
    await progress(c, course, [{ lessonKey: key(course, 1), clientSeq: 3, timeSpentSeconds: 60, language: 'en', video: { watchedRanges: [[40, 100]], positionSeconds: 100, ended: true } }]);
    await progress(c, course, [{ lessonKey: key(course, 0), clientSeq: 4, timeSpentSeconds: 60, language: 'en', html: { scrolledToEnd: true } }]);
    const { item, body } = await mine(c, course.courseId);
    const page = (await c.get(`/api/me/learning/${course.courseId}`)).body;
    expect(item.resume).toEqual(page.resume);
    expect(item.resume).toEqual({ lessonKey: key(course, 2), positionSeconds: 0 });
    expect(item.timeSpentMinutes).toBe(8);
    expect(body.totals.timeSpentHours).toBe(0.1);

    // A 25-minute read brings the time spent to 32⅔ minutes, over half of the nominal hour: the hour is credited.
    await progress(c, course, [{ lessonKey: key(course, 2), clientSeq: 5, timeSpentSeconds: 1500, language: 'en', pdf: { pagesViewed: [1, 2, 3] } }]);
    const done = await mine(c, course.courseId);
    expect(done.item).toMatchObject({ status: 'completed', resume: null, learningHours: 1, timeSpentMinutes: 33 });
    expect(done.body.totals).toMatchObject({ completed: 1, learningHours: 1 });
  });

  it('lists assigned courses with their due dates, overdue ones marked, and each with where to start', async () => {
    const [late, later] = await Promise.all([makePublishedCourse(t.ctx), makePublishedCourse(t.ctx)]);
    const { id, c } = await learner();
    const now = t.clock.now().getTime();
    await t.ctx.db.transaction().execute(async (trx) => {
      await enrolLearner(trx, { userId: id, courseId: late.courseId, source: 'assignment', dueAt: new Date(now - 86_400_000) });
      await enrolLearner(trx, { userId: id, courseId: later.courseId, source: 'assignment', dueAt: new Date(now + 7 * 86_400_000) });
    });
    const { body } = await mine(c, late.courseId);
    expect(body.assigned.map((a: { courseId: string }) => a.courseId)).toEqual([late.courseId, later.courseId]);
    expect(body.assigned.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false]);
    expect(body.assigned[0].resume).toEqual({ lessonKey: key(late, 0), positionSeconds: 0 });
  });

  it('lists the courses to finish next step first: started ones, then assigned by deadline, then the rest', async () => {
    const two = () => makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'html' }] });
    const [dueLater, dueSoon, noDeadline, selfOld, startedAssigned, startedSelf] = await Promise.all([two(), two(), two(), two(), two(), two()]);
    const { id, c } = await learner();
    const now = t.clock.now().getTime();
    const day = 86_400_000;
    await t.ctx.db.transaction().execute(async (trx) => {
      await enrolLearner(trx, { userId: id, courseId: selfOld.courseId, source: 'self', now: new Date(now - 3 * day) });
      await enrolLearner(trx, { userId: id, courseId: dueLater.courseId, source: 'assignment', dueAt: new Date(now + 30 * day) });
      await enrolLearner(trx, { userId: id, courseId: noDeadline.courseId, source: 'assignment', dueAt: null });
      await enrolLearner(trx, { userId: id, courseId: dueSoon.courseId, source: 'assignment', dueAt: new Date(now + 2 * day) });
      await enrolLearner(trx, { userId: id, courseId: startedAssigned.courseId, source: 'assignment', dueAt: new Date(now + 60 * day) });
    });
    expect((await c.post(`/api/courses/${startedSelf.courseId}/enrol`)).status).toBeLessThan(300);
    // Half of each started course: the assigned one first, the self-enrolled one touched last.
    await progress(c, startedAssigned, [{ lessonKey: key(startedAssigned, 0), clientSeq: 1, timeSpentSeconds: 60, language: 'en', html: { scrolledToEnd: true } }]);
    await progress(c, startedSelf, [{ lessonKey: key(startedSelf, 0), clientSeq: 1, timeSpentSeconds: 60, language: 'en', html: { scrolledToEnd: true } }]);
    const { body } = await mine(c, startedSelf.courseId);
    const order = body.inProgress.map((x: { courseId: string }) => x.courseId);
    expect(order).toEqual([startedSelf, startedAssigned, dueSoon, dueLater, noDeadline, selfOld].map((x) => x.courseId));
    expect(body.inProgress.slice(0, 2).every((x: { progressPercent: number }) => x.progressPercent > 0)).toBe(true);
    expect(body.inProgress.slice(2).every((x: { progressPercent: number }) => x.progressPercent === 0)).toBe(true);
  });
});

describe('audio and video of unknown length', () => {
  it('does not complete on a seek to the end: the played ranges must cover 95 % of where it ended', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'audio' }] });
    const { c } = await learner();
    await c.post(`/api/courses/${course.courseId}/enrol`);
    const skipped = await progress(c, course, [{ lessonKey: key(course, 0), clientSeq: 1, timeSpentSeconds: 15, language: 'hi', audio: { watchedRanges: [[0, 10], [295, 300]], positionSeconds: 300, ended: true } }]);
    expect(skipped.status).toBe(200);
    expect(skipped.body.lessons[0].status).toBe('in_progress');
    expect(skipped.body.completion.missing[0]).toMatchObject({ type: 'audio' });
    const played = await progress(c, course, [{ lessonKey: key(course, 0), clientSeq: 2, timeSpentSeconds: 290, language: 'hi', audio: { watchedRanges: [[10, 295]], positionSeconds: 300, ended: true } }]);
    expect(played.body.lessons[0].status).toBe('completed');
    expect(played.body.completion.status).toBe('completed');
  });

  it('plays audio of known length like video: 95 % played completes it, the resume position is kept', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'audio', content: { durationSeconds: 200 } }, { type: 'html' }] });
    const { c } = await learner();
    await c.post(`/api/courses/${course.courseId}/enrol`);
    const half = await progress(c, course, [{ lessonKey: key(course, 0), clientSeq: 1, timeSpentSeconds: 100, language: 'en', audio: { watchedRanges: [[0, 100]], positionSeconds: 100 } }]);
    expect(half.body.lessons[0]).toMatchObject({ status: 'in_progress', percent: 50, positionSeconds: 100 });
    expect(half.body.completion.missing[0].message).toBe('Lesson 1 (Lesson 1): listen to 45 % more of the audio');
    expect((await c.get(`/api/me/learning/${course.courseId}`)).body.resume).toEqual({ lessonKey: key(course, 0), positionSeconds: 100 });
    const rest = await progress(c, course, [{ lessonKey: key(course, 0), clientSeq: 2, timeSpentSeconds: 95, language: 'en', audio: { watchedRanges: [[100, 195]], positionSeconds: 195 } }]);
    expect(rest.body.lessons[0].status).toBe('completed');
  });
});
