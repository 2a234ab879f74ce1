import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/database';

/** Who did something and from where; taken from the request. */
export interface AuditSource {
  actorId: string | null;
  ip: string | null;
}

/** Writes one audit entry (admin action or security event) in the caller's transaction. No PII in details. */
export async function audit(
  db: Kysely<DB> | Transaction<DB>,
  source: AuditSource,
  action: string,
  target: { type: string; id: string; orgId?: string | null },
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_id: source.actorId,
      ip: source.ip,
      action,
      target_type: target.type,
      target_id: target.id,
      org_id: target.orgId ?? null,
      details: JSON.stringify(details),
    })
    .execute();
}
