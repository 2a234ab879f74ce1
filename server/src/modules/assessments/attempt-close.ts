import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { recordAssessmentResult } from '../learning';
import { closeAttempt, findAttempt, type AttemptRow } from './attempts.repo';
import { questionsByIds } from './questions.repo';
import { scoreAttempt } from './scoring';

export const ASSESSMENT_SUBMITTED = 'assessment.submitted';

/** The payload of the `assessment.submitted` outbox event. */
export interface AssessmentSubmittedEvent {
  userId: string;
  courseId: string;
  lessonKey: string;
  attemptId: string;
  passed: boolean;
  scorePercent: number;
}

/** True when a timed attempt's deadline has passed. */
export function isOverdue(a: Pick<AttemptRow, 'deadline_at'>, now: Date): boolean {
  return a.deadline_at !== null && now.getTime() >= new Date(a.deadline_at).getTime();
}

/** Tells the learning module about a closed attempt; a failure is logged and retried by the outbox job. */
export async function reportToLearning(ctx: AppContext, e: AssessmentSubmittedEvent): Promise<void> {
  try {
    await recordAssessmentResult(ctx, e);
  } catch (err) {
    ctx.log.warn({ err: (err as Error).message, attemptId: e.attemptId }, 'assessment result not recorded in learning yet');
  }
}

/**
 * Scores and closes an attempt on the server, from the answers saved so far (saves are refused after the deadline,
 * so an overdue attempt counts only answers saved before it). The UPDATE is conditional on the attempt still being
 * in progress: of two tabs (or a tab and the sweeper) closing at once, one scores it and writes the event; the other
 * reads the result. Returns the closed attempt and whether this call closed it.
 */
export async function closeAndScore(ctx: AppContext, userId: string, attemptId: string): Promise<{ attempt: AttemptRow; closedNow: boolean }> {
  const now = ctx.clock.now();
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const a = await findAttempt(trx, userId, attemptId);
    if (!a || a.status !== 'in_progress') return null;
    const questions = await questionsByIds(trx, a.questions.map((d) => d.id));
    const score = scoreAttempt(questions, a.answers, Number(a.pass_mark));
    const closed = await closeAttempt(trx, userId, attemptId, { status: isOverdue(a, now) ? 'expired' : 'submitted', ...score, submittedAt: now });
    if (!closed) return null;
    const event: AssessmentSubmittedEvent = {
      userId,
      courseId: a.course_id,
      lessonKey: a.lesson_key,
      attemptId,
      passed: score.passed,
      scorePercent: score.scorePercent,
    };
    await writeOutbox(trx, ASSESSMENT_SUBMITTED, { ...event });
    return { closed, event };
  });
  if (outcome) {
    await reportToLearning(ctx, outcome.event);
    return { attempt: outcome.closed, closedNow: true };
  }
  const after = await findAttempt(ctx.db, userId, attemptId);
  if (!after) throw new Error('attempt vanished');
  return { attempt: after, closedNow: false };
}
