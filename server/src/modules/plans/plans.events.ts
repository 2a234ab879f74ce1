import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { writeOutbox } from '../../platform/outbox';

/** A plan went live: its audience is assigned set-wise by the `plans.sweep` job. */
export const PLAN_PUBLISHED = 'plan.published';
/** A live plan's audience was widened: the people it now takes in are assigned by the `plans.widened` job. */
export const PLAN_WIDENED = 'plan.widened';
/** A live plan's deadline was extended: these people's assigned courses take the new due dates (`plans.follow-deadline`). */
export const PLAN_DEADLINE_MOVED = 'plan.deadline_moved';
/** People per `plan.deadline_moved` event: one job's work, each person in a transaction of their own. */
export const DEADLINE_MOVED_CHUNK = 500;
/** A plan was retired: its open assignments end (records kept). */
export const PLAN_RETIRED = 'plan.retired';
/** The ACR-linked compliance of these people changed (HRMS webhooks are told). */
export const COMPLIANCE_CHANGED = 'compliance.changed';

/** Payload of `compliance.changed`. */
export interface ComplianceChangedEvent {
  userIds: string[];
  planId?: string;
  outboxId?: number;
}

/** Records a compliance change of ACR-linked plans for some people, in the caller's transaction. */
export async function writeComplianceChanged(trx: Transaction<DB>, userIds: readonly string[], planId?: string): Promise<void> {
  if (userIds.length === 0) return;
  await writeOutbox(trx, COMPLIANCE_CHANGED, { userIds: [...new Set(userIds)], ...(planId ? { planId } : {}) });
}
