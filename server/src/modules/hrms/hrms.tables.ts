import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from '../../db/column-types';

/** The tables modules/hrms owns: Kysely's view of them (the DDL is in db/migrations). */
export interface HrmsTokensTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_by: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}
export interface HrmsWebhooksTable {
  id: Generated<string>;
  org_id: string;
  url: string;
  /** Sealed when secret_encrypted (SECRETS_KEY), else the secret itself. */
  secret: string;
  secret_encrypted: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}
export interface HrmsWebhookDeliveriesTable {
  id: Generated<string>;
  webhook_id: string;
  source_event: ColumnType<string, number | string, number | string>;
  part: Generated<number>;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface HrmsTables {
  hrms_tokens: HrmsTokensTable;
  hrms_webhooks: HrmsWebhooksTable;
  hrms_webhook_deliveries: HrmsWebhookDeliveriesTable;
}
