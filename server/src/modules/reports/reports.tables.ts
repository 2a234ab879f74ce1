import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types';

/** The tables modules/reports owns: Kysely's view of them (the DDL is in db/migrations). */
export type ReportGrain = 'd' | 'w' | 'm' | 'y' | 't';
export type ReportExportKind = 'users' | 'enrolments' | 'plans' | 'assessments';
export type ReportMask = 'none' | 'partial' | 'strict';
export interface ReportDirtyTable {
  user_id: string;
  queued_at: Generated<Date>;
}
export interface ReportLearnersTable {
  user_id: string;
  org_id: string;
  org_path: string;
  verified: boolean;
  registered_on: ColumnType<string, string, string>;
  verified_on: ColumnType<string, string, string> | null;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  certificates: Generated<number>;
  first_completion_on: ColumnType<string, string, string> | null;
  third_completion_on: ColumnType<string, string, string> | null;
  last_active_on: ColumnType<string, string, string> | null;
  refreshed_at: Generated<Date>;
}
export interface ReportLearnerCoursesTable {
  user_id: string;
  course_id: string;
  enrolled_on: ColumnType<string, string, string>;
  completed_on: ColumnType<string, string, string> | null;
  learning_minutes: Generated<number>;
}
export interface ReportLearnerCertificatesTable {
  user_id: string;
  certificate_id: string;
  issued_on: ColumnType<string, string, string>;
}
export interface ReportRollupTable {
  org_id: string;
  grain: ReportGrain;
  period: ColumnType<string, string, string>;
  registered: Generated<number>;
  verified: Generated<number>;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  certificates: Generated<number>;
  first_completions: Generated<number>;
  third_completions: Generated<number>;
  active_people: Generated<number>;
  completing_people: Generated<number>;
}
export interface ReportCourseRollupTable {
  org_id: string;
  grain: 'm' | 't';
  period: ColumnType<string, string, string>;
  course_id: string;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
}
export interface ReportCampaignsTable {
  id: Generated<string>;
  name_en: string;
  name_hi: string;
  scope_org_id: string;
  scope_path: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  target_hours_per_employee: number | null;
  target_participation_percent: number | null;
  target_completions: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface ReportLearnerCampaignsTable {
  user_id: string;
  campaign_id: string;
  org_id: string;
  completions: number;
  learning_minutes: number;
}
export interface ReportCampaignRollupTable {
  campaign_id: string;
  org_id: string;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  people_completed: Generated<number>;
  people_four_hours: Generated<number>;
}
export interface ReportExportsTable {
  id: Generated<string>;
  requested_by: string;
  org_id: string;
  kind: ReportExportKind;
  format: 'csv' | 'xlsx';
  mask: ReportMask;
  status: Generated<'queued' | 'running' | 'ready' | 'failed'>;
  row_count: number | null;
  storage_key: string | null;
  size_bytes: number | null;
  failure: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}
export interface ReportSubscriptionsTable {
  user_id: string;
  monthly_email: boolean;
  updated_at: Generated<Date>;
}
export interface ReportMonthlySentTable {
  user_id: string;
  month: ColumnType<string, string, string>;
  org_id: string;
  sent_at: Generated<Date>;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface ReportsTables {
  report_dirty: ReportDirtyTable;
  report_learners: ReportLearnersTable;
  report_learner_courses: ReportLearnerCoursesTable;
  report_learner_certificates: ReportLearnerCertificatesTable;
  report_rollup: ReportRollupTable;
  report_course_rollup: ReportCourseRollupTable;
  report_campaigns: ReportCampaignsTable;
  report_learner_campaigns: ReportLearnerCampaignsTable;
  report_campaign_rollup: ReportCampaignRollupTable;
  report_exports: ReportExportsTable;
  report_subscriptions: ReportSubscriptionsTable;
  report_monthly_sent: ReportMonthlySentTable;
}
