import type { Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { AppContext } from '../../platform/context';
import { evaluateCompletion } from './completion.rules';
import { outlineOf, type CourseOutline } from './course-outline';
import { progressSnapshot, writeIfUnchanged } from './progress-fast.repo';
import { cacheSnapshot, takeCachedSnapshot } from './progress-cache';
import { settleEnrolment, type Settled } from './completion.service';
import { learningFail } from './learning.messages';
import { lockEnrolment, progressOf, saveProgress, type LockedEnrolment } from './learning.repo';
import { applyAssessment, applyUpdate, emptyState, type LessonState, type LessonUpdate } from './progress.rules';
import { nextPaceMark, paceBudget, usedSeconds, type PaceBudget } from './pace.rules';

/** The outcome of a progress write: the touched lessons' states and where the enrolment stands. */
export interface ProgressResult {
  outline: CourseOutline;
  progress: Map<string, LessonState>;
  touched: string[];
  settled: Settled;
  /** What the batch reported and what the pace rule credited of it. */
  pace: PaceBudget;
}

/** Locks the enrolment and loads the current outline; 409 NOT_ENROLLED, 404 when the course lost its publication. */
async function lockedContext(trx: Transaction<DB>, userId: string, courseId: string): Promise<{ enrolment: LockedEnrolment; outline: CourseOutline }> {
  const enrolment = await lockEnrolment(trx, userId, courseId);
  if (!enrolment) throw learningFail(409, 'NOT_ENROLLED');
  const outline = enrolment.published_version_id ? await outlineOf(trx, enrolment.published_version_id) : null;
  if (!outline) throw learningFail(404, 'COURSE_NOT_FOUND');
  return { enrolment, outline };
}

type PacedEnrolment = { paced_at: Date | null; enrolled_at: Date };

/**
 * Applies a batch to the progress map in place, within the enrolment's pace budget; returns the changed lessons, the
 * newly counted seconds, the budget (reported vs credited) and the enrolment's next pace mark.
 */
function applyBatch(outline: CourseOutline, progress: Map<string, LessonState>, updates: LessonUpdate[], now: Date, enrolment: PacedEnrolment) {
  const byKey = new Map(outline.lessons.map((l) => [l.key, l]));
  for (const u of updates) {
    if (!byKey.has(u.lessonKey)) throw learningFail(400, 'LESSON_NOT_IN_COURSE', { lessonKey: u.lessonKey });
  }
  const changed = new Map<string, LessonState>();
  const pace = paceBudget(enrolment.paced_at, enrolment.enrolled_at, now);
  let added = 0;
  for (const u of updates) {
    const lesson = byKey.get(u.lessonKey);
    if (!lesson) continue;
    const before = progress.get(u.lessonKey) ?? emptyState();
    const after = applyUpdate(before, lesson, u, now, pace);
    added += after.timeSpentSeconds - before.timeSpentSeconds;
    progress.set(u.lessonKey, after);
    changed.set(u.lessonKey, after);
  }
  return { changed, added, pace, pacedAt: nextPaceMark(enrolment.paced_at, enrolment.enrolled_at, now, usedSeconds(pace)) };
}

/**
 * The common case without a transaction: read everything in one statement, merge in memory, write in one
 * compare-and-set statement. Returns 'retry' when another write came first, 'locked' when this batch completes
 * the course (completion always goes through the locked path, so it happens exactly once).
 */
async function recordLockFree(ctx: AppContext, userId: string, courseId: string, updates: LessonUpdate[]): Promise<ProgressResult | 'retry' | 'locked'> {
  const now = ctx.clock.now();
  const snap = takeCachedSnapshot(ctx.db, userId, courseId) ?? (await progressSnapshot(ctx.db, userId, courseId));
  if (!snap) throw learningFail(409, 'NOT_ENROLLED');
  const { enrolment, progress } = snap;
  const outline = enrolment.published_version_id ? await outlineOf(ctx.db, enrolment.published_version_id) : null;
  if (!outline) throw learningFail(404, 'COURSE_NOT_FOUND');
  const { changed, added, pace, pacedAt } = applyBatch(outline, progress, updates, now, enrolment);
  const last = updates[updates.length - 1];
  const language: Language = last?.language ?? enrolment.last_language ?? enrolment.user_language;
  const completion = evaluateCompletion(outline.lessons, progress, language);
  const wasCompleted = enrolment.status === 'completed';
  if (!wasCompleted && completion.complete) return 'locked';
  const percent = wasCompleted ? 100 : completion.percent;
  const written = await writeIfUnchanged(ctx.db, {
    userId, courseId, version: enrolment.progress_version, publishedVersionId: outline.versionId, percent, now, language, lastLessonKey: last?.lessonKey ?? null, addedSeconds: added, pacedAt, states: changed,
  });
  if (!written) return 'retry';
  const lastLessonKey = last?.lessonKey ?? enrolment.last_lesson_key;
  cacheSnapshot(ctx.db, userId, courseId, {
    enrolment: {
      ...enrolment, progress_version: enrolment.progress_version + 1, progress_percent: percent, last_activity_at: now,
      last_language: language, last_lesson_key: lastLessonKey, time_spent_seconds: Number(enrolment.time_spent_seconds) + added,
      paced_at: pacedAt,
    },
    progress: new Map(progress),
  });
  const settled: Settled = wasCompleted
    ? { completion: { ...completion, complete: true, percent: 100 }, status: 'completed', completedAt: enrolment.completed_at, justCompleted: false }
    : { completion, status: 'in_progress', completedAt: null, justCompleted: false };
  return { outline, progress, touched: [...changed.keys()], settled, pace };
}

/** The same under the enrolment lock in a short transaction: used for completion and after repeated conflicts. */
async function recordLocked(ctx: AppContext, userId: string, courseId: string, updates: LessonUpdate[]): Promise<ProgressResult> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const { enrolment, outline } = await lockedContext(trx, userId, courseId);
    const progress = await progressOf(trx, userId, courseId);
    const { changed, added, pace, pacedAt } = applyBatch(outline, progress, updates, now, enrolment);
    await saveProgress(trx, userId, courseId, changed, now);
    const last = updates[updates.length - 1];
    const language: Language = last?.language ?? enrolment.last_language ?? enrolment.user_language;
    const settled = await settleEnrolment(trx, enrolment, outline, progress, { now, language, lastLessonKey: last?.lessonKey ?? null, addedSeconds: added, pacedAt });
    return { outline, progress, touched: [...changed.keys()], settled, pace };
  });
}

/**
 * Applies a batch of lesson updates from the player: idempotent and monotonic per lesson, safe under concurrent
 * tabs (compare-and-set, or the enrolment lock), then re-evaluates completion.
 */
export async function recordProgress(ctx: AppContext, userId: string, courseId: string, updates: LessonUpdate[]): Promise<ProgressResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await recordLockFree(ctx, userId, courseId, updates);
    if (result === 'locked') break;
    if (result !== 'retry') return result;
  }
  return recordLocked(ctx, userId, courseId, updates);
}

/** Result of recording an assessment attempt. */
export interface AssessmentRecorded {
  lessonCompleted: boolean;
  courseCompleted: boolean;
  /** True only for the call that completed the course. */
  courseJustCompleted: boolean;
}

/**
 * Called by the assessments module when a quiz or final assessment attempt is submitted: a pass completes the
 * lesson (idempotently; a repeated or later attempt changes nothing) and the course's completion is re-evaluated.
 */
export async function recordAssessmentResult(
  ctx: AppContext,
  input: { userId: string; courseId: string; lessonKey: string; passed: boolean; scorePercent: number; attemptId: string },
): Promise<AssessmentRecorded> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const { enrolment, outline } = await lockedContext(trx, input.userId, input.courseId);
    const lesson = outline.lessons.find((l) => l.key === input.lessonKey);
    if (!lesson) throw learningFail(400, 'LESSON_NOT_IN_COURSE', { lessonKey: input.lessonKey });
    if (lesson.type !== 'quiz' && lesson.type !== 'final_assessment') throw learningFail(400, 'PROGRESS_TYPE_MISMATCH', { type: lesson.type });
    const progress = await progressOf(trx, input.userId, input.courseId);
    const before = progress.get(lesson.key) ?? emptyState();
    const after = applyAssessment(before, input.passed, input.scorePercent, input.attemptId, now);
    progress.set(lesson.key, after);
    await saveProgress(trx, input.userId, input.courseId, new Map([[lesson.key, after]]), now);
    const language: Language = enrolment.last_language ?? enrolment.user_language;
    const settled = await settleEnrolment(trx, enrolment, outline, progress, { now, language, lastLessonKey: lesson.key, addedSeconds: 0 });
    return { lessonCompleted: after.status === 'completed', courseCompleted: settled.status === 'completed', courseJustCompleted: settled.justCompleted };
  });
}
