import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, EmployeeGroup, Json, Language, NotificationPrefs, Role, Timestamp } from '../../db/column-types';

/** The tables modules/identity owns: Kysely's view of them (the DDL is in db/migrations). */
export type UserStatus = 'pending_verification' | 'pending_approval' | 'active' | 'rejected' | 'deactivated' | 'merged';
export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  org_id: string;
  designation_id: string | null;
  employee_id: string;
  full_name: string;
  full_name_hi: string | null;
  email: string;
  mobile: string;
  employee_group: EmployeeGroup;
  cadre: string | null;
  service: string | null;
  password_hash: string | null;
  status: UserStatus;
  activation: 'domain' | 'link' | 'approval' | 'admin' | 'import' | null;
  via_registration_link: Generated<boolean>;
  email_verified_at: Timestamp | null;
  mobile_verified_at: Timestamp | null;
  language: Generated<Language>;
  notification_prefs: Json<NotificationPrefs> | undefined;
  rejection_reason: string | null;
  merged_into: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  deactivation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface PostingsTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  designation_id: string | null;
  from_date: ColumnType<string, string, string>;
  to_date: ColumnType<string | null, string | null | undefined, string | null>;
  reason: 'registration' | 'transfer' | 'profile_change' | 'admin_edit' | 'import' | 'admin_create';
  created_at: CreatedAt;
}
export interface RoleAssignmentsTable {
  user_id: string;
  role: Role;
  org_id: string;
  granted_by: string | null;
  created_at: CreatedAt;
}
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}
export type OtpPurpose = 'verify_email' | 'verify_mobile' | 'password_reset';
export interface OtpsTable {
  id: Generated<string>;
  user_id: string | null;
  purpose: OtpPurpose;
  channel: 'email' | 'sms';
  target: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  created_at: CreatedAt;
}
export interface PasswordTokensTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface IdentityTables {
  users: UsersTable;
  postings: PostingsTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  otps: OtpsTable;
  password_tokens: PasswordTokensTable;
}
