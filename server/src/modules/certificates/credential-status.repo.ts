import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { PreviousIssuer } from './certificates.tables';

type Q = Kysely<DB> | Transaction<DB>;

// ---- issuer identity (one row) ----

/** The stored issuer, if any. */
export async function findIssuer(db: Q) {
  return db.selectFrom('certificate_issuer').selectAll().executeTakeFirst();
}

/** Stores the issuer unless one is stored already (first start; two processes racing store one). */
export async function insertIssuerIfNone(db: Q, did: string, baseUrl: string): Promise<void> {
  await db.insertInto('certificate_issuer').values({ did, base_url: baseUrl }).onConflict((oc) => oc.column('singleton').doNothing()).execute();
}

/** Locks the issuer row for a migration. */
export async function lockIssuer(trx: Transaction<DB>) {
  return trx.selectFrom('certificate_issuer').selectAll().forUpdate().executeTakeFirst();
}

/** Replaces the issuer (an admin's explicit migration), keeping the earlier ones. */
export async function updateIssuer(trx: Transaction<DB>, did: string, baseUrl: string, previous: PreviousIssuer[], now: Date): Promise<void> {
  await trx.updateTable('certificate_issuer').set({ did, base_url: baseUrl, previous: JSON.stringify(previous), updated_at: now }).execute();
}

/** Moves the status position sequence to the start of the next list, so a new issuer's credentials get lists of their own. */
export async function startNextStatusList(trx: Transaction<DB>, listSize: number): Promise<void> {
  await sql`SELECT setval('certificate_status_position_seq', (last_value / ${sql.lit(listSize)} + 1) * ${sql.lit(listSize)}, false) FROM certificate_status_position_seq`.execute(trx);
}

// ---- status lists ----

/** The next never-used global status position (a sequence: concurrent issues never get the same one). */
export async function nextStatusPosition(db: Q): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT nextval('certificate_status_position_seq')::text AS n`.execute(db);
  return Number(rows[0]?.n);
}

/**
 * Records an issued credential's status entry (and its list, the first time, for the issuer), in the issuing
 * transaction. Returns the issuer DID of the list (which differs from the caller's only right after a migration).
 */
export async function insertStatusEntry(
  trx: Transaction<DB>,
  e: { listId: number; index: number; userId: string; certificateId: string; issuerDid: string; baseUrl: string },
): Promise<string> {
  await trx
    .insertInto('certificate_status_lists')
    .values({ id: e.listId, issuer_did: e.issuerDid, base_url: e.baseUrl })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await trx.insertInto('certificate_status_entries').values({ list_id: e.listId, status_index: e.index, user_id: e.userId, certificate_id: e.certificateId }).execute();
  const list = await trx.selectFrom('certificate_status_lists').select('issuer_did').where('id', '=', e.listId).executeTakeFirstOrThrow();
  return list.issuer_did;
}

/** Sets a certificate's revocation bit and moves its list's revision on; false when it has no entry. */
export async function setRevokedBit(trx: Transaction<DB>, userId: string, certificateId: string, now: Date): Promise<boolean> {
  const entry = await trx
    .updateTable('certificate_status_entries')
    .set({ revoked: true, changed_at: now })
    .where('user_id', '=', userId)
    .where('certificate_id', '=', certificateId)
    .returning('list_id')
    .executeTakeFirst();
  if (!entry) return false;
  await trx.updateTable('certificate_status_lists').set((eb) => ({ revision: eb('revision', '+', 1) })).where('id', '=', entry.list_id).execute();
  return true;
}

/** A certificate's status entry. */
export async function findStatusEntry(db: Q, userId: string, certificateId: string) {
  return db.selectFrom('certificate_status_entries').selectAll().where('user_id', '=', userId).where('certificate_id', '=', certificateId).executeTakeFirst();
}

/** One status list's row. */
export async function findStatusList(db: Q, id: number) {
  return db.selectFrom('certificate_status_lists').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The set bits of a list. */
export async function revokedIndexes(db: Q, listId: number): Promise<number[]> {
  const rows = await db.selectFrom('certificate_status_entries').select('status_index').where('list_id', '=', listId).where('revoked', '=', true).execute();
  return rows.map((r) => r.status_index);
}

/** Stores a signed list of a revision unless a newer one was stored meanwhile. */
export async function storeSignedList(db: Q, id: number, revision: number, keyId: string, credential: string, now: Date): Promise<void> {
  await db
    .updateTable('certificate_status_lists')
    .set({ credential, signed_revision: revision, key_id: keyId, signed_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('signed_revision', '<', revision), eb('key_id', 'is distinct from', keyId)]))
    .execute();
}

// ---- published keys ----

/** Ids of retired keys that still signed some live (issued) credential. */
export async function retiredKeysInUse(db: Q, keyIds: string[]): Promise<Set<string>> {
  if (keyIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('certificate_signing_keys as k')
    .select('k.id')
    .where('k.id', 'in', keyIds)
    .where(({ exists, selectFrom }) => exists(selectFrom('certificates as c').select('c.id').whereRef('c.key_id', '=', 'k.id').where('c.status', '=', 'issued')))
    .execute();
  return new Set(rows.map((r) => r.id));
}
