import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionAnswerKey } from '../src/modules/assessments/assessments.tables';
import type { AssessmentSettings } from '../src/modules/courses/courses.tables';
import { closeOverdueAttemptJob } from '../src/modules/assessments/assessments.jobs';
import { copyQuestions, insertQuestions } from '../src/modules/assessments/assessments.service';
import type { QuestionContentT } from '../src/modules/assessments/questions.schema';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { makeUser, TEST_PASSWORD } from './factories';
import { startTestApp, type TestApp, type TestClient } from './harness';

let t: TestApp;
let creator: TestClient;
let learner: TestClient;
let learnerEmail: string;
let other: TestClient;

const ex = { en: 'Because the statute says so.', hi: 'क्योंकि अधिनियम ऐसा कहता है।' };
const opt = (en: string, correct: boolean) => ({ text: { en, hi: `${en} (हि)` }, correct });
const Q: Record<string, QuestionContentT> = {
  single: { type: 'single_choice', prompt: { en: 'RTI reply time?', hi: 'आरटीआई उत्तर समय?' }, explanation: ex, options: [opt('30 days', true), opt('90 days', false), opt('7 days', false)] },
  multiple: { type: 'multiple_choice', prompt: { en: 'Safe in lightning?', hi: 'बिजली में सुरक्षित?' }, explanation: ex, options: [opt('Car', true), opt('Building', true), opt('Tree', false), opt('Field', false)] },
  tf: { type: 'true_false', prompt: { en: 'POSH applies to offices.', hi: 'पॉश कार्यालयों पर लागू।' }, explanation: ex, answer: true },
  text: { type: 'fill_text', prompt: { en: 'Portal for purchase?', hi: 'खरीद का पोर्टल?' }, explanation: ex, accepted: { en: ['Government e Marketplace'], hi: ['जेम पोर्टल'] } },
  numeric: { type: 'fill_numeric', prompt: { en: 'Pi to 2 places?', hi: 'पाई दो दशमलव तक?' }, explanation: ex, value: 3.14, tolerance: 0.01 },
  match: {
    type: 'match',
    prompt: { en: 'Match the acts.', hi: 'अधिनियम मिलाएँ।' },
    explanation: ex,
    points: 3,
    pairs: [
      { left: { en: 'RTI', hi: 'आरटीआई' }, right: { en: '2005', hi: '२००५' } },
      { left: { en: 'POSH', hi: 'पॉश' }, right: { en: '2013', hi: '२०१३' } },
      { left: { en: 'DM Act', hi: 'आपदा अधिनियम' }, right: { en: '2004+1', hi: '२००४+१' } },
    ],
  },
};

/** A published course with one assessment lesson holding the given questions; returns the course and question ids. */
async function courseWith(settings: AssessmentSettings, questions: QuestionContentT[], type: 'quiz' | 'final_assessment' = 'quiz') {
  const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type, settings }] });
  const lessonKey = course.lessons[1]?.key ?? '';
  const target = { courseId: course.courseId, versionId: course.versionId, lessonKey, languages: ['en', 'hi'] as ('en' | 'hi')[] };
  const ids = await t.ctx.db.transaction().execute((trx) => insertQuestions(trx, target, questions));
  return { course, lessonKey, ids, url: `/api/courses/${course.courseId}/assessments/${lessonKey}/attempts` };
}

const keyOf = async (id: string): Promise<QuestionAnswerKey> =>
  (await t.ctx.db.selectFrom('questions').select('answer').where('id', '=', id).executeTakeFirstOrThrow()).answer;

/** The right answer to a question, read from the key in the database. */
async function rightAnswer(id: string, type: string) {
  const key = await keyOf(id);
  if ('correct' in key) return type === 'single_choice' ? { optionId: key.correct[0] } : { optionIds: key.correct };
  if ('pairs' in key) return { pairs: key.pairs };
  if ('accepted' in key) return { text: '  government   E MARKETPLACE ' };
  if ('tolerance' in key) return { number: 3.145 };
  return { value: key.value };
}

/** A wrong answer of the right shape. */
async function wrongAnswer(id: string, type: string, options: { id: string }[] | undefined, right: { id: string }[] | undefined) {
  const key = await keyOf(id);
  if ('correct' in key) {
    const wrong = (options ?? []).map((o) => o.id).filter((o) => !key.correct.includes(o));
    return type === 'single_choice' ? { optionId: wrong[0] } : { optionIds: [key.correct[0], wrong[0]] };
  }
  if ('pairs' in key) {
    const lefts = Object.keys(key.pairs);
    const rights = (right ?? []).map((r) => r.id);
    return { pairs: Object.fromEntries(lefts.map((l) => [l, rights.find((r) => r !== key.pairs[l]) ?? ''])) };
  }
  if ('accepted' in key) return { text: 'Amazon' };
  if ('tolerance' in key) return { number: 3.2 };
  return { value: !key.value };
}

const learnerId = async () => (await t.ctx.db.selectFrom('users').select('id').where('email', '=', learnerEmail).executeTakeFirstOrThrow()).id;
const put = (c: TestClient, url: string, body: unknown) => c.request('PUT', url, body);
const LEAKS = ['"correct"', '"accepted"', '"explanation"', '"tolerance"', 'Government e Marketplace', 'जेम पोर्टल', ex.en, '"result":{'];

beforeAll(async () => {
  t = await startTestApp({ work: false });
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
  ]);
  learnerEmail = users[1]?.email ?? '';
  const signedIn = await Promise.all(users.map((u) => t.client().signIn(u.email, TEST_PASSWORD)));
  const [c, l, o] = signedIn;
  if (!c || !l || !o) throw new Error('sign-in failed');
  [creator, learner, other] = [c, l, o];
});
afterAll(async () => {
  await t?.close();
});

describe('attempts', () => {
  it('hides the key until submission, then scores every type right', async () => {
    const { url, ids, course, lessonKey } = await courseWith({ passMark: 70 }, Object.values(Q));
    const start = await learner.post(url);
    expect(start.status).toBe(201);
    for (const leak of LEAKS) expect(start.raw.body).not.toContain(leak);
    expect(start.body.questions.map((q: { id: string }) => q.id)).toEqual(ids);
    const answers: Record<string, unknown> = {};
    for (const q of start.body.questions) answers[q.id] = await rightAnswer(q.id, q.type);
    expect((await put(learner, `/api/attempts/${start.body.id}/answers`, { answers })).status).toBe(200);
    const resumed = await learner.get(`/api/attempts/${start.body.id}`);
    for (const leak of LEAKS) expect(resumed.raw.body).not.toContain(leak);
    expect(Object.keys(resumed.body.answers)).toHaveLength(6);

    const done = await learner.post(`/api/attempts/${start.body.id}/submit`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'submitted', result: { scorePercent: 100, passed: true, earnedPoints: 8, maxPoints: 8 } });
    for (const r of done.body.result.questions) expect(r).toMatchObject({ correct: true, explanation: ex });
    expect(done.body.result.questions[0].correctAnswer).toBeDefined();
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'assessment.submitted').where(sql<boolean>`payload->>'attemptId' = ${start.body.id}`).execute();
    expect(event).toHaveLength(1);
    expect(event[0]?.payload).toMatchObject({ courseId: course.courseId, lessonKey, passed: true, scorePercent: 100 });
    // The learning module heard of the pass: the quiz lesson is complete.
    const progress = await t.ctx.db.selectFrom('lesson_progress').select(['status', 'passed_attempt_id']).where('lesson_key', '=', lessonKey).executeTakeFirst();
    expect(progress).toMatchObject({ status: 'completed', passed_attempt_id: start.body.id });
  });

  it('scores every type wrong, gives match partial credit per pair and multiple choice all-or-nothing', async () => {
    const { url } = await courseWith({ passMark: 50, attemptLimit: 5 }, Object.values(Q), 'final_assessment');
    const start = await learner.post(url);
    const answers: Record<string, unknown> = {};
    for (const q of start.body.questions) answers[q.id] = await wrongAnswer(q.id, q.type, q.options, q.right);
    await put(learner, `/api/attempts/${start.body.id}/answers`, { answers });
    const done = await learner.post(`/api/attempts/${start.body.id}/submit`);
    expect(done.body.result).toMatchObject({ scorePercent: 0, passed: false, earnedPoints: 0 });
    for (const r of done.body.result.questions) expect(r.correct).toBe(false);
    expect(done.body.result.questions[0].correctAnswer).toBeUndefined();

    const second = await learner.post(url);
    const match = second.body.questions.find((q: { type: string }) => q.type === 'match');
    const key = await keyOf(match.id);
    const pairs = 'pairs' in key ? { ...key.pairs } : {};
    const [l1, l2] = Object.keys(pairs);
    if (l1 && l2) [pairs[l1], pairs[l2]] = [pairs[l2] ?? '', pairs[l1] ?? ''];
    const multi = second.body.questions.find((q: { type: string }) => q.type === 'multiple_choice');
    const multiKey = await keyOf(multi.id);
    const text = second.body.questions.find((q: { type: string }) => q.type === 'fill_text');
    const scored = await learner.post(`/api/attempts/${second.body.id}/submit`, {
      answers: { [match.id]: { pairs }, [multi.id]: { optionIds: 'correct' in multiKey ? multiKey.correct.slice(0, 1) : [] }, [text.id]: { text: 'जेम  पोर्टल' } },
    });
    const byId = new Map(scored.body.result.questions.map((r: { id: string }) => [r.id, r]));
    expect(byId.get(match.id)).toMatchObject({ correct: false, earned: 1, points: 3 });
    expect(byId.get(multi.id)).toMatchObject({ correct: false, earned: 0 });
    expect(byId.get(text.id)).toMatchObject({ correct: true, earned: 1 });
    expect(scored.body.result.earnedPoints).toBe(2);
  });

  it('rejects answers of the wrong shape or for questions outside the attempt', async () => {
    const { url, ids } = await courseWith({}, [Q.single as QuestionContentT, Q.tf as QuestionContentT]);
    const start = await learner.post(url);
    const bad = await put(learner, `/api/attempts/${start.body.id}/answers`, { answers: { [ids[0] ?? '']: { value: true }, [ids[1] ?? '']: { optionId: 'x' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { code: string }) => f.code).sort()).toEqual(['ANSWER_SHAPE', 'ANSWER_SHAPE']);
    const stranger = await put(learner, `/api/attempts/${start.body.id}/answers`, { answers: { [crypto.randomUUID()]: { value: true } } });
    expect(stranger.body.error.fields[0].code).toBe('QUESTION_NOT_IN_ATTEMPT');
  });

  it('resumes an interrupted attempt with its answers on a new client without consuming it, and enforces the limit', async () => {
    const { url, ids } = await courseWith({ attemptLimit: 2 }, [Q.tf as QuestionContentT, Q.numeric as QuestionContentT]);
    const first = await learner.post(url);
    await put(learner, `/api/attempts/${first.body.id}/answers`, { answers: { [ids[0] ?? '']: { value: true } } });
    await put(learner, `/api/attempts/${first.body.id}/answers`, { answers: { [ids[0] ?? '']: { value: true } } });
    const fresh = await t.client().signIn(learnerEmail, TEST_PASSWORD);
    const again = await fresh.post(url);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, attemptNo: 1, answers: { [ids[0] ?? '']: { value: true } } });
    const summary = await fresh.get(url.replace(/\/attempts$/, ''));
    expect(summary.body).toMatchObject({ attemptsUsed: 0, attemptsLeft: 2, inProgressAttemptId: first.body.id });

    await fresh.post(`/api/attempts/${first.body.id}/submit`);
    expect((await put(fresh, `/api/attempts/${first.body.id}/answers`, { answers: {} })).body.error.code).toBe('ATTEMPT_CLOSED');
    const second = await fresh.post(url);
    expect(second.body.attemptNo).toBe(2);
    await fresh.post(`/api/attempts/${second.body.id}/submit`);
    const third = await fresh.post(url);
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('ATTEMPT_LIMIT_REACHED');
  });

  it('draws N of M and shuffles questions and options within the pool', async () => {
    const pool = [Q.single, Q.multiple, Q.tf, Q.text, Q.numeric, Q.match] as QuestionContentT[];
    const { url, ids } = await courseWith({ drawCount: 3, shuffle: true }, pool);
    const seen = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const a = await learner.post(url);
      expect(a.body.questions).toHaveLength(3);
      const drawn: string[] = a.body.questions.map((q: { id: string }) => q.id);
      expect(new Set(drawn).size).toBe(3);
      for (const id of drawn) expect(ids).toContain(id);
      drawn.forEach((id) => seen.add(id));
      for (const q of a.body.questions) {
        const row = await t.ctx.db.selectFrom('questions').select('options').where('id', '=', q.id).executeTakeFirstOrThrow();
        if (Array.isArray(row.options) && q.options) expect(q.options.map((o: { id: string }) => o.id).sort()).toEqual(row.options.map((o) => o.id).sort());
        if (!Array.isArray(row.options)) expect(q.right.map((o: { id: string }) => o.id).sort()).toEqual(row.options.right.map((o) => o.id).sort());
      }
      await learner.post(`/api/attempts/${a.body.id}/submit`);
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('ends a timed attempt at its deadline: later saves are refused and only earlier answers count', async () => {
    const { url, ids } = await courseWith({ timeLimitSeconds: 60, passMark: 50 }, [Q.tf as QuestionContentT, Q.numeric as QuestionContentT, Q.single as QuestionContentT]);
    const a = await learner.post(url);
    expect(a.body.remainingSeconds).toBeGreaterThanOrEqual(59);
    expect(a.body.remainingSeconds).toBeLessThanOrEqual(60);
    const attempt = `/api/attempts/${a.body.id}`;
    await put(learner, `${attempt}/answers`, { answers: { [ids[0] ?? '']: { value: true } } });
    t.clock.advance(30_000);
    const saved = await put(learner, `${attempt}/answers`, { answers: { [ids[1] ?? '']: { number: 3.14 } } });
    expect(saved.body.answeredCount).toBe(2);
    expect([29, 30]).toContain(saved.body.remainingSeconds);
    t.clock.advance(31_000);
    const late = await put(learner, `${attempt}/answers`, { answers: { [ids[2] ?? '']: await rightAnswer(ids[2] ?? '', 'single_choice') } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('ATTEMPT_EXPIRED');
    const done = await learner.post(`${attempt}/submit`, { answers: { [ids[2] ?? '']: await rightAnswer(ids[2] ?? '', 'single_choice') } });
    expect(done.body).toMatchObject({ status: 'expired', result: { earnedPoints: 2, maxPoints: 3, passed: true } });

    // Never come back: the job scheduled at the deadline closes it on the server.
    const c = await learner.post(url);
    t.clock.advance(61_000);
    await closeOverdueAttemptJob.handle({ userId: await learnerId(), attemptId: c.body.id }, t.ctx, { retryCount: 0, retryLimit: 5 });
    const row = await t.ctx.db.selectFrom('assessment_attempts').select(['status', 'score_percent']).where('id', '=', c.body.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('expired');
    expect(Number(row.score_percent)).toBe(0);

    // Never submitted: reading it after the deadline closes it on the server.
    const b = await learner.post(url);
    expect(b.body.id).not.toBe(a.body.id);
    t.clock.advance(61_000);
    const read = await learner.get(`/api/attempts/${b.body.id}`);
    expect(read.body).toMatchObject({ status: 'expired', result: { scorePercent: 0 } });
  });

  it('scores a double submit once and keeps attempts private', async () => {
    const { url } = await courseWith({}, [Q.tf as QuestionContentT]);
    const a = await learner.post(url);
    const [s1, s2] = await Promise.all([learner.post(`/api/attempts/${a.body.id}/submit`), learner.post(`/api/attempts/${a.body.id}/submit`)]);
    expect([s1.status, s2.status]).toEqual([200, 200]);
    expect(s1.body.result).toEqual(s2.body.result);
    const events = await t.ctx.db.selectFrom('outbox').select('id').where('topic', '=', 'assessment.submitted').where(sql<boolean>`payload->>'attemptId' = ${a.body.id}`).execute();
    expect(events).toHaveLength(1);

    expect((await other.get(`/api/attempts/${a.body.id}`)).status).toBe(404);
    expect((await put(other, `/api/attempts/${a.body.id}/answers`, { answers: {} })).status).toBe(404);
    expect((await other.post(`/api/attempts/${a.body.id}/submit`)).status).toBe(404);
    expect((await t.client().get(`/api/attempts/${a.body.id}`)).status).toBe(401);
  });
});

describe('question bank authoring', () => {
  let course: { course: MadeCourse; lessonKey: string; ids: string[] };
  let draftId: string;

  beforeAll(async () => {
    course = await courseWith({}, [Q.single as QuestionContentT, Q.tf as QuestionContentT]);
    // A new draft version with the same lessons, as the courses module makes it, then the bank copied over.
    draftId = await t.ctx.db.transaction().execute(async (trx) => {
      const v = await trx
        .insertInto('course_versions')
        .values({ course_id: course.course.courseId, version_no: 2, state: 'draft', texts: JSON.stringify({}), languages: ['en', 'hi'], competencies: JSON.stringify([]) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await sql`WITH m AS (INSERT INTO course_modules (version_id, module_key, position, titles)
          SELECT ${v.id}, module_key, position, titles FROM course_modules WHERE version_id = ${course.course.versionId} RETURNING id)
        INSERT INTO lessons (version_id, module_id, lesson_key, position, type, settings)
          SELECT ${v.id}, (SELECT id FROM m), lesson_key, position, type, settings FROM lessons WHERE version_id = ${course.course.versionId}`.execute(trx);
      await copyQuestions(trx, course.course.versionId, v.id);
      return v.id;
    });
  });

  it('copies the bank into a new draft and freezes the published one', async () => {
    const list = await creator.get(`/api/authoring/courses/${course.course.courseId}/questions`);
    expect(list.body).toMatchObject({ versionId: draftId, versionState: 'draft', editable: true });
    expect(list.body.questions).toHaveLength(2);
    expect(list.body.questions.map((q: { id: string }) => q.id)).not.toContain(course.ids[0]);
    expect(list.body.questions[0].options.filter((o: { correct: boolean }) => o.correct)).toHaveLength(1);

    const frozen = await creator.patch(`/api/authoring/questions/${course.ids[0]}`, { position: 2 });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('VERSION_NOT_EDITABLE');
    expect((await creator.delete(`/api/authoring/questions/${course.ids[1]}`)).status).toBe(409);
  });

  it('adds, changes, moves and deletes questions of every type in the draft', async () => {
    const base = `/api/authoring/courses/${course.course.courseId}/questions`;
    for (const q of Object.values(Q)) {
      const res = await creator.post(base, { ...q, lessonKey: course.lessonKey });
      expect(res.status).toBe(201);
      expect(res.body.type).toBe(q.type);
    }
    const added = (await creator.get(`${base}?lessonKey=${course.lessonKey}`)).body.questions;
    expect(added).toHaveLength(8);
    const match = added.find((q: { type: string }) => q.type === 'match');
    expect(match.pairs).toHaveLength(3);
    const moved = await creator.patch(`/api/authoring/questions/${match.id}`, { position: 1 });
    expect(moved.body.position).toBe(1);
    const changed = await creator.patch(`/api/authoring/questions/${match.id}`, Q.numeric);
    expect(changed.body).toMatchObject({ type: 'fill_numeric', value: 3.14, tolerance: 0.01, position: 1 });
    expect((await creator.delete(`/api/authoring/questions/${match.id}`)).status).toBe(204);
    const after = (await creator.get(base)).body.questions;
    expect(after.map((q: { position: number }) => q.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('validates each type strictly with field errors', async () => {
    const base = `/api/authoring/courses/${course.course.courseId}/questions`;
    const lessonKey = course.lessonKey;
    const fields = async (body: unknown) => {
      const res = await creator.post(base, body);
      expect(res.status).toBe(400);
      return res.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    };
    expect(await fields({ ...Q.single, lessonKey, type: 'essay' })).toEqual(['type:TYPE_UNKNOWN']);
    expect(await fields({ type: 'single_choice', lessonKey, prompt: Q.single?.prompt, explanation: ex })).toEqual(['options:required']);
    expect(await fields({ ...Q.tf, lessonKey, answer: 'yes', options: [] })).toEqual(['options:additionalProperties', 'answer:type']);
    expect(await fields({ ...Q.single, lessonKey, options: [opt('a', true), opt('b', true)] })).toEqual(['options:ONE_CORRECT']);
    expect(await fields({ ...Q.text, lessonKey, prompt: { en: 'Only English' }, accepted: { en: ['x'] } })).toEqual(['prompt.hi:TEXT_MISSING', 'accepted.hi:ACCEPTED_MISSING']);
    expect(await fields({ ...Q.numeric, lessonKey, tolerance: -1 })).toEqual(['tolerance:minimum']);
    expect(await fields({ ...Q.tf, lessonKey: course.course.lessons[0]?.key })).toEqual(['lessonKey:LESSON_NOT_ASSESSMENT']);
  });

  it('refuses learners and outsiders; reviewers and publishers read only', async () => {
    const base = `/api/authoring/courses/${course.course.courseId}/questions`;
    const people = await Promise.all([
      makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_reviewer', org: 'UP-REV' }] }),
      makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_publisher', org: 'UP-REV' }] }),
      makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }),
    ]);
    const [reviewer, publisher, foreign] = await Promise.all(people.map((u) => t.client().signIn(u.email, TEST_PASSWORD)));
    for (const reader of [reviewer, publisher]) {
      expect((await reader?.get(base))?.body.editable).toBe(false);
      expect((await reader?.post(base, { ...Q.tf, lessonKey: course.lessonKey }))?.status).toBe(403);
    }
    expect((await foreign?.get(base))?.status).toBe(403);
    expect((await t.client().get(base)).status).toBe(401);
    expect((await learner.get(base)).status).toBe(403);
    expect((await learner.post(base, { ...Q.tf, lessonKey: course.lessonKey })).status).toBe(403);
    const anyQuestion = (await creator.get(base)).body.questions[0].id;
    expect((await learner.patch(`/api/authoring/questions/${anyQuestion}`, { position: 1 })).status).toBe(403);
    expect((await learner.delete(`/api/authoring/questions/${anyQuestion}`)).status).toBe(403);
  });
});
