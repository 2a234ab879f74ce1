import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from '../../db/column-types';

/** The tables modules/user-admin owns: Kysely's view of them (the DDL is in db/migrations). */
export interface TransfersTable {
  id: Generated<string>;
  user_id: string;
  from_org_id: string;
  to_org_id: string;
  to_designation_id: string | null;
  effective_date: ColumnType<string, string, string>;
  status: Generated<'pending' | 'accepted' | 'rejected' | 'cancelled'>;
  requested_by: string;
  decided_by: string | null;
  reason: string | null;
  created_at: CreatedAt;
  decided_at: Timestamp | null;
}
export interface ProfileChangeRequestsTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  designation_id: string | null;
  effective_date: ColumnType<string, string, string>;
  status: Generated<'pending' | 'approved' | 'rejected' | 'cancelled'>;
  decided_by: string | null;
  reason: string | null;
  created_at: CreatedAt;
  decided_at: Timestamp | null;
}
export interface MergesTable {
  id: Generated<string>;
  duplicate_user_id: string;
  target_user_id: string;
  merged_by: string;
  moved: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}
export interface ImportsTable {
  id: Generated<string>;
  org_id: string;
  created_by: string;
  file_name: string;
  csv: string | null;
  status: Generated<'queued' | 'running' | 'completed' | 'failed'>;
  total_rows: Generated<number>;
  imported_rows: Generated<number>;
  failed_rows: Generated<number>;
  failure: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
  /** Data rows already committed (valid and invalid); a retried job resumes after them. */
  processed_rows: Generated<number>;
  started_at: Timestamp | null;
  failure_params: Json<Record<string, unknown>> | null;
}
export interface ImportErrorsTable {
  id: Generated<number>;
  import_id: string;
  row_number: number;
  field: string | null;
  code: string;
  message_en: string;
  message_hi: string;
  /** The bad row's original values by column, for the downloadable error report. */
  row_values: Json<Record<string, string>> | null;
}

/** An approval or rejection of a registration: undoable until `undo_until`, then settled (its message and event sent). */
export interface RegistrationDecisionsTable {
  id: Generated<string>;
  user_id: string;
  decision: 'approved' | 'rejected';
  reason: string | null;
  decided_by: string;
  decided_at: Timestamp;
  undo_until: Timestamp;
  undone_at: Timestamp | null;
  undone_by: string | null;
  settled_at: Timestamp | null;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface UserAdminTables {
  transfers: TransfersTable;
  profile_change_requests: ProfileChangeRequestsTable;
  merges: MergesTable;
  imports: ImportsTable;
  import_errors: ImportErrorsTable;
  registration_decisions: RegistrationDecisionsTable;
}
