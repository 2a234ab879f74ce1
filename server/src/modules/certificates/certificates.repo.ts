import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/database';
import type {
  CertificateKind,
  CertificateSigningKeysTable,
  CertificatesTable,
  CertificateStatus,
  CertificateTemplatesTable,
} from './certificates.tables';

type Q = Kysely<DB> | Transaction<DB>;
export type CertificateRow = Selectable<CertificatesTable>;
export type KeyRow = Selectable<CertificateSigningKeysTable>;
export type TemplateRow = Selectable<CertificateTemplatesTable>;

// ---- certificates (keyed by user_id) ----

/**
 * Inserts a pending certificate for a completion unless a live one exists (the partial unique index on
 * user, kind, subject and completion time): the new row, or null when one existed. Runs in the caller's transaction
 * together with the number row.
 */
export async function insertPending(trx: Transaction<DB>, values: Insertable<CertificatesTable>): Promise<CertificateRow | null> {
  const row = await trx
    .insertInto('certificates')
    .values(values)
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'subject_id', 'completed_at']).where('status', '<>', sql.lit('superseded')).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) return null;
  await trx.insertInto('certificate_numbers').values({ number: values.number, user_id: values.user_id, certificate_id: row.id }).execute();
  return row;
}

/** The live (not superseded) certificate of one completion. */
export async function findLiveForCompletion(db: Q, userId: string, kind: CertificateKind, subjectId: string, completedAt: Date) {
  return db
    .selectFrom('certificates')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('completed_at', '=', completedAt)
    .where('status', '<>', 'superseded')
    .executeTakeFirst();
}

/** One certificate of a learner. */
export async function findCertificate(db: Q, userId: string, id: string) {
  return db.selectFrom('certificates').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** Locks one certificate for the rest of the transaction (issuing, revoking and reissuing take this lock). */
export async function lockCertificate(trx: Transaction<DB>, userId: string, id: string) {
  return trx.selectFrom('certificates').selectAll().where('user_id', '=', userId).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Changes a certificate's columns only while its status is one of `from` (a compare-and-set: of two workers issuing
 * the same certificate, one wins); true when it changed.
 */
export async function updateIfStatus(db: Q, userId: string, id: string, from: CertificateStatus[], values: Updateable<CertificatesTable>): Promise<boolean> {
  const row = await db
    .updateTable('certificates')
    .set({ ...values, updated_at: new Date() })
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Changes a certificate's columns (updated_at moves too). */
export async function updateCertificate(db: Q, userId: string, id: string, values: Updateable<CertificatesTable>): Promise<void> {
  await db.updateTable('certificates').set({ ...values, updated_at: new Date() }).where('user_id', '=', userId).where('id', '=', id).execute();
}

/**
 * Marks a pending, failed or not-eligible certificate failed with the facts gathered so far, counting the attempt;
 * never touches an issued one.
 */
export async function recordFailure(db: Q, userId: string, id: string, code: string, params: Record<string, unknown>, facts: Updateable<CertificatesTable> = {}): Promise<void> {
  await db
    .updateTable('certificates')
    .set((eb) => ({ ...facts, status: 'failed', failure_code: code, failure_params: JSON.stringify(params), attempts: eb('attempts', '+', 1), updated_at: new Date() }))
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'failed', 'not_eligible'])
    .execute();
}

/** A learner's certificates, newest completion first (superseded ones included, for the record). */
export async function certificatesOf(db: Q, userId: string) {
  return db.selectFrom('certificates').selectAll().where('user_id', '=', userId).orderBy('completed_at', 'desc').orderBy('created_at', 'desc').execute();
}

/** How recent a completion must be to count as awaiting its certificate (the issuing job picks it up in seconds). */
export const AWAITING_WINDOW_MS = 10 * 60_000;

/** The learner's completions since `since` that have no certificate record yet (their event is still on its way). */
export async function awaitingCertificates(db: Q, userId: string, since: Date): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM enrolments e WHERE e.user_id = ${userId} AND e.status = 'completed' AND e.completed_at >= ${since}
              AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.user_id = e.user_id AND c.kind = 'course' AND c.subject_id = e.course_id))
         + (SELECT count(*) FROM programme_enrolments p WHERE p.user_id = ${userId} AND p.status = 'completed' AND p.completed_at >= ${since}
              AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.user_id = p.user_id AND c.kind = 'programme' AND c.subject_id = p.programme_id))
         AS n`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The number → certificate lookup, then the certificate itself (keyed by user_id). */
export async function findByNumber(db: Q, number: string) {
  const ref = await db.selectFrom('certificate_numbers').selectAll().where('number', '=', number).executeTakeFirst();
  return ref ? findCertificate(db, ref.user_id, ref.certificate_id) : undefined;
}

/** Filters of the admin list; `paths` are the admin's subtree roots (holder or issuer snapshot path inside one). */
export interface AdminFilter {
  paths: string[];
  party: 'holder' | 'issuer';
  orgPath?: string;
  subjectId?: string;
  status?: CertificateStatus;
  from?: Date;
  to?: Date;
}

function adminWhere(db: Q, f: AdminFilter) {
  const column = f.party === 'holder' ? 'holder_org_path' : 'issuer_org_path';
  let q = db.selectFrom('certificates').where((eb) => eb.or(f.paths.map((p) => eb(column, 'like', `${p}%`))));
  if (f.orgPath) q = q.where(column, 'like', `${f.orgPath}%`);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('completed_at', '>=', f.from);
  if (f.to) q = q.where('completed_at', '<', f.to);
  return q;
}

/** One page of certificates in the admin's subtrees, newest completion first, with the total. */
export async function adminPage(db: Q, f: AdminFilter, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    adminWhere(db, f).selectAll().orderBy('completed_at', 'desc').orderBy('id').limit(pageSize).offset((page - 1) * pageSize).execute(),
    adminWhere(db, f).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Issued (and revoked/superseded) certificates for the zip, streamed in pages by keyset so memory stays flat. */
export async function* adminIssuedBatches(db: Q, f: AdminFilter, batch = 200): AsyncGenerator<CertificateRow[]> {
  let after: { completedAt: Date; id: string } | null = null;
  for (;;) {
    let q = adminWhere(db, f).selectAll().where('credential', 'is not', null);
    if (after) {
      const a = after;
      q = q.where((eb) => eb.or([eb('completed_at', '>', a.completedAt), eb.and([eb('completed_at', '=', a.completedAt), eb('id', '>', a.id)])]));
    }
    const rows = await q.orderBy('completed_at').orderBy('id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return;
    after = { completedAt: last.completed_at, id: last.id };
  }
}

// ---- criteria ----

export async function findCriteria(db: Q, courseId: string) {
  return db.selectFrom('certificate_criteria').selectAll().where('course_id', '=', courseId).executeTakeFirst();
}

export async function upsertCriteria(db: Q, courseId: string, minFinalScore: number | null, userId: string, now: Date): Promise<void> {
  await db
    .insertInto('certificate_criteria')
    .values({ course_id: courseId, min_final_score: minFinalScore, updated_by: userId, updated_at: now })
    .onConflict((oc) => oc.column('course_id').doUpdateSet({ min_final_score: minFinalScore, updated_by: userId, updated_at: now }))
    .execute();
}

// ---- templates ----

export async function findTemplate(db: Q, orgId: string) {
  return db.selectFrom('certificate_templates').selectAll().where('org_id', '=', orgId).executeTakeFirst();
}

/** The templates of an org and its ancestors (ids from its materialised path), deepest first. */
export async function templatesAlong(db: Q, orgPath: string): Promise<TemplateRow[]> {
  const ids = orgPath.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('certificate_templates').selectAll().where('org_id', 'in', ids).execute();
  return ids
    .reverse()
    .map((id) => rows.find((r) => r.org_id === id))
    .filter((r): r is TemplateRow => r !== undefined);
}

export async function upsertTemplate(db: Q, orgId: string, values: Omit<Insertable<CertificateTemplatesTable>, 'org_id'>): Promise<void> {
  await db
    .insertInto('certificate_templates')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}

// ---- signing keys ----

export async function activeKeyRow(db: Q) {
  return db.selectFrom('certificate_signing_keys').selectAll().where('status', '=', 'active').executeTakeFirst();
}

/** Inserts a key; with ifNoActive, a second active key is silently not inserted (first use racing in two processes). */
export async function insertKey(db: Q, row: Insertable<CertificateSigningKeysTable>, opts: { ifNoActive: boolean }): Promise<void> {
  const q = db.insertInto('certificate_signing_keys').values(row);
  await (opts.ifNoActive ? q.onConflict((oc) => oc.column('status').where('status', '=', sql.lit('active')).doNothing()) : q).execute();
}

/** Serialises key rotations: holds a transaction-scoped advisory lock until the caller's transaction ends. */
export async function lockSigningKeys(trx: Transaction<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended('certificates:signing-keys', 0))`.execute(trx);
}

/** Retires the active key; returns its id (null when there was none). */
export async function retireActiveKey(trx: Transaction<DB>, now: Date): Promise<string | null> {
  const row = await trx
    .updateTable('certificate_signing_keys')
    .set({ status: 'retired', retired_at: now })
    .where('status', '=', 'active')
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function keyRows(db: Q) {
  return db.selectFrom('certificate_signing_keys').selectAll().orderBy('created_at', 'desc').execute();
}
