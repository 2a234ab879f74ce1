import type { Generated } from 'kysely';
import type { CreatedAt, EnrolmentSource, Json, Language, ProgressStatus, Timestamp } from '../../db/column-types';

/** The tables modules/programmes owns: Kysely's view of them (the DDL is in db/migrations). */
export type ProgrammeStatus = 'draft' | 'published' | 'retired';
export interface ProgrammeTexts {
  title: string;
  summary: string;
  description: string;
}
export interface ProgrammesTable {
  id: Generated<string>;
  code: string;
  provider_org_id: string;
  status: Generated<ProgrammeStatus>;
  texts: Json<Partial<Record<Language, ProgrammeTexts>>>;
  thumbnail_url: string | null;
  /** An explicit stated duration; null means the sum of the required courses' durations. */
  duration_minutes: number | null;
  search_text: Generated<string>;
  enrolment_count: Generated<number>;
  completion_count: Generated<number>;
  created_by: string | null;
  published_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
}
export interface ProgrammeCoursesTable {
  programme_id: string;
  course_id: string;
  position: number;
  required: Generated<boolean>;
}
export interface ProgrammeEnrolmentsTable {
  user_id: string;
  programme_id: string;
  source: EnrolmentSource;
  enrolled_at: Timestamp;
  due_at: Timestamp | null;
  status: Generated<ProgressStatus>;
  completed_at: Timestamp | null;
  completed_language: Language | null;
  learning_minutes_credited: Generated<number>;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface ProgrammesTables {
  programmes: ProgrammesTable;
  programme_courses: ProgrammeCoursesTable;
  programme_enrolments: ProgrammeEnrolmentsTable;
}
