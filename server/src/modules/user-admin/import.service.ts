import path from 'node:path';
import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, errors, platformErrors } from '../../platform/errors';
import { format } from '../../platform/i18n';
import { writeOutbox } from '../../platform/outbox';
import { ensure, holdsAnyRole, holdsRoleOver, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { findOrg } from '../orgs';
import { decodeCsvUpload } from '../../platform/csv-upload';
import { checkHeader, errorReportCsv } from './import.csv';
import { IMPORT_REQUESTED } from './import.jobs';
import { importFailures, uploadErrors } from './import.messages';
import { countImportErrors, findImport, insertImport, listImportErrors, listImports, type ImportRecord } from './import.repo';
import type { ImportDetailT, ImportSummaryT } from './import.schema';

const FIRST_ERRORS = 50;
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv', 'application/vnd.ms-excel']);

const fail = (status: number, code: keyof typeof uploadErrors, field?: string) =>
  new AppError(status, code, uploadErrors[code], {}, field ? [{ field, code, message: uploadErrors[code] }] : []);

/** An upload as the route read it from the multipart body. */
export interface ImportUpload {
  orgId: string | undefined;
  file: { fileName: string; mimetype: string; bytes: Buffer } | undefined;
}

/** Only user administrators may upload at all; checked before the file is read. */
export function ensureMayImport(actor: Actor): void {
  ensure(holdsAnyRole(actor, USER_ADMIN_ROLES));
}

/** Checks an upload, stores it as a queued import and requests its processing through the outbox, in one transaction. */
export async function startImport(ctx: AppContext, actor: Actor, source: AuditSource, upload: ImportUpload, lang: Language): Promise<ImportDetailT> {
  if (!upload.orgId) throw fail(400, 'IMPORT_ORG_MISSING', 'orgId');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(upload.orgId)) throw fail(400, 'IMPORT_ORG_UNKNOWN', 'orgId');
  const org = await findOrg(ctx.db, upload.orgId);
  if (!org) throw fail(400, 'IMPORT_ORG_UNKNOWN', 'orgId');
  ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, org.path));
  const file = upload.file;
  if (!file) throw fail(400, 'IMPORT_FILE_MISSING', 'file');
  const extension = path.extname(file.fileName).toLowerCase();
  if (extension !== '.csv' && !CSV_TYPES.has(file.mimetype.toLowerCase())) throw fail(415, 'IMPORT_FILE_TYPE', 'file');
  const text = decodeCsvUpload(file.bytes);
  checkHeader(text);

  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await insertImport(trx, { orgId: org.id, createdBy: actor.userId, fileName: file.fileName.slice(0, 200) || 'import.csv', csv: text, now });
    await writeOutbox(trx, IMPORT_REQUESTED, { importId: row.id });
    await audit(trx, source, 'import.requested', { type: 'import', id: row.id, orgId: org.id }, { bytes: file.bytes.length });
    return row.id;
  });
  return importDetail(ctx, actor, id, lang);
}

async function scopedImport(ctx: AppContext, actor: Actor, id: string): Promise<ImportRecord> {
  const record = await findImport(ctx.db, id);
  if (!record) throw errors.notFound();
  ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, record.org_path));
  return record;
}

function summary(record: ImportRecord, lang: Language): ImportSummaryT {
  const failureText = record.failure ? (importFailures[record.failure as keyof typeof importFailures] ?? platformErrors.INTERNAL) : null;
  return {
    id: record.id,
    org: { id: record.org_id, code: record.org_code, nameEn: record.org_name_en, nameHi: record.org_name_hi },
    fileName: record.file_name,
    status: record.status,
    totalRows: record.total_rows,
    processedRows: record.processed_rows,
    importedRows: record.imported_rows,
    failedRows: record.failed_rows,
    failure: record.failure && failureText ? { code: record.failure, message: format(failureText[lang], record.failure_params ?? {}) } : null,
    createdAt: record.created_at.toISOString(),
    startedAt: record.started_at?.toISOString() ?? null,
    finishedAt: record.finished_at?.toISOString() ?? null,
  };
}

/** One import in the admin's subtree: status, counts and the first problems in the caller's language. */
export async function importDetail(ctx: AppContext, actor: Actor, id: string, lang: Language): Promise<ImportDetailT> {
  const record = await scopedImport(ctx, actor, id);
  const [first, errorCount] = await Promise.all([listImportErrors(ctx.db, id, FIRST_ERRORS), countImportErrors(ctx.db, id)]);
  return {
    ...summary(record, lang),
    errorCount,
    errors: first.map((e) => ({ row: e.row_number, field: e.field, code: e.code, message: lang === 'hi' ? e.message_hi : e.message_en })),
    errorReportUrl: errorCount > 0 ? `/api/admin/imports/${id}/errors.csv` : null,
  };
}

/** Recent imports in the admin's subtrees, or under one org of them. */
export async function recentImports(ctx: AppContext, actor: Actor, orgId: string | undefined, lang: Language): Promise<ImportSummaryT[]> {
  let paths: string[];
  if (orgId) {
    const org = await findOrg(ctx.db, orgId);
    if (!org) throw errors.notFound();
    ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, org.path));
    paths = [org.path];
  } else {
    paths = scopePaths(actor, USER_ADMIN_ROLES);
    ensure(paths.length > 0);
  }
  return (await listImports(ctx.db, paths, 50)).map((r) => summary(r, lang));
}

/** The downloadable error report of an import, in the caller's language. */
export async function importErrorReport(ctx: AppContext, actor: Actor, id: string, lang: Language): Promise<{ fileName: string; csv: string }> {
  await scopedImport(ctx, actor, id);
  const rows = await listImportErrors(ctx.db, id, null);
  return {
    fileName: `import-${id.slice(0, 8)}-errors.csv`,
    csv: errorReportCsv(rows.map((e) => ({ ...e, message: lang === 'hi' ? e.message_hi : e.message_en }))),
  };
}
