import { sql, type Kysely } from 'kysely';
import type { DB, Language } from '../../db/schema';
import type { LessonState, Range } from './progress.rules';

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

/** In one statement: the enrolment (with its write version and the course's published version) and all its lesson progress. */
export async function progressSnapshot(db: Kysely<DB>, userId: string, courseId: string) {
  const row = await db
    .selectFrom('enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.user_id', 'e.course_id', 'e.source', 'e.enrolled_at', 'e.due_at', 'e.status', 'e.progress_percent', 'e.completed_at',
      'e.completed_language', 'e.last_lesson_key', 'e.last_language', 'e.last_activity_at', 'e.time_spent_seconds',
      'e.learning_minutes_credited', 'e.progress_version', 'c.published_version_id', 'u.language as user_language',
      sql<StoredProgress[]>`coalesce((SELECT jsonb_agg(to_jsonb(p)) FROM lesson_progress p
        WHERE p.user_id = e.user_id AND p.course_id = e.course_id), '[]'::jsonb)`.as('progress'),
    ])
    .where('e.user_id', '=', userId)
    .where('e.course_id', '=', courseId)
    .executeTakeFirst();
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

/**
 * Writes changed lesson states and the enrolment's activity in one statement, only if the enrolment's
 * progress_version is still the one read (compare-and-set); false when another write came first.
 */
export async function writeIfUnchanged(
  db: Kysely<DB>,
  w: { userId: string; courseId: string; version: number; percent: number; now: Date; language: Language; lastLessonKey: string | null; addedSeconds: number; states: Map<string, LessonState> },
): Promise<boolean> {
  const rows = JSON.stringify(
    [...w.states].map(([key, s]) => ({
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
    })),
  );
  const result = await sql<{ n: number }>`
    WITH e AS (
      UPDATE enrolments SET progress_version = progress_version + 1, progress_percent = ${w.percent},
        last_activity_at = ${w.now}::timestamptz, last_language = ${w.language}::text,
        last_lesson_key = coalesce(${w.lastLessonKey}::uuid, last_lesson_key), time_spent_seconds = time_spent_seconds + ${w.addedSeconds}
      WHERE user_id = ${w.userId}::uuid AND course_id = ${w.courseId}::uuid AND progress_version = ${w.version}
      RETURNING user_id
    ), p AS (
      INSERT INTO lesson_progress (user_id, course_id, lesson_key, status, percent, watched_ranges, position_seconds, pages_viewed,
        time_spent_seconds, client_seqs, language, best_score_percent, passed_attempt_id, completed_at, updated_at)
      SELECT e.user_id, ${w.courseId}::uuid, r.lesson_key, r.status, r.percent, r.watched_ranges, r.position_seconds, r.pages_viewed,
        r.time_spent_seconds, r.client_seqs, r.language, r.best_score_percent, r.passed_attempt_id, r.completed_at, ${w.now}::timestamptz
      FROM e, jsonb_to_recordset(${rows}::jsonb) AS r(lesson_key uuid, status text, percent int, watched_ranges jsonb,
        position_seconds float8, pages_viewed int[], time_spent_seconds bigint, client_seqs bigint[], language text,
        best_score_percent int, passed_attempt_id uuid, completed_at timestamptz)
      ON CONFLICT (user_id, course_id, lesson_key) DO UPDATE SET status = excluded.status, percent = excluded.percent,
        watched_ranges = excluded.watched_ranges, position_seconds = excluded.position_seconds, pages_viewed = excluded.pages_viewed,
        time_spent_seconds = excluded.time_spent_seconds, client_seqs = excluded.client_seqs, language = excluded.language,
        best_score_percent = excluded.best_score_percent, passed_attempt_id = excluded.passed_attempt_id,
        completed_at = excluded.completed_at, updated_at = excluded.updated_at
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM e)::int AS n, (SELECT count(*) FROM p)::int AS written`.execute(db);
  return (result.rows[0]?.n ?? 0) === 1;
}
