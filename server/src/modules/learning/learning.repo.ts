import { sql, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { EnrolmentSource, Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { EnrolmentsTable, LessonProgressTable } from './learning.tables';
import type { LessonState, Range } from './progress.rules';

type Q = Kysely<DB> | Transaction<DB>;

const enrolmentColumns = [
  'e.user_id',
  'e.course_id',
  'e.source',
  'e.enrolled_at',
  'e.due_at',
  'e.status',
  'e.progress_percent',
  'e.completed_at',
  'e.completed_language',
  'e.last_lesson_key',
  'e.last_language',
  'e.last_activity_at',
  'e.time_spent_seconds',
  'e.learning_minutes_credited',
  'e.paced_at',
] as const;

/** An enrolment row as the learning services read it. */
export async function findEnrolment(db: Q, userId: string, courseId: string) {
  return db.selectFrom('enrolments as e').select(enrolmentColumns).where('e.user_id', '=', userId).where('e.course_id', '=', courseId).executeTakeFirst();
}
export type EnrolmentRow = NonNullable<Awaited<ReturnType<typeof findEnrolment>>>;

/**
 * Locks a learner's enrolment for the rest of the transaction (every progress, completion and rating write
 * for that learner and course takes this lock first) and returns it with the course's current published version.
 */
export async function lockEnrolment(trx: Transaction<DB>, userId: string, courseId: string) {
  return trx
    .selectFrom('enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([...enrolmentColumns, 'e.progress_version', 'c.published_version_id', 'u.language as user_language'])
    .where('e.user_id', '=', userId)
    .where('e.course_id', '=', courseId)
    .modifyEnd(sql`FOR UPDATE OF e`)
    .executeTakeFirst();
}
export type LockedEnrolment = NonNullable<Awaited<ReturnType<typeof lockEnrolment>>>;

/** Inserts an enrolment unless one exists; true when this call created it. */
export async function insertEnrolment(
  trx: Q,
  values: { userId: string; courseId: string; source: EnrolmentSource; dueAt: Date | null; now: Date },
): Promise<boolean> {
  const row = await trx
    .insertInto('enrolments')
    .values({ user_id: values.userId, course_id: values.courseId, source: values.source, due_at: values.dueAt, enrolled_at: values.now })
    .onConflict((oc) => oc.columns(['user_id', 'course_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Changes an enrolment's own columns. */
export async function updateEnrolment(trx: Q, userId: string, courseId: string, values: Updateable<EnrolmentsTable>): Promise<void> {
  await trx
    .updateTable('enrolments')
    .set((eb) => ({ ...values, progress_version: eb('progress_version', '+', 1) }))
    .where('user_id', '=', userId).where('course_id', '=', courseId).execute();
}

/** Marks an in-progress enrolment completed; false when it already was (so completion happens once). */
export async function completeEnrolment(trx: Q, userId: string, courseId: string, values: Updateable<EnrolmentsTable>): Promise<boolean> {
  const done = await trx
    .updateTable('enrolments')
    .set((eb) => ({ ...values, status: 'completed' as const, progress_version: eb('progress_version', '+', 1) }))
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .where('status', '=', 'in_progress')
    .returning('user_id')
    .executeTakeFirst();
  return done !== undefined;
}

/** Adds to one of the course's counters (enrolments, completions). */
export async function bumpCourseCounter(trx: Q, courseId: string, column: 'enrolment_count' | 'completion_count', delta = 1): Promise<void> {
  await trx
    .updateTable('courses')
    .set((eb) => ({ [column]: eb(column, '+', delta) }))
    .where('id', '=', courseId)
    .execute();
}

type ProgressRow = Selectable<LessonProgressTable>;

function toState(r: ProgressRow): LessonState {
  return {
    status: r.status,
    percent: r.percent,
    watchedRanges: r.watched_ranges as Range[],
    positionSeconds: r.position_seconds,
    pagesViewed: r.pages_viewed.map(Number),
    timeSpentSeconds: Number(r.time_spent_seconds),
    clientSeqs: r.client_seqs.map(Number),
    language: r.language,
    bestScorePercent: r.best_score_percent,
    passedAttemptId: r.passed_attempt_id,
    completedAt: r.completed_at,
  };
}

/** A learner's progress on every lesson_key of a course they touched. */
export async function progressOf(db: Q, userId: string, courseId: string): Promise<Map<string, LessonState>> {
  const rows = await db.selectFrom('lesson_progress').selectAll().where('user_id', '=', userId).where('course_id', '=', courseId).execute();
  return new Map(rows.map((r) => [r.lesson_key, toState(r)]));
}

/** A learner's lesson progress in several courses at once (one statement keyed by user_id), by course then lesson_key. */
export async function progressOfCourses(db: Q, userId: string, courseIds: string[]): Promise<Map<string, Map<string, LessonState>>> {
  const out = new Map<string, Map<string, LessonState>>(courseIds.map((id) => [id, new Map()]));
  if (courseIds.length === 0) return out;
  const rows = await db.selectFrom('lesson_progress').selectAll().where('user_id', '=', userId).where('course_id', 'in', courseIds).execute();
  for (const r of rows) out.get(r.course_id)?.set(r.lesson_key, toState(r));
  return out;
}

/** Writes lesson states in one statement; callers hold the enrolment lock, so the merged state is the truth. */
export async function saveProgress(trx: Transaction<DB>, userId: string, courseId: string, states: Map<string, LessonState>, now: Date): Promise<void> {
  if (states.size === 0) return;
  const values = [...states].map(([key, s]) => ({
    user_id: userId,
    course_id: courseId,
    lesson_key: key,
    status: s.status,
    percent: s.percent,
    watched_ranges: JSON.stringify(s.watchedRanges),
    position_seconds: s.positionSeconds,
    pages_viewed: s.pagesViewed,
    time_spent_seconds: s.timeSpentSeconds,
    client_seqs: s.clientSeqs,
    language: s.language,
    best_score_percent: s.bestScorePercent,
    passed_attempt_id: s.passedAttemptId,
    completed_at: s.completedAt,
    updated_at: now,
  }));
  const excluded = [
    'status', 'percent', 'watched_ranges', 'position_seconds', 'pages_viewed', 'time_spent_seconds', 'client_seqs',
    'language', 'best_score_percent', 'passed_attempt_id', 'completed_at', 'updated_at',
  ] as const;
  await trx
    .insertInto('lesson_progress')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['user_id', 'course_id', 'lesson_key']).doUpdateSet((eb) => Object.fromEntries(excluded.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
}

/** Stated duration and texts of a course version. */
export async function versionFacts(db: Q, versionId: string) {
  return db.selectFrom('course_versions').select(['id', 'duration_minutes', 'texts', 'languages']).where('id', '=', versionId).executeTakeFirst();
}

/** Every enrolment of a learner with the course's published version facts, most recent activity first. */
export async function enrolmentsOf(db: Q, userId: string) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .leftJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .leftJoin('lesson_progress as p', (join) =>
      join.onRef('p.user_id', '=', 'e.user_id').onRef('p.course_id', '=', 'e.course_id').onRef('p.lesson_key', '=', 'e.last_lesson_key'),
    )
    .select([...enrolmentColumns, 'v.texts', 'v.duration_minutes', 'c.retired_at', 'c.published_version_id', 'p.position_seconds as last_position_seconds'])
    .where('e.user_id', '=', userId)
    .orderBy(sql`coalesce(e.last_activity_at, e.enrolled_at)`, 'desc')
    .execute();
}

/** The learner's rating of a course, locked with the enrolment by the caller. */
export async function findRating(db: Q, userId: string, courseId: string) {
  return db.selectFrom('course_ratings').select(['stars', 'review', 'updated_at']).where('user_id', '=', userId).where('course_id', '=', courseId).executeTakeFirst();
}

/** Inserts or replaces a learner's rating. */
export async function upsertRating(trx: Q, v: { userId: string; courseId: string; stars: number; review: string | null; now: Date }): Promise<void> {
  await trx
    .insertInto('course_ratings')
    .values({ user_id: v.userId, course_id: v.courseId, stars: v.stars, review: v.review, created_at: v.now, updated_at: v.now })
    .onConflict((oc) => oc.columns(['user_id', 'course_id']).doUpdateSet({ stars: v.stars, review: v.review, updated_at: v.now }))
    .execute();
}

/** Moves the course's rating aggregate by a count and a star delta. */
export async function adjustRatingTotals(trx: Q, courseId: string, countDelta: number, sumDelta: number): Promise<void> {
  await trx
    .updateTable('courses')
    .set((eb) => ({ rating_count: eb('rating_count', '+', countDelta), rating_sum: eb('rating_sum', '+', sumDelta) }))
    .where('id', '=', courseId)
    .execute();
}

/** One page of a course's ratings with the reviewer's first name only (newest first), and the aggregate. */
export async function ratingsPage(db: Q, courseId: string, page: number, pageSize: number, language: Language) {
  const [items, totals] = await Promise.all([
    db
      .selectFrom('course_ratings as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['r.stars', 'r.review', 'r.updated_at', 'u.full_name', 'u.full_name_hi'])
      .where('r.course_id', '=', courseId)
      .orderBy('r.updated_at', 'desc')
      .orderBy('r.user_id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db.selectFrom('courses').select(['rating_count', 'rating_sum']).where('id', '=', courseId).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((r) => ({ ...r, name: language === 'hi' && r.full_name_hi ? r.full_name_hi : r.full_name })), totals };
}

/** Publication state of a course (read from the courses module's table until it exports a light-weight check). */
export async function courseGate(db: Q, courseId: string) {
  return db.selectFrom('courses').select(['id', 'published_version_id', 'retired_at', 'moderated']).where('id', '=', courseId).executeTakeFirst();
}
