import { bossExecutor, type JobDefinition } from '../../platform/jobs';
import { ASSESSMENT_SUBMITTED, closeAndScore, isOverdue, reportToLearning, type AssessmentSubmittedEvent } from './attempt-close';
import { findAttempt, overdueAttempts } from './attempts.repo';

export const CLOSE_OVERDUE_ATTEMPT = 'assessments.close-overdue-attempt';

/** Closes a timed attempt at its deadline (scheduled when the attempt starts); idempotent. */
export const closeOverdueAttemptJob: JobDefinition<{ userId: string; attemptId: string }> = {
  name: CLOSE_OVERDUE_ATTEMPT,
  async handle({ userId, attemptId }, ctx) {
    const a = await findAttempt(ctx.db, userId, attemptId);
    if (!a || a.status !== 'in_progress' || !a.deadline_at) return;
    if (!isOverdue(a, ctx.clock.now())) {
      await ctx.jobs.boss.send(CLOSE_OVERDUE_ATTEMPT, { userId, attemptId }, { startAfter: new Date(a.deadline_at), db: bossExecutor(ctx.db) });
      return;
    }
    await closeAndScore(ctx, userId, attemptId);
    // Any other overdue attempts (say, their own job was lost) are swept at the same time.
    for (const other of await overdueAttempts(ctx.db, ctx.clock.now(), 100)) await closeAndScore(ctx, other.user_id, other.id);
  },
};

/** Delivers a submitted attempt to the learning module again after commit (the direct call may have failed); idempotent there. */
export const recordResultJob: JobDefinition<AssessmentSubmittedEvent> = {
  name: 'assessments.record-result',
  topics: [ASSESSMENT_SUBMITTED],
  async handle(event, ctx) {
    await reportToLearning(ctx, event);
  },
};
