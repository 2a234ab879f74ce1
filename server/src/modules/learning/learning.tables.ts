import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, EnrolmentSource, Json, Language, ProgressStatus, Timestamp } from '../../db/column-types';

/** The tables modules/learning owns: Kysely's view of them (the DDL is in db/migrations). */
export interface EnrolmentAttemptsTable {
  user_id: string;
  course_id: string;
  attempt_no: number;
  enrolled_at: Timestamp;
  completed_at: Timestamp;
  completed_version_id: string | null;
  completed_language: string | null;
  time_spent_seconds: number;
  learning_minutes_credited: number;
  restarted_at: Timestamp;
}
export interface EnrolmentsTable {
  user_id: string;
  course_id: string;
  source: EnrolmentSource;
  enrolled_at: Timestamp;
  due_at: Timestamp | null;
  status: Generated<ProgressStatus>;
  progress_percent: Generated<number>;
  completed_at: Timestamp | null;
  completed_version_id: string | null;
  completed_language: Language | null;
  last_lesson_key: string | null;
  last_language: Language | null;
  last_activity_at: Timestamp | null;
  time_spent_seconds: Generated<number>;
  learning_minutes_credited: Generated<number>;
  progress_version: Generated<number>;
  /** Pace mark: reported time and coverage are accounted for up to here (server clock); null before the first update. */
  paced_at: Timestamp | null;
  attempt_no: Generated<number>;
}
export interface LessonProgressTable {
  user_id: string;
  course_id: string;
  lesson_key: string;
  status: Generated<ProgressStatus>;
  percent: Generated<number>;
  watched_ranges: Json<[number, number][]>;
  position_seconds: Generated<number>;
  pages_viewed: Generated<number[]>;
  time_spent_seconds: Generated<number>;
  // int8[]: node-postgres hands the elements back as strings.
  client_seqs: ColumnType<(number | string)[], number[] | undefined, number[]>;
  language: Language | null;
  best_score_percent: number | null;
  passed_attempt_id: string | null;
  completed_at: Timestamp | null;
  updated_at: Timestamp;
}
export interface CourseRatingsTable {
  user_id: string;
  course_id: string;
  stars: number;
  review: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface LearningTables {
  enrolments: EnrolmentsTable;
  enrolment_attempts: EnrolmentAttemptsTable;
  lesson_progress: LessonProgressTable;
  course_ratings: CourseRatingsTable;
}
