import type { LearnerAnswer } from './assessments.tables';
import { type AssessmentSettings, canSeeCourse, getPublishedCourse, type PublishedLesson } from '../courses';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { errors, type FieldError } from '../../platform/errors';
import { bossExecutor } from '../../platform/jobs';
import { enrolLearner } from '../learning';
import { assessmentErrors, assessmentFail } from './assessments.messages';
import { presentAttempt, presentAttemptLine, remainingSeconds } from './assessments.presenter';
import { CLOSE_OVERDUE_ATTEMPT } from './assessments.jobs';
import { closeAndScore, isOverdue } from './attempt-close';
import * as repo from './attempts.repo';
import type { AssessmentSummaryT, AttemptT, SaveAnswersInputT } from './attempts.schema';
import { drawQuestions } from './draw';
import { listQuestions, questionsByIds, type QuestionRow } from './questions.repo';

/** Pass mark when a lesson's settings give none. */
export const DEFAULT_PASS_MARK = 60;
const CLOSED_STATUSES = new Set(['submitted', 'expired']);

/** The published quiz or final-assessment lesson the learner may take; 404 otherwise. */
async function assessmentLesson(ctx: AppContext, actor: Actor, courseId: string, lessonKey: string): Promise<{ versionId: string; lesson: PublishedLesson }> {
  if (!(await canSeeCourse(ctx.db, actor, courseId))) throw assessmentFail(404, 'COURSE_NOT_FOUND');
  const course = await getPublishedCourse(ctx.db, courseId);
  const lesson = course?.modules.flatMap((m) => m.lessons).find((l) => l.key === lessonKey);
  if (!course || !lesson || (lesson.type !== 'quiz' && lesson.type !== 'final_assessment')) throw assessmentFail(404, 'ASSESSMENT_NOT_FOUND');
  return { versionId: course.versionId, lesson };
}

const usedCount = (attempts: repo.AttemptRow[]) => attempts.filter((a) => CLOSED_STATUSES.has(a.status)).length;

/** Presents an attempt with its number among the learner's attempts on the lesson and the lesson's limit. */
async function view(ctx: AppContext, a: repo.AttemptRow, attemptLimit?: number | null): Promise<AttemptT> {
  const [all, questions] = await Promise.all([
    repo.attemptsOf(ctx.db, a.user_id, a.course_id, a.lesson_key),
    questionsByIds(ctx.db, a.questions.map((d) => d.id)),
  ]);
  let limit = attemptLimit;
  if (limit === undefined) {
    const course = await getPublishedCourse(ctx.db, a.course_id);
    limit = course?.modules.flatMap((m) => m.lessons).find((l) => l.key === a.lesson_key)?.settings.attemptLimit ?? null;
  }
  const attemptNo = all.findIndex((x) => x.id === a.id) + 1;
  return presentAttempt(a, new Map(questions.map((q) => [q.id, q])), { attemptNo, attemptLimit: limit ?? null, now: ctx.clock.now() });
}

/**
 * Starts an attempt, or returns the one in progress: an interrupted attempt resumes and is not consumed. Counts only
 * closed attempts against the limit; draws and orders the questions once, here, and fixes a server-side deadline.
 */
export async function startAttempt(ctx: AppContext, actor: Actor, courseId: string, lessonKey: string): Promise<{ attempt: AttemptT; created: boolean }> {
  const { versionId, lesson } = await assessmentLesson(ctx, actor, courseId, lessonKey);
  const settings: AssessmentSettings = lesson.settings ?? {};
  const limit = settings.attemptLimit && settings.attemptLimit > 0 ? settings.attemptLimit : null;
  const now = ctx.clock.now();
  const open = await repo.openAttempt(ctx.db, actor.userId, courseId, lessonKey);
  if (open && !isOverdue(open, now)) return { attempt: await view(ctx, open, limit), created: false };
  if (open) await closeAndScore(ctx, actor.userId, open.id);

  const used = usedCount(await repo.attemptsOf(ctx.db, actor.userId, courseId, lessonKey));
  if (limit !== null && used >= limit) throw assessmentFail(409, 'ATTEMPT_LIMIT_REACHED', { limit });
  const pool = await listQuestions(ctx.db, versionId, lessonKey);
  if (pool.length === 0) throw assessmentFail(409, 'NO_QUESTIONS');
  const deadline = settings.timeLimitSeconds && settings.timeLimitSeconds > 0 ? new Date(now.getTime() + settings.timeLimitSeconds * 1000) : null;

  const id = await ctx.db.transaction().execute(async (trx) => {
    await enrolLearner(trx, { userId: actor.userId, courseId, source: 'self', now });
    const inserted = await repo.insertAttempt(trx, {
      user_id: actor.userId,
      course_id: courseId,
      version_id: versionId,
      lesson_key: lessonKey,
      lesson_type: lesson.type === 'quiz' ? 'quiz' : 'final_assessment',
      questions: JSON.stringify(drawQuestions(pool, settings)),
      answers: JSON.stringify({}),
      pass_mark: settings.passMark ?? DEFAULT_PASS_MARK,
      started_at: now,
      deadline_at: deadline,
    });
    if (inserted && deadline) {
      // The sweeper closes it at the deadline even if the learner never comes back.
      await ctx.jobs.boss.send(CLOSE_OVERDUE_ATTEMPT, { userId: actor.userId, attemptId: inserted }, { startAfter: deadline, db: bossExecutor(trx) });
    }
    return inserted;
  });
  // Another tab started one at the same moment: both get that attempt.
  const row = id ? await repo.findAttempt(ctx.db, actor.userId, id) : await repo.openAttempt(ctx.db, actor.userId, courseId, lessonKey);
  if (!row) throw assessmentFail(409, 'ATTEMPT_CLOSED');
  return { attempt: await view(ctx, row, limit), created: Boolean(id) };
}

/** The learner's own attempt; another learner's is simply not found. */
async function ownAttempt(ctx: AppContext, actor: Actor, id: string): Promise<repo.AttemptRow> {
  const a = await repo.findAttempt(ctx.db, actor.userId, id);
  if (!a) throw assessmentFail(404, 'ATTEMPT_NOT_FOUND');
  return a;
}

/** Resumes an attempt with its saved answers and remaining time; an overdue one is closed first and shows its result. */
export async function getAttempt(ctx: AppContext, actor: Actor, id: string): Promise<AttemptT> {
  let a = await ownAttempt(ctx, actor, id);
  if (a.status === 'in_progress' && isOverdue(a, ctx.clock.now())) a = (await closeAndScore(ctx, actor.userId, id)).attempt;
  return view(ctx, a);
}

function answerFits(q: QuestionRow, ans: LearnerAnswer): FieldError | null {
  const known = (ids: string[], list: { id: string }[]) => ids.every((x) => list.some((o) => o.id === x));
  const shape = { field: '', code: 'ANSWER_SHAPE', message: assessmentErrors.ANSWER_SHAPE };
  const unknown = { field: '', code: 'UNKNOWN_OPTION', message: assessmentErrors.UNKNOWN_OPTION };
  switch (q.type) {
    case 'single_choice':
      if (!('optionId' in ans)) return shape;
      return Array.isArray(q.options) && known([ans.optionId], q.options) ? null : unknown;
    case 'multiple_choice':
      if (!('optionIds' in ans)) return shape;
      return Array.isArray(q.options) && known(ans.optionIds, q.options) ? null : unknown;
    case 'true_false':
      return 'value' in ans ? null : shape;
    case 'fill_text':
      return 'text' in ans ? null : shape;
    case 'fill_numeric':
      return 'number' in ans ? null : shape;
    case 'match':
      if (!('pairs' in ans)) return shape;
      return !Array.isArray(q.options) && known(Object.keys(ans.pairs), q.options.left) && known(Object.values(ans.pairs), q.options.right) ? null : unknown;
  }
}

/** Checks answers against the attempt's questions and merges them in; refused once closed or past the deadline. */
async function merge(ctx: AppContext, a: repo.AttemptRow, answers: SaveAnswersInputT['answers']) {
  const drawn = new Set(a.questions.map((d) => d.id));
  const questions = new Map((await questionsByIds(ctx.db, [...drawn])).map((q) => [q.id, q]));
  const fields: FieldError[] = [];
  const set: Record<string, LearnerAnswer> = {};
  const remove: string[] = [];
  for (const [qid, ans] of Object.entries(answers)) {
    const q = questions.get(qid);
    if (!q || !drawn.has(qid)) {
      fields.push({ field: `answers.${qid}`, code: 'QUESTION_NOT_IN_ATTEMPT', message: assessmentErrors.QUESTION_NOT_IN_ATTEMPT });
    } else if (ans === null) {
      remove.push(qid);
    } else {
      const problem = answerFits(q, ans);
      if (problem) fields.push({ ...problem, field: `answers.${qid}` });
      else set[qid] = ans;
    }
  }
  if (fields.length) throw errors.validation(fields);
  return repo.mergeAnswers(ctx.db, a.user_id, a.id, set, remove, ctx.clock.now());
}

/** Autosave: merges partial answers (idempotent); 409 ATTEMPT_CLOSED after submission, ATTEMPT_EXPIRED after the deadline. */
export async function saveAnswers(ctx: AppContext, actor: Actor, id: string, answers: SaveAnswersInputT['answers']) {
  const a = await ownAttempt(ctx, actor, id);
  if (a.status !== 'in_progress') throw assessmentFail(409, a.status === 'expired' ? 'ATTEMPT_EXPIRED' : 'ATTEMPT_CLOSED');
  if (isOverdue(a, ctx.clock.now())) {
    await closeAndScore(ctx, actor.userId, id);
    throw assessmentFail(409, 'ATTEMPT_EXPIRED');
  }
  const saved = await merge(ctx, a, answers);
  if (!saved) {
    const now = await ownAttempt(ctx, actor, id);
    throw assessmentFail(409, now.status === 'in_progress' || now.status === 'expired' ? 'ATTEMPT_EXPIRED' : 'ATTEMPT_CLOSED');
  }
  return {
    savedAt: new Date(saved.answers_saved_at ?? ctx.clock.now()).toISOString(),
    answeredCount: Object.keys(saved.answers).length,
    remainingSeconds: remainingSeconds(a.deadline_at, ctx.clock.now()),
  };
}

/**
 * Submits an attempt: any last answers are saved if the deadline has not passed, then the server scores it once.
 * Submitting again (or from a second tab) returns the same result.
 */
export async function submitAttempt(ctx: AppContext, actor: Actor, id: string, answers?: SaveAnswersInputT['answers']): Promise<AttemptT> {
  const a = await ownAttempt(ctx, actor, id);
  if (a.status === 'in_progress' && answers && Object.keys(answers).length && !isOverdue(a, ctx.clock.now())) await merge(ctx, a, answers);
  const { attempt } = a.status === 'in_progress' ? await closeAndScore(ctx, actor.userId, id) : { attempt: a };
  return view(ctx, attempt);
}

/** The learner's standing on one assessment: limit, attempts used, best score, the attempt to resume. */
export async function assessmentSummary(ctx: AppContext, actor: Actor, courseId: string, lessonKey: string): Promise<AssessmentSummaryT> {
  const { versionId, lesson } = await assessmentLesson(ctx, actor, courseId, lessonKey);
  const s = lesson.settings ?? {};
  const limit = s.attemptLimit && s.attemptLimit > 0 ? s.attemptLimit : null;
  const attempts = await repo.attemptsOf(ctx.db, actor.userId, courseId, lessonKey);
  const used = usedCount(attempts);
  const scores = attempts.filter((a) => a.score_percent !== null).map((a) => Number(a.score_percent));
  const pool = (await listQuestions(ctx.db, versionId, lessonKey)).length;
  return {
    courseId,
    lessonKey,
    lessonType: lesson.type,
    passMark: s.passMark ?? DEFAULT_PASS_MARK,
    attemptLimit: limit,
    attemptsUsed: used,
    attemptsLeft: limit === null ? null : Math.max(0, limit - used),
    questionCount: s.drawCount && s.drawCount > 0 ? Math.min(s.drawCount, pool) : pool,
    timeLimitSeconds: s.timeLimitSeconds && s.timeLimitSeconds > 0 ? s.timeLimitSeconds : null,
    bestScorePercent: scores.length ? Math.max(...scores) : null,
    passed: attempts.some((a) => a.passed === true),
    inProgressAttemptId: attempts.find((a) => a.status === 'in_progress')?.id ?? null,
    attempts: attempts.map(presentAttemptLine),
  };
}
