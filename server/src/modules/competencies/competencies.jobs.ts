import type { JobDefinition } from '../../platform/jobs';
import { movePassbook } from './passbook.repo';
import { recordAssessmentPass, recordCourseCompletion, type AssessmentSubmittedEvent, type CourseCompletedEvent } from './passbook.service';

/** Earned passbook entries and the peer rollup from `course.completed`; exactly once per learner and course. */
export const recordCompletionJob: JobDefinition<CourseCompletedEvent> = {
  name: 'competencies.record-completion',
  topics: ['course.completed'],
  async handle(event, ctx) {
    await recordCourseCompletion(ctx, event);
  },
};

/** Assessment entries from a passed final assessment (`assessment.submitted`); once per learner and course. */
export const recordAssessmentJob: JobDefinition<AssessmentSubmittedEvent> = {
  name: 'competencies.record-assessment',
  topics: ['assessment.submitted'],
  async handle(event, ctx) {
    await recordAssessmentPass(ctx, event);
  },
};

/** Moves a merged duplicate's passbook, levels and claimed completions to the account kept (`user.merged`). */
export const mergePassbookJob: JobDefinition<{ duplicateUserId: string; targetUserId: string }> = {
  name: 'competencies.merge-passbook',
  topics: ['user.merged'],
  async handle({ duplicateUserId, targetUserId }, ctx) {
    await ctx.db.transaction().execute((trx) => movePassbook(trx, duplicateUserId, targetUserId, ctx.clock.now()));
  },
};
