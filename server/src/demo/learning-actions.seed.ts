import crypto from 'node:crypto';
import type { Language } from '../db/column-types';
import {
  type LearnerAnswer,
  type QuestionRow,
  questionsByIds,
  saveAnswers,
  startAttempt,
  submitAttempt,
} from '../modules/assessments';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import type { PublishedLesson } from '../modules/courses';
import {
  enrolLearner,
  type LessonUpdate,
  rateCourse,
  recordAssessmentResult,
  recordProgress,
} from '../modules/learning';

/*
 * What a demo learner does, through the same services the HTTP API calls, at a chosen moment in the past
 * (each call gets a context whose clock reads that moment), so enrolments, completion, learning hours, the
 * `course.completed` events and the course counters are exactly what real use would have left.
 */

/** The context as it was at a moment in the past. */
export function at(ctx: AppContext, moment: Date): AppContext {
  return { ...ctx, clock: { now: () => new Date(moment) } };
}

/** A learner as the services see a signed-in person (no roles: demo learners only learn). */
export function learnerActor(u: { id: string; orgId: string; tenantId: string; language: Language }): Actor {
  return { userId: u.id, sessionHash: 'demo-seed', csrfToken: 'demo-seed', language: u.language, orgId: u.orgId, tenantId: u.tenantId, roles: [] };
}

export const isAssessment = (l: PublishedLesson) => l.type === 'quiz' || l.type === 'final_assessment';

/** Enrols the learner at a moment (self or by assignment with a due date). */
export async function enrolAt(ctx: AppContext, userId: string, courseId: string, source: 'self' | 'assignment', moment: Date, dueAt: Date | null) {
  await ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId, courseId, source, dueAt, now: moment }));
}

/** The progress update a player sends for a lesson done to `share` (0–1): ranges played, pages seen, end reached. */
export function lessonUpdate(lesson: PublishedLesson, share: number, language: Language, seq: number): LessonUpdate {
  const content = lesson.content[language] ?? lesson.content.en ?? lesson.content.hi ?? {};
  const done = share >= 1;
  const base = { lessonKey: lesson.key, clientSeq: seq, language };
  switch (lesson.type) {
    case 'video':
    case 'audio': {
      const duration = content.durationSeconds ?? 60;
      const to = Math.round(duration * Math.min(1, share) * 10) / 10;
      const media = { watchedRanges: [[0, to]] as [number, number][], positionSeconds: to, ...(done ? { ended: true } : {}) };
      return { ...base, timeSpentSeconds: Math.round(to) + 20, [lesson.type]: media };
    }
    case 'pdf': {
      const pages = content.pages ?? 1;
      const seen = Math.max(1, Math.min(pages, Math.ceil(pages * share)));
      return { ...base, timeSpentSeconds: seen * 75, pdf: { pagesViewed: Array.from({ length: seen }, (_, i) => i + 1) } };
    }
    case 'html':
      return { ...base, timeSpentSeconds: done ? 420 : Math.round(420 * share), ...(done ? { html: { scrolledToEnd: true } } : {}) };
    case 'link':
      return { ...base, timeSpentSeconds: 90, ...(done ? { link: { opened: true } } : {}) };
    case 'file':
      return { ...base, timeSpentSeconds: 60, ...(done ? { file: { downloaded: true } } : {}) };
    default:
      return { ...base, timeSpentSeconds: 0 };
  }
}

/** Sends one batch of lesson updates at a moment. */
export async function reportAt(ctx: AppContext, userId: string, courseId: string, updates: LessonUpdate[], moment: Date): Promise<void> {
  if (updates.length) await recordProgress(at(ctx, moment), userId, courseId, updates);
}

/** The right answer to a question, from its key (what a learner who knows the material would give). */
function rightAnswer(q: QuestionRow, language: Language): LearnerAnswer | null {
  const key = q.answer;
  if ((q.type === 'single_choice' || q.type === 'multiple_choice') && 'correct' in key) {
    return q.type === 'single_choice' ? { optionId: key.correct[0] ?? '' } : { optionIds: key.correct };
  }
  if (q.type === 'true_false' && 'value' in key && typeof key.value === 'boolean') return { value: key.value };
  if (q.type === 'fill_text' && 'accepted' in key) {
    const text = key.accepted[language]?.[0] ?? Object.values(key.accepted).flat()[0];
    return text ? { text } : null;
  }
  if (q.type === 'fill_numeric' && 'tolerance' in key) return { number: key.value };
  if (q.type === 'match' && 'pairs' in key) return { pairs: key.pairs };
  return null;
}

/** Answers of an attempt: all right, or only the first `right` of them (the rest left blank). */
async function answersFor(ctx: AppContext, questionIds: string[], language: Language, right = Number.POSITIVE_INFINITY) {
  const rows = new Map((await questionsByIds(ctx.db, questionIds)).map((q) => [q.id, q]));
  const out: Record<string, LearnerAnswer> = {};
  for (const id of questionIds.slice(0, right)) {
    const q = rows.get(id);
    const a = q ? rightAnswer(q, language) : null;
    if (a) out[id] = a;
  }
  return out;
}

/** Takes an assessment through the attempts service at a moment: started, answered (well or not) and submitted. */
export async function takeAssessment(ctx: AppContext, actor: Actor, courseId: string, lessonKey: string, moment: Date, pass = true): Promise<void> {
  const then = at(ctx, moment);
  const { attempt } = await startAttempt(then, actor, courseId, lessonKey);
  const ids = attempt.questions.map((q) => q.id);
  const answers = await answersFor(ctx, ids, actor.language, pass ? ids.length : 1);
  await submitAttempt(at(ctx, new Date(moment.getTime() + 6 * 60_000)), actor, attempt.id, answers);
}

/**
 * Records an assessment result straight into learning progress (what the attempts service does after scoring),
 * for the generated learners: an attempt through the attempts service costs about 35 statements, this about 8.
 */
export async function recordResult(ctx: AppContext, userId: string, courseId: string, lessonKey: string, moment: Date, pass = true): Promise<void> {
  const scorePercent = pass ? 80 + (moment.getTime() % 5) * 5 : 40;
  await recordAssessmentResult(at(ctx, moment), { userId, courseId, lessonKey, passed: pass, scorePercent, attemptId: crypto.randomUUID() });
}

/** Starts an assessment and saves some answers, then leaves it open: the learner resumes it from My Learning. */
export async function leaveAttemptOpen(ctx: AppContext, actor: Actor, courseId: string, lessonKey: string, moment: Date, answered: number): Promise<void> {
  const { attempt } = await startAttempt(at(ctx, moment), actor, courseId, lessonKey);
  const ids = attempt.questions.map((q) => q.id);
  await saveAnswers(at(ctx, new Date(moment.getTime() + 3 * 60_000)), actor, attempt.id, await answersFor(ctx, ids, actor.language, answered));
}

/** Rates a completed course at a moment. */
export async function rateAt(ctx: AppContext, actor: Actor, courseId: string, moment: Date, stars: number, review?: string): Promise<void> {
  await rateCourse(at(ctx, moment), actor, courseId, { stars, review });
}
