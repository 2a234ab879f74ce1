import { sql, type Kysely } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { LessonState, Range } from './progress.rules';
import { perOwner, tickBatcher } from '../../platform/tick-batcher';

interface EnrolmentKey {
  userId: string;
  courseId: string;
}

type StoredProgress = {
  lesson_key: string;
  status: LessonState['status'];
  percent: number;
  watched_ranges: Range[];
  position_seconds: number;
  pages_viewed: number[];
  time_spent_seconds: number;
  client_seqs: number[];
  language: Language | null;
  best_score_percent: number | null;
  passed_attempt_id: string | null;
  completed_at: string | null;
};

async function snapshotRows(db: Kysely<DB>, keys: readonly EnrolmentKey[]) {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.user_id', 'e.course_id', 'e.source', 'e.enrolled_at', 'e.due_at', 'e.status', 'e.progress_percent', 'e.completed_at',
      'e.completed_language', 'e.last_lesson_key', 'e.last_language', 'e.last_activity_at', 'e.time_spent_seconds',
      'e.learning_minutes_credited', 'e.progress_version', 'e.paced_at', 'c.published_version_id', 'u.language as user_language',
      sql<StoredProgress[]>`coalesce((SELECT jsonb_agg(to_jsonb(p)) FROM lesson_progress p
        WHERE p.user_id = e.user_id AND p.course_id = e.course_id), '[]'::jsonb)`.as('progress'),
    ])
    .where(sql<boolean>`(e.user_id, e.course_id) IN (SELECT * FROM unnest(${keys.map((k) => k.userId)}::uuid[], ${keys.map((k) => k.courseId)}::uuid[]))`)
    .execute();
}
type SnapshotRow = Awaited<ReturnType<typeof snapshotRows>>[number];

/** One enrolment as a map key. */
export const enrolmentKey = (userId: string, courseId: string) => `${userId}/${courseId}`;

/** Snapshots of requests that arrive together are read in one statement. */
const snapshotLoader = perOwner((db: Kysely<DB>) =>
  tickBatcher(async (keys: EnrolmentKey[]) => {
    const rows = new Map((await snapshotRows(db, keys)).map((r) => [enrolmentKey(r.user_id, r.course_id), r]));
    return keys.map((k): SnapshotRow | null => rows.get(enrolmentKey(k.userId, k.courseId)) ?? null);
  }),
);

/** The enrolment (with its write version and the course's published version) and all its lesson progress. */
export async function progressSnapshot(db: Kysely<DB>, userId: string, courseId: string) {
  const row = await snapshotLoader(db)({ userId, courseId });
  if (!row) return undefined;
  const { progress, ...enrolment } = row;
  const states = new Map<string, LessonState>(
    progress.map((p) => [
      p.lesson_key,
      {
        status: p.status,
        percent: p.percent,
        watchedRanges: p.watched_ranges,
        positionSeconds: p.position_seconds,
        pagesViewed: p.pages_viewed,
        timeSpentSeconds: Number(p.time_spent_seconds),
        clientSeqs: p.client_seqs.map(Number),
        language: p.language,
        bestScorePercent: p.best_score_percent,
        passedAttemptId: p.passed_attempt_id,
        completedAt: p.completed_at ? new Date(p.completed_at) : null,
      },
    ]),
  );
  return { enrolment, progress: states };
}

export type ProgressSnapshot = NonNullable<Awaited<ReturnType<typeof progressSnapshot>>>;

/** One learner's compare-and-set write: the changed lessons and the enrolment's activity. */
export interface ProgressWrite {
  userId: string;
  courseId: string;
  version: number;
  /** The course's published version the progress was merged against: the write fails if another was published since. */
  publishedVersionId: string;
  percent: number;
  now: Date;
  language: Language;
  lastLessonKey: string | null;
  addedSeconds: number;
  /** The enrolment's new pace mark (pace.rules.ts). */
  pacedAt: Date;
  states: Map<string, LessonState>;
}

function lessonRows(i: number, states: Map<string, LessonState>) {
  return [...states].map(([key, s]) => ({
    i,
    lesson_key: key,
    status: s.status,
    percent: s.percent,
    watched_ranges: s.watchedRanges,
    position_seconds: s.positionSeconds,
    pages_viewed: s.pagesViewed,
    time_spent_seconds: s.timeSpentSeconds,
    client_seqs: s.clientSeqs,
    language: s.language,
    best_score_percent: s.bestScorePercent,
    passed_attempt_id: s.passedAttemptId,
    completed_at: s.completedAt,
  }));
}

/**
 * Writes many learners' changes in one statement (one commit): each enrolment is updated only if its
 * progress_version is still the one read (compare-and-set) and the course still has the published version the lessons
 * were merged against, and its lessons only with it. Returns, per write,
 * whether it was applied.
 */
async function writeMany(db: Kysely<DB>, writes: readonly ProgressWrite[]): Promise<boolean[]> {
  const enrolments = JSON.stringify(
    // In key order, so that overlapping batches lock their rows in the same order.
    writes
      .map((w, i) => ({
      i, user_id: w.userId, course_id: w.courseId, version: w.version, published_version_id: w.publishedVersionId, percent: w.percent, now: w.now, language: w.language,
      last_lesson_key: w.lastLessonKey, added: w.addedSeconds, paced_at: w.pacedAt,
      }))
      .sort((a, b) => (a.user_id + a.course_id < b.user_id + b.course_id ? -1 : 1)),
  );
  const lessons = JSON.stringify(writes.flatMap((w, i) => lessonRows(i, w.states)));
  const result = await runOrConflict(sql<{ i: number }>`
    WITH w AS (
      SELECT * FROM jsonb_to_recordset(${enrolments}::jsonb) AS w(i int, user_id uuid, course_id uuid, version int, published_version_id uuid, percent int,
        now timestamptz, language text, last_lesson_key uuid, added bigint, paced_at timestamptz)
    ), e AS (
      UPDATE enrolments en SET progress_version = en.progress_version + 1, progress_percent = w.percent,
        last_activity_at = w.now, last_language = w.language,
        last_lesson_key = coalesce(w.last_lesson_key, en.last_lesson_key), time_spent_seconds = en.time_spent_seconds + w.added,
        paced_at = w.paced_at
      FROM w
      WHERE en.user_id = w.user_id AND en.course_id = w.course_id AND en.progress_version = w.version
        AND (SELECT c.published_version_id FROM courses c WHERE c.id = en.course_id) = w.published_version_id
      RETURNING w.i, w.now, en.user_id, en.course_id
    ), p AS (
      INSERT INTO lesson_progress (user_id, course_id, lesson_key, status, percent, watched_ranges, position_seconds, pages_viewed,
        time_spent_seconds, client_seqs, language, best_score_percent, passed_attempt_id, completed_at, updated_at)
      SELECT e.user_id, e.course_id, r.lesson_key, r.status, r.percent, r.watched_ranges, r.position_seconds, r.pages_viewed,
        r.time_spent_seconds, r.client_seqs, r.language, r.best_score_percent, r.passed_attempt_id, r.completed_at, e.now
      FROM e JOIN jsonb_to_recordset(${lessons}::jsonb) AS r(i int, lesson_key uuid, status text, percent int, watched_ranges jsonb,
        position_seconds float8, pages_viewed int[], time_spent_seconds bigint, client_seqs bigint[], language text,
        best_score_percent int, passed_attempt_id uuid, completed_at timestamptz) ON r.i = e.i
      ON CONFLICT (user_id, course_id, lesson_key) DO UPDATE SET status = excluded.status, percent = excluded.percent,
        watched_ranges = excluded.watched_ranges, position_seconds = excluded.position_seconds, pages_viewed = excluded.pages_viewed,
        time_spent_seconds = excluded.time_spent_seconds, client_seqs = excluded.client_seqs, language = excluded.language,
        best_score_percent = excluded.best_score_percent, passed_attempt_id = excluded.passed_attempt_id,
        completed_at = excluded.completed_at, updated_at = excluded.updated_at
      RETURNING 1
    )
    SELECT e.i, (SELECT count(*) FROM p) AS written FROM e`.execute(db));
  const applied = new Set(result.map((r) => Number(r.i)));
  return writes.map((_, i) => applied.has(i));
}

/**
 * Two batches holding the same learner can lock rows in opposite orders; PostgreSQL then aborts one with a
 * deadlock. That batch changed nothing, so it is reported as "not applied" and its callers re-read and retry.
 */
async function runOrConflict<R>(query: Promise<{ rows: R[] }>): Promise<R[]> {
  try {
    return (await query).rows;
  } catch (error) {
    if ((error as { code?: string }).code === '40P01') return [];
    throw error;
  }
}

/** Writes of requests that arrive together share one statement and one commit. */
const writeLoader = perOwner((db: Kysely<DB>) => tickBatcher((writes: ProgressWrite[]) => writeMany(db, writes)));

/** Writes one learner's changes if the enrolment is unchanged since it was read; false when another write came first. */
export async function writeIfUnchanged(db: Kysely<DB>, write: ProgressWrite): Promise<boolean> {
  return writeLoader(db)(write);
}
