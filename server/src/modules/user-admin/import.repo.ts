import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { UserStatus } from '../identity';
import type { Placement } from './import.validate';

type Q = Kysely<DB> | Transaction<DB>;

/** Every column of an import except the stored file, which can be 20 MB. */
const importColumns = [
  'imports.id',
  'imports.org_id',
  'imports.created_by',
  'imports.file_name',
  'imports.status',
  'imports.total_rows',
  'imports.processed_rows',
  'imports.imported_rows',
  'imports.failed_rows',
  'imports.failure',
  'imports.failure_params',
  'imports.created_at',
  'imports.started_at',
  'imports.finished_at',
] as const;

export async function insertImport(trx: Transaction<DB>, row: { orgId: string; createdBy: string; fileName: string; csv: string; now: Date }) {
  return trx
    .insertInto('imports')
    .values({ org_id: row.orgId, created_by: row.createdBy, file_name: row.fileName, csv: row.csv, created_at: row.now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An import with its org's path and names (for scope checks and display). */
export async function findImport(db: Q, id: string) {
  return db
    .selectFrom('imports')
    .innerJoin('orgs', 'orgs.id', 'imports.org_id')
    .select(importColumns)
    .select(['orgs.path as org_path', 'orgs.code as org_code', 'orgs.name_en as org_name_en', 'orgs.name_hi as org_name_hi'])
    .where('imports.id', '=', id)
    .executeTakeFirst();
}
export type ImportRecord = NonNullable<Awaited<ReturnType<typeof findImport>>>;

/** Recent imports into any org under one of the subtree roots. */
export async function listImports(db: Q, withinPaths: string[], limit: number) {
  if (withinPaths.length === 0) return [];
  return db
    .selectFrom('imports')
    .innerJoin('orgs', 'orgs.id', 'imports.org_id')
    .select(importColumns)
    .select(['orgs.path as org_path', 'orgs.code as org_code', 'orgs.name_en as org_name_en', 'orgs.name_hi as org_name_hi'])
    .where((eb) => eb.or(withinPaths.map((p) => eb('orgs.path', 'like', `${p}%`))))
    .orderBy('imports.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** The file and progress the job needs. */
export async function loadImportForJob(db: Q, id: string) {
  return db
    .selectFrom('imports')
    .select(['id', 'org_id', 'created_by', 'status', 'csv', 'processed_rows', 'total_rows'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function markRunning(db: Q, id: string, totalRows: number, now: Date): Promise<void> {
  await db
    .updateTable('imports')
    .set({ status: 'running', total_rows: totalRows, started_at: now })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();
}

/** Ends an import; the stored file (personal data) is dropped once it is no longer needed. */
export async function markFinished(
  db: Q,
  id: string,
  outcome: { status: 'completed' } | { status: 'failed'; failure: string; params: Record<string, unknown> },
  now: Date,
): Promise<void> {
  await db
    .updateTable('imports')
    .set({
      status: outcome.status,
      finished_at: now,
      csv: null,
      ...(outcome.status === 'failed' ? { failure: outcome.failure, failure_params: JSON.stringify(outcome.params) } : {}),
    })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/**
 * Advances the progress counter from `from` to `from + processed`, in the chunk's transaction.
 * Returns false when another worker has already moved it: the caller must then roll back.
 */
export async function advanceProgress(
  trx: Transaction<DB>,
  id: string,
  from: number,
  counts: { processed: number; imported: number; failed: number },
): Promise<boolean> {
  const result = await trx
    .updateTable('imports')
    .set((eb) => ({
      processed_rows: from + counts.processed,
      imported_rows: eb('imported_rows', '+', counts.imported),
      failed_rows: eb('failed_rows', '+', counts.failed),
    }))
    .where('id', '=', id)
    .where('processed_rows', '=', from)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The import org, the orgs the file names, and the designations and domains usable in each; a few queries per job. */
export async function loadPlacement(db: Q, importOrgId: string, orgCodes: string[]): Promise<Placement | null> {
  const importOrg = await db.selectFrom('orgs').select(['id', 'path', 'tenant_id', 'code']).where('id', '=', importOrgId).executeTakeFirst();
  if (!importOrg) return null;
  const codes = [...new Set([...orgCodes, ...orgCodes.map((c) => c.toUpperCase())])];
  const named = codes.length
    ? await db.selectFrom('orgs').select(['id', 'path', 'tenant_id', 'code']).where(sql<boolean>`code = ANY(${codes}::text[])`).execute()
    : [];
  const orgs = [importOrg, ...named];
  const ancestorIds = [...new Set(orgs.flatMap((o) => o.path.split('/').filter(Boolean)))];
  const [ancestors, links, designations] = await Promise.all([
    db.selectFrom('orgs').select(['id', 'email_domains']).where('id', 'in', ancestorIds).execute(),
    db.selectFrom('org_designations').select(['org_id', 'designation_id']).where('org_id', 'in', ancestorIds).execute(),
    db.selectFrom('designations').select(['id', 'code']).execute(),
  ]);
  const domainsOf = new Map(ancestors.map((a) => [a.id, a.email_domains]));
  const placement: Placement = {
    importOrg: { id: importOrg.id, path: importOrg.path, tenantId: importOrg.tenant_id ?? importOrg.id },
    orgsByCode: new Map(),
    designationsByCode: new Map(designations.map((d) => [d.code, d.id])),
    designationsByOrg: new Map(),
    domainsByOrg: new Map(),
  };
  for (const org of orgs) {
    const chain = org.path.split('/').filter(Boolean);
    placement.orgsByCode.set(org.code, { id: org.id, path: org.path, tenantId: org.tenant_id ?? org.id });
    placement.designationsByOrg.set(org.id, new Set(links.filter((l) => chain.includes(l.org_id)).map((l) => l.designation_id)));
    placement.domainsByOrg.set(org.id, [...new Set(chain.flatMap((id) => domainsOf.get(id) ?? []))]);
  }
  return placement;
}

/** Open accounts using any of these identifiers: one set-based query per chunk, each branch on its own index. */
export async function findAccountsUsing(
  db: Q,
  ids: { emails: string[]; mobiles: string[]; employeeIds: string[] },
) {
  const open = sql`status NOT IN ('merged', 'rejected')`;
  const result = await sql<{ id: string; status: UserStatus; tenant_id: string; employee_id: string; email: string; mobile: string }>`
    SELECT id, status, tenant_id, employee_id, email, mobile FROM users WHERE ${open} AND email = ANY(${ids.emails}::text[])
    UNION
    SELECT id, status, tenant_id, employee_id, email, mobile FROM users WHERE ${open} AND mobile = ANY(${ids.mobiles}::text[])
    UNION
    SELECT id, status, tenant_id, employee_id, email, mobile FROM users WHERE ${open} AND lower(employee_id) = ANY(${ids.employeeIds}::text[])`.execute(db);
  return result.rows;
}

/** Closes unverified self-registrations that an imported account replaces (as a newer registration would). */
export async function supersedeRegistrations(trx: Transaction<DB>, userIds: string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await trx
    .updateTable('users')
    .set({ status: 'rejected', rejection_reason: 'superseded by an import', updated_at: now })
    .where('id', 'in', userIds)
    .where('status', '=', 'pending_verification')
    .execute();
}

export interface ImportErrorRow {
  rowNumber: number;
  field: string | null;
  code: string;
  messageEn: string;
  messageHi: string;
  values: Record<string, string>;
}

/** Records a chunk's row problems with one statement. */
export async function insertImportErrors(trx: Transaction<DB>, importId: string, rows: ImportErrorRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(pick: (r: ImportErrorRow) => T) => rows.map(pick);
  await sql`
    INSERT INTO import_errors (import_id, row_number, field, code, message_en, message_hi, row_values)
    SELECT ${importId}::uuid, row_number, field, code, message_en, message_hi, row_values
    FROM unnest(${col((r) => r.rowNumber)}::int[], ${col((r) => r.field)}::text[], ${col((r) => r.code)}::text[],
      ${col((r) => r.messageEn)}::text[], ${col((r) => r.messageHi)}::text[], ${col((r) => JSON.stringify(r.values))}::jsonb[])
      AS t(row_number, field, code, message_en, message_hi, row_values)`.execute(trx);
}

/** Row problems in file order; all of them when limit is null. */
export async function listImportErrors(db: Q, importId: string, limit: number | null) {
  let query = db
    .selectFrom('import_errors')
    .select(['row_number', 'field', 'code', 'message_en', 'message_hi', 'row_values'])
    .where('import_id', '=', importId)
    .orderBy('row_number')
    .orderBy('id');
  if (limit !== null) query = query.limit(limit);
  return query.execute();
}

export async function countImportErrors(db: Q, importId: string): Promise<number> {
  const row = await db.selectFrom('import_errors').select((eb) => eb.fn.countAll<number>().as('n')).where('import_id', '=', importId).executeTakeFirst();
  return Number(row?.n ?? 0);
}
