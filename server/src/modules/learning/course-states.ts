import { sql, type Kysely, type Transaction } from 'kysely';
import type { EnrolmentSource, Language } from '../../db/column-types';
import type { DB } from '../../db/database';

/** A learner's enrolment in one course as other modules (programmes, plans) read it. */
export interface CourseState {
  courseId: string;
  source: EnrolmentSource;
  status: 'in_progress' | 'completed';
  progressPercent: number;
  enrolledAt: Date;
  dueAt: Date | null;
  completedAt: Date | null;
  completedLanguage: Language | null;
  learningMinutesCredited: number;
  /** Time the pace rule credited in the course so far. */
  timeSpentSeconds: number;
}

/** The learner's enrolments in the given courses, keyed by course id (courses not enrolled in are absent). */
export async function courseStatesOf(db: Kysely<DB> | Transaction<DB>, userId: string, courseIds: readonly string[]): Promise<Map<string, CourseState>> {
  if (courseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enrolments')
    .select(['course_id', 'source', 'status', 'progress_percent', 'enrolled_at', 'due_at', 'completed_at', 'completed_language', 'learning_minutes_credited', 'time_spent_seconds'])
    .where('user_id', '=', userId)
    .where('course_id', 'in', [...new Set(courseIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.course_id,
      {
        courseId: r.course_id,
        source: r.source,
        status: r.status,
        progressPercent: r.progress_percent,
        enrolledAt: r.enrolled_at,
        dueAt: r.due_at,
        completedAt: r.completed_at,
        completedLanguage: r.completed_language,
        learningMinutesCredited: r.learning_minutes_credited,
        timeSpentSeconds: Number(r.time_spent_seconds),
      },
    ]),
  );
}

/** A completed enrolment of one learner in one course. */
export interface CourseCompletionRow {
  userId: string;
  courseId: string;
  completedAt: Date;
}

/**
 * Completed enrolments of many learners in the given courses (for set-wise work such as a training plan going live),
 * keyed by the learners' ids. Only completed enrolments are returned.
 */
export async function courseCompletionsOf(db: Kysely<DB> | Transaction<DB>, userIds: readonly string[], courseIds: readonly string[]): Promise<CourseCompletionRow[]> {
  if (userIds.length === 0 || courseIds.length === 0) return [];
  // A join with the unnested ids (not `= ANY(array)`): the plan stays an index lookup per learner for any batch size.
  const { rows } = await sql<{ user_id: string; course_id: string; completed_at: Date | null }>`
    SELECT e.user_id, e.course_id, e.completed_at
    FROM unnest(${[...userIds]}::uuid[]) AS t(id)
    JOIN enrolments e ON e.user_id = t.id AND e.course_id = ANY(${[...new Set(courseIds)]}::uuid[])
    WHERE e.status = 'completed'`.execute(db);
  return rows.flatMap((r) => (r.completed_at ? [{ userId: r.user_id, courseId: r.course_id, completedAt: new Date(r.completed_at) }] : []));
}
