import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, EmployeeGroup, Json, Timestamp } from '../../db/column-types';

/** The tables modules/plans owns: Kysely's view of them (the DDL is in db/migrations). */
export type PlanStatus = 'draft' | 'live' | 'retired';
export type RequirementKind = 'courses' | 'any_of' | 'tagged' | 'programme';
/** One OR-ed group of AND-ed audience criteria (empty lists mean "any"). */
export interface AudienceGroup {
  orgIds?: string[];
  designationIds?: string[];
  employeeGroups?: EmployeeGroup[];
  cadres?: string[];
  services?: string[];
  /** The current posting started on or after / on or before these dates (YYYY-MM-DD). */
  postedFrom?: string;
  postedTo?: string;
}
export type AudienceSpec = { mode: 'all' } | { mode: 'criteria'; groups: AudienceGroup[] };
/** A relative deadline's period: whole days, or calendar months ("within one month": 1 Feb → 1 Mar). */
export interface DeadlinePeriod {
  days?: number;
  months?: number;
}
export type DeadlineSpec =
  /** `everyYear`: the order recurs each appraisal year, due on the same day and month (a new cycle opens on 1 April). */
  | { kind: 'fixed'; date: string; lateJoinerDays?: number; everyYear?: boolean }
  | ({ kind: 'after_joining' } & DeadlinePeriod)
  | ({ kind: 'after_assignment' } & DeadlinePeriod)
  | ({ kind: 'after_posting'; notBefore?: string } & DeadlinePeriod);
export interface PlansTable {
  id: Generated<string>;
  code: string | null;
  owner_org_id: string;
  name_en: string;
  name_hi: string;
  description_en: Generated<string>;
  description_hi: Generated<string>;
  status: Generated<PlanStatus>;
  acr_linked: Generated<boolean>;
  audience: Json<AudienceSpec>;
  deadline: Json<DeadlineSpec>;
  counts_from: Generated<string>;
  created_by: string | null;
  published_by: string | null;
  retired_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
  sweep_status: Generated<'idle' | 'running' | 'done'>;
  sweep_cursor: string | null;
  swept_at: Timestamp | null;
  /** The `audience_change_seq` value the plan was last reconciled at (bigint; compared in SQL). */
  reconciled_seq: string | null;
  reconciled_at: Timestamp | null;
}
export interface PlanRequirementsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  kind: RequirementKind;
  title_en: Generated<string>;
  title_hi: Generated<string>;
  course_ids: Generated<string[]>;
  programme_id: string | null;
  required_count: number | null;
  tags: Generated<string[]>;
  published_after: ColumnType<string | null, string | null | undefined, string | null>;
  validity_months: number | null;
  renewal_window_days: number | null;
}
export interface PlanAudienceUsersTable {
  plan_id: string;
  user_id: string;
  included: boolean;
}
export type AssignmentStatus = 'active' | 'left_audience' | 'ended';
export interface PlanAssignmentsTable {
  user_id: string;
  plan_id: string;
  status: Generated<AssignmentStatus>;
  cause: string;
  assigned_at: Timestamp;
  left_at: Timestamp | null;
  left_reason: string | null;
  org_id: string;
  org_path: string;
  designation_id: string | null;
  posting_id: string | null;
  posting_from: ColumnType<string | null, string | null | undefined, string | null>;
  state: Generated<'open' | 'completed' | 'exempted'>;
  due_at: Timestamp | null;
  completed_at: Timestamp | null;
  late: Generated<boolean>;
  extended: Generated<boolean>;
  renewal: Generated<boolean>;
  updated_at: Generated<Date>;
  /** The assignment's notice (plan and deadline) is still to be sent (`assignment-notices.service.ts`). */
  notice_due: Generated<boolean>;
}
export type CycleKind = 'initial' | 'posting' | 'renewal' | 'reassigned' | 'yearly';
export type CycleClosedReason = 'expired' | 'new_posting' | 'left_audience' | 'plan_retired' | 'year_ended';
export interface CompletedItem {
  courseId?: string;
  programmeId?: string;
  completedAt: string;
}
export interface PlanCyclesTable {
  user_id: string;
  plan_id: string;
  requirement_id: string;
  cycle_no: number;
  kind: CycleKind;
  opened_at: Timestamp;
  counts_from: Timestamp | null;
  due_at: Timestamp;
  extended_to: Timestamp | null;
  exempted: Generated<boolean>;
  completed_at: Timestamp | null;
  completed_items: Json<CompletedItem[]> | null;
  expires_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_reason: CycleClosedReason | null;
  reminded_week_at: Timestamp | null;
  reminded_day_at: Timestamp | null;
  overdue_reminded_at: Timestamp | null;
}
export interface PlanExceptionsTable {
  user_id: string;
  id: Generated<string>;
  plan_id: string;
  requirement_id: string | null;
  kind: 'extension' | 'exemption';
  extended_to: Timestamp | null;
  reason: string;
  approved_by: string;
  approver_role: 'admin' | 'reporting_officer';
  created_at: CreatedAt;
}
export interface PlanReportingOfficersTable {
  user_id: string;
  officer_id: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}
export interface PlanDigestsTable {
  user_id: string;
  period: string;
  sent_at: Generated<Date>;
}
export interface ComplianceStatementsTable {
  user_id: string;
  id: Generated<string>;
  number: string;
  year: number;
  snapshot: Json<Record<string, unknown>>;
  issued_at: Timestamp;
  issued_by: string | null;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface PlansTables {
  plans: PlansTable;
  plan_requirements: PlanRequirementsTable;
  plan_audience_users: PlanAudienceUsersTable;
  plan_assignments: PlanAssignmentsTable;
  plan_cycles: PlanCyclesTable;
  plan_exceptions: PlanExceptionsTable;
  plan_reporting_officers: PlanReportingOfficersTable;
  plan_digests: PlanDigestsTable;
  compliance_statements: ComplianceStatementsTable;
}
