import type { Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import { writeOutbox } from '../../platform/outbox';
import { creditedMinutes, evaluateCompletion, type CompletionState } from './completion.rules';
import type { CourseOutline } from './course-outline';
import { bumpCourseCounter, completeEnrolment, updateEnrolment, type LockedEnrolment } from './learning.repo';
import type { LessonState } from './progress.rules';

export const COURSE_COMPLETED = 'course.completed';

/** Payload of the `course.completed` outbox event (certificates, competencies, plans and reports consume it). */
export interface CourseCompletedEvent {
  userId: string;
  courseId: string;
  versionId: string;
  completedAt: string;
  language: Language;
  learningMinutes: number;
}

/** The enrolment after settling, for the response. */
export interface Settled {
  completion: CompletionState;
  status: 'in_progress' | 'completed';
  completedAt: Date | null;
  justCompleted: boolean;
}

/**
 * Re-evaluates a locked enrolment against the current version's rule and records activity. On the first
 * evaluation that finds it complete: completed status, credited minutes, the course's completion count and the
 * `course.completed` event, all in the caller's transaction (the enrolment lock makes this happen exactly once).
 */
export async function settleEnrolment(
  trx: Transaction<DB>,
  enrolment: LockedEnrolment,
  outline: CourseOutline,
  progress: Map<string, LessonState>,
  activity: { now: Date; language: Language; lastLessonKey: string | null; addedSeconds: number; pacedAt?: Date },
): Promise<Settled> {
  const completion = evaluateCompletion(outline.lessons, progress, activity.language);
  const common = {
    last_activity_at: activity.now,
    last_language: activity.language,
    ...(activity.lastLessonKey ? { last_lesson_key: activity.lastLessonKey } : {}),
    time_spent_seconds: Number(enrolment.time_spent_seconds) + activity.addedSeconds,
    ...(activity.pacedAt ? { paced_at: activity.pacedAt } : {}),
  };
  // The credit rule (completion.rules.ts): nominal hours only when the time spent reaches its stated share.
  const learningMinutes = creditedMinutes(outline.durationMinutes, common.time_spent_seconds);
  if (enrolment.status === 'completed') {
    await updateEnrolment(trx, enrolment.user_id, enrolment.course_id, common);
    return { completion: { ...completion, complete: true, percent: 100 }, status: 'completed', completedAt: enrolment.completed_at, justCompleted: false };
  }
  if (!completion.complete) {
    await updateEnrolment(trx, enrolment.user_id, enrolment.course_id, { ...common, progress_percent: completion.percent });
    return { completion, status: 'in_progress', completedAt: null, justCompleted: false };
  }
  const done = await completeEnrolment(trx, enrolment.user_id, enrolment.course_id, {
    ...common,
    progress_percent: 100,
    completed_at: activity.now,
    completed_version_id: outline.versionId,
    completed_language: activity.language,
    // A re-take adds its hours to those of earlier attempts (restartEnrolment keeps them).
    learning_minutes_credited: Number(enrolment.learning_minutes_credited ?? 0) + learningMinutes,
  });
  if (done) {
    await bumpCourseCounter(trx, enrolment.course_id, 'completion_count');
    const event: CourseCompletedEvent = {
      userId: enrolment.user_id,
      courseId: enrolment.course_id,
      versionId: outline.versionId,
      completedAt: activity.now.toISOString(),
      language: activity.language,
      learningMinutes,
    };
    await writeOutbox(trx, COURSE_COMPLETED, { ...event });
  }
  return { completion, status: 'completed', completedAt: activity.now, justCompleted: done };
}
