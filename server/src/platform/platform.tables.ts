import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from '../db/column-types';

/** The tables platform (outbox, job workers, audit log, messages) owns: Kysely's view of them (the DDL is in db/migrations). */
export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  dispatched_at: Timestamp | null;
}
export interface JobWorkersTable {
  id: string;
  host: string;
  pid: number;
  started_at: Generated<Date>;
  heartbeat_at: Generated<Date>;
}
export interface JobClaimsTable {
  job_id: string;
  queue: string;
  worker_id: string;
  claimed_at: Generated<Date>;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  org_id: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
}
export interface MessagesTable {
  id: Generated<string>;
  user_id: string | null;
  channel: 'email' | 'sms' | 'inapp';
  recipient: string;
  template: string;
  language: 'en' | 'hi';
  subject: string;
  body: string | null;
  /** An in-app message's template parameters (a value may be `{en, hi}`), to render it again in the reader's language. */
  params: Json<Record<string, unknown>> | null;
  sensitive: Generated<boolean>;
  status: Generated<'queued' | 'sent' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  read_at: Timestamp | null;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface PlatformTables {
  outbox: OutboxTable;
  job_workers: JobWorkersTable;
  job_claims: JobClaimsTable;
  audit_log: AuditLogTable;
  messages: MessagesTable;
}
