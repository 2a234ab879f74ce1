import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AssessmentAttemptsTable, LearnerAnswer, QuestionResult } from './assessments.tables';

type Q = Kysely<DB> | Transaction<DB>;

/** One of the learner's attempts (always looked up with its user_id: the table is keyed on it). */
export async function findAttempt(db: Q, userId: string, id: string) {
  return db.selectFrom('assessment_attempts').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}
export type AttemptRow = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;

/** The learner's attempt in progress on a lesson, if any. */
export async function openAttempt(db: Q, userId: string, courseId: string, lessonKey: string) {
  return db
    .selectFrom('assessment_attempts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .where('lesson_key', '=', lessonKey)
    .where('status', '=', 'in_progress')
    .executeTakeFirst();
}

/** The learner's attempts on a lesson, oldest first. */
export async function attemptsOf(db: Q, userId: string, courseId: string, lessonKey: string): Promise<AttemptRow[]> {
  return db
    .selectFrom('assessment_attempts')
    .selectAll()
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .where('lesson_key', '=', lessonKey)
    .orderBy('started_at')
    .execute();
}

/** Inserts an attempt unless one is already in progress for the lesson (then returns undefined). */
export async function insertAttempt(trx: Q, values: Insertable<AssessmentAttemptsTable>): Promise<string | undefined> {
  const row = await trx
    .insertInto('assessment_attempts')
    .values(values)
    .onConflict((oc) => oc.columns(['user_id', 'course_id', 'lesson_key']).where('status', '=', 'in_progress').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Merges answers into an attempt (null removes one) only while it is in progress and before its deadline;
 * returns undefined when the condition failed, so a late or closed save changes nothing.
 */
export async function mergeAnswers(db: Q, userId: string, id: string, set: Record<string, LearnerAnswer>, remove: string[], now: Date) {
  return db
    .updateTable('assessment_attempts')
    .set({
      answers: sql`(answers || ${JSON.stringify(set)}::jsonb) - ${remove}::text[]`,
      answers_saved_at: now,
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', '=', 'in_progress')
    .where((eb) => eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>', now)]))
    .returning(['answers', 'answers_saved_at'])
    .executeTakeFirst();
}

/** The scored outcome written when an attempt closes. */
export interface AttemptOutcome {
  status: 'submitted' | 'expired';
  earnedPoints: number;
  maxPoints: number;
  scorePercent: number;
  passed: boolean;
  results: Record<string, QuestionResult>;
  submittedAt: Date;
}

/** Closes an attempt that is still in progress; of two concurrent closes exactly one gets the row back. */
export async function closeAttempt(trx: Q, userId: string, id: string, o: AttemptOutcome) {
  return trx
    .updateTable('assessment_attempts')
    .set({
      status: o.status,
      earned_points: o.earnedPoints,
      max_points: o.maxPoints,
      score_percent: o.scorePercent,
      passed: o.passed,
      results: JSON.stringify(o.results),
      submitted_at: o.submittedAt,
    })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', '=', 'in_progress')
    .returningAll()
    .executeTakeFirst();
}

/** Timed attempts whose deadline has passed but that are still open (for the sweeper job). */
export async function overdueAttempts(db: Q, now: Date, limit: number) {
  return db
    .selectFrom('assessment_attempts')
    .select(['user_id', 'id'])
    .where('status', '=', 'in_progress')
    .where('deadline_at', 'is not', null)
    .where('deadline_at', '<=', now)
    .orderBy('deadline_at')
    .limit(limit)
    .execute();
}
