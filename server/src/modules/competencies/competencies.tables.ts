import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Language, Timestamp } from '../../db/column-types';

/** The tables modules/competencies owns: Kysely's view of them (the DDL is in db/migrations). */
export type CompetencyType = 'behavioural' | 'functional' | 'domain';
export type CompetencySource = 'course' | 'assessment' | 'self' | 'institute';
/** One proficiency level's descriptor in both languages (competencies.levels holds five, index = level − 1). */
export interface LevelDescriptor {
  en: string;
  hi: string;
}
/** What backs a passbook entry: the course (and attempt), or the institute's report and its link. */
export interface CompetencyEvidence {
  courseId?: string;
  versionId?: string;
  attemptId?: string;
  scorePercent?: number;
  title?: Partial<Record<Language, string>>;
  institute?: string;
  url?: string;
}
export interface CompetencyAreasTable {
  id: Generated<string>;
  type: CompetencyType;
  code: string;
  name_en: string;
  name_hi: string;
  position: Generated<number>;
}
export interface CompetencyThemesTable {
  id: Generated<string>;
  area_id: string;
  code: string;
  name_en: string;
  name_hi: string;
  position: Generated<number>;
}
export interface CompetenciesTable {
  id: Generated<string>;
  theme_id: string;
  code: string;
  name_en: string;
  name_hi: string;
  description_en: Generated<string>;
  description_hi: Generated<string>;
  levels: Json<LevelDescriptor[]>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface FracDesignationsTable {
  designation_id: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}
export interface FracRolesTable {
  id: Generated<string>;
  designation_id: string;
  position: number;
  name_en: string;
  name_hi: string;
}
export interface FracActivitiesTable {
  id: Generated<string>;
  role_id: string;
  position: number;
  name_en: string;
  name_hi: string;
}
export interface FracActivityCompetenciesTable {
  activity_id: string;
  competency_id: string;
  level: number;
  position: Generated<number>;
}
/** A view: the highest level any activity of the designation requires, per competency. */
export interface DesignationRequirementsView {
  designation_id: ColumnType<string, never, never>;
  competency_id: ColumnType<string, never, never>;
  level: ColumnType<number, never, never>;
}
export interface CompetencyEntriesTable {
  user_id: string;
  id: Generated<string>;
  competency_id: string;
  level: number;
  source: CompetencySource;
  source_ref: string;
  evidence: Json<CompetencyEvidence>;
  achieved_at: Timestamp;
  recorded_by: string | null;
  created_at: CreatedAt;
}
export interface CompetencyLevelsTable {
  user_id: string;
  competency_id: string;
  earned_level: Generated<number>;
  declared_level: number | null;
  updated_at: Generated<Date>;
}
export interface CompetencyProfilesTable {
  user_id: string;
  onboarding: Generated<'pending' | 'completed' | 'skipped'>;
  designation_confirmed_at: Timestamp | null;
  onboarded_at: Timestamp | null;
  target_designation_id: string | null;
  updated_at: Generated<Date>;
}
export interface CompetencyCourseCompletionsTable {
  user_id: string;
  course_id: string;
  designation_id: string | null;
  completed_at: Timestamp;
}
export interface DesignationCourseCompletionsTable {
  designation_id: string;
  course_id: string;
  completions: Generated<number>;
}
export interface CareerPathsTable {
  id: Generated<string>;
  code: string;
  name_en: string;
  name_hi: string;
  cadre_en: string;
  cadre_hi: string;
  position: Generated<number>;
}
export interface CareerPathStepsTable {
  path_id: string;
  position: number;
  designation_id: string;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface CompetenciesTables {
  competency_areas: CompetencyAreasTable;
  competency_themes: CompetencyThemesTable;
  competencies: CompetenciesTable;
  frac_designations: FracDesignationsTable;
  frac_roles: FracRolesTable;
  frac_activities: FracActivitiesTable;
  frac_activity_competencies: FracActivityCompetenciesTable;
  designation_requirements: DesignationRequirementsView;
  competency_entries: CompetencyEntriesTable;
  competency_levels: CompetencyLevelsTable;
  competency_profiles: CompetencyProfilesTable;
  competency_course_completions: CompetencyCourseCompletionsTable;
  designation_course_completions: DesignationCourseCompletionsTable;
  career_paths: CareerPathsTable;
  career_path_steps: CareerPathStepsTable;
}
