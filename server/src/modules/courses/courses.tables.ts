import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Language, Timestamp } from '../../db/column-types';

/** The tables modules/courses owns: Kysely's view of them (the DDL is in db/migrations). */
export type CourseVersionState = 'draft' | 'in_review' | 'published' | 'superseded' | 'retired';
export type LessonType = 'video' | 'audio' | 'pdf' | 'html' | 'link' | 'file' | 'quiz' | 'final_assessment';
export interface CourseTexts {
  title: string;
  summary: string;
  description: string;
}
export interface LessonContent {
  fileId?: string;
  html?: string;
  url?: string;
  pages?: number;
  durationSeconds?: number;
}
export interface AssessmentSettings {
  passMark?: number;
  attemptLimit?: number;
  timeLimitSeconds?: number;
  drawCount?: number;
  shuffle?: boolean;
}
export interface FilesTable {
  id: Generated<string>;
  owner_org_id: string;
  storage_key: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  sha256: string;
  created_by: string | null;
  created_at: CreatedAt;
  /** The course whose authors uploaded it (migration 20261125_0101). */
  course_id: string | null;
}
export interface CoursesTable {
  id: Generated<string>;
  provider_org_id: string;
  code: string | null;
  created_by: string | null;
  published_version_id: string | null;
  moderated: Generated<boolean>;
  retired_at: Timestamp | null;
  published_at: Timestamp | null;
  enrolment_count: Generated<number>;
  completion_count: Generated<number>;
  rating_count: Generated<number>;
  rating_sum: Generated<number>;
  created_at: CreatedAt;
}
export interface CourseAudienceOrgsTable {
  course_id: string;
  org_id: string;
}
export interface CourseVersionsTable {
  id: Generated<string>;
  course_id: string;
  version_no: number;
  state: Generated<CourseVersionState>;
  texts: Json<Partial<Record<Language, CourseTexts>>>;
  languages: Generated<Language[]>;
  thumbnail_file_id: string | null;
  duration_minutes: Generated<number>;
  difficulty: Generated<'beginner' | 'intermediate' | 'advanced'>;
  competencies: Json<{ code: string; level: number }[]>;
  tags: Generated<string[]>;
  created_by: string | null;
  submitted_by: string | null;
  reviewed_by: string | null;
  published_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  search_text: Generated<string>;
  /** Folded romanised keys of the Hindi words and initialisms of the English title (migration 20261207_0024). */
  search_folded: Generated<string>;
  search_initials: Generated<string>;
  search_fold_rev: Generated<number>;
  search_vector: ColumnType<string, never, never>;
  /** Set when a reviewer approves an in-review version; cleared when it is sent back (migration 20261125_0101). */
  approved_at: Timestamp | null;
  /** Lesson types present, set at publication for the catalog's type filter. */
  lesson_types: Generated<LessonType[]>;
}
export interface CourseReviewsTable {
  id: Generated<string>;
  version_id: string;
  actor_id: string;
  action: 'submitted' | 'approved' | 'sent_back' | 'published' | 'retired';
  comment: string | null;
  created_at: CreatedAt;
}
export interface CourseModulesTable {
  id: Generated<string>;
  version_id: string;
  module_key: Generated<string>;
  position: number;
  titles: Json<Partial<Record<Language, string>>>;
}
export interface LessonsTable {
  id: Generated<string>;
  version_id: string;
  module_id: string;
  lesson_key: Generated<string>;
  position: number;
  type: LessonType;
  required: Generated<boolean>;
  titles: Json<Partial<Record<Language, string>>>;
  content: Json<Partial<Record<Language, LessonContent>>>;
  settings: Json<AssessmentSettings>;
}
/** Search lexicon: the words of published courses, for correcting misspelt queries (migration 20261125_0102). */
export interface CatalogWordsTable {
  word: string;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface CoursesTables {
  files: FilesTable;
  courses: CoursesTable;
  course_audience_orgs: CourseAudienceOrgsTable;
  course_versions: CourseVersionsTable;
  course_reviews: CourseReviewsTable;
  course_modules: CourseModulesTable;
  lessons: LessonsTable;
  catalog_words: CatalogWordsTable;
}
