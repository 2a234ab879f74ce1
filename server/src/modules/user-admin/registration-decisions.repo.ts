import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';

type Q = Kysely<DB> | Transaction<DB>;
export type DecisionKind = 'approved' | 'rejected';

/** Records a decision that may be undone until `undoUntil`. */
export async function insertDecision(
  trx: Transaction<DB>,
  d: { userId: string; decision: DecisionKind; reason: string | null; decidedBy: string; decidedAt: Date; undoUntil: Date },
) {
  return trx
    .insertInto('registration_decisions')
    .values({ user_id: d.userId, decision: d.decision, reason: d.reason, decided_by: d.decidedBy, decided_at: d.decidedAt, undo_until: d.undoUntil })
    .returning(['id', 'undo_until'])
    .executeTakeFirstOrThrow();
}

/** The person's standing (not undone) decision, if any. */
export async function findStandingDecision(db: Q, userId: string) {
  return db.selectFrom('registration_decisions').selectAll().where('user_id', '=', userId).where('undone_at', 'is', null).executeTakeFirst();
}

/** Marks the standing decision undone if it is still within its window and unsettled; returns it, or undefined. */
export async function markUndone(trx: Transaction<DB>, userId: string, by: string, now: Date) {
  return trx
    .updateTable('registration_decisions')
    .set({ undone_at: now, undone_by: by })
    .where('user_id', '=', userId)
    .where('undone_at', 'is', null)
    .where('settled_at', 'is', null)
    .where('undo_until', '>', now)
    .returning(['id', 'decision', 'decided_by', 'decided_at'])
    .executeTakeFirst();
}

/** Marks a decision settled if its window has passed and it was not undone; returns it, or undefined. */
export async function markSettled(trx: Transaction<DB>, decisionId: string, now: Date) {
  return trx
    .updateTable('registration_decisions')
    .set({ settled_at: now })
    .where('id', '=', decisionId)
    .where('undone_at', 'is', null)
    .where('settled_at', 'is', null)
    .where('undo_until', '<=', now)
    .returning(['id', 'user_id', 'decision', 'reason'])
    .executeTakeFirst();
}

/** One decision by id. */
export async function findDecision(db: Q, decisionId: string) {
  return db.selectFrom('registration_decisions').selectAll().where('id', '=', decisionId).executeTakeFirst();
}

/** Puts a decided registration back in the approval queue, if it still has the status the decision gave it. */
export async function returnToPending(trx: Transaction<DB>, userId: string, from: 'active' | 'rejected', now: Date): Promise<boolean> {
  const row = await trx
    .updateTable('users')
    .set({ status: 'pending_approval', activation: null, rejection_reason: null, decided_by: null, decided_at: null, updated_at: now })
    .where('id', '=', userId)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** What the applicant's message needs: contact details, language and preferences. */
export async function findRecipient(db: Q, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'mobile', 'language', 'notification_prefs', 'full_name', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
