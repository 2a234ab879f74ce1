import type { Readable } from 'node:stream';
import type { Language } from '../../db/column-types';
import type { ReportExportKind } from './reports.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { storageFor } from '../../platform/storage';
import { orgWithContext, totalsAsOf, zeroMetrics } from './dashboard.repo';
import { orgRef, reportableOrg } from './dashboard.service';
import { exportRows, headingsOf } from './export-rows';
import { CONTENT_TYPES, writeExport, type ExportOutput } from './export-writer';
import { istDate } from './periods';
import { reportFail } from './reports.messages';
import { maskFor } from './reports.policy';
import type { ExportJobT } from './reports.schema';

/** Up to this many people an export streams straight to the browser; above it, it runs as a job. */
export const DIRECT_EXPORT_LIMIT = 20_000;
export const EXPORT_JOB = 'reports.export';

const storageKey = (id: string, format: string) => `reports/exports/${id}-${format}`;
const fileName = (code: string, kind: string, date: string, format: string) => `${code.toLowerCase()}-${kind}-${date}.${format}`;

/** Writes the export of a subtree in a format; the stream is consumed by the caller. */
function produce(ctx: AppContext, kind: ReportExportKind, format: 'csv' | 'xlsx', path: string, mask: ReturnType<typeof maskFor> & string, lang: Language): ExportOutput {
  const rows = exportRows(ctx.db, kind, path, mask, lang, ctx.clock.now());
  return writeExport(format, headingsOf(kind, lang), kind, rows);
}

async function peopleIn(ctx: AppContext, orgId: string, today: string): Promise<number> {
  return ((await totalsAsOf(ctx.db, [orgId], today)).get(orgId) ?? zeroMetrics()).registered;
}

/** A small subtree's export, streamed in the response (413 EXPORT_TOO_LARGE above the limit); audited. */
export async function directExport(
  ctx: AppContext,
  actor: Actor,
  source: AuditSource,
  orgId: string,
  kind: ReportExportKind,
  format: 'csv' | 'xlsx',
  lang: Language,
): Promise<{ filename: string; contentType: string; stream: Readable }> {
  const { org } = await reportableOrg(ctx, actor, orgId);
  const mask = maskFor(actor, org.path);
  ensure(mask !== null);
  const today = istDate(ctx.clock.now());
  const count = await peopleIn(ctx, org.id, today);
  if (count > DIRECT_EXPORT_LIMIT) throw reportFail(413, 'EXPORT_TOO_LARGE', { count });
  await audit(ctx.db, source, 'report.exported', { type: 'org', id: org.id, orgId: org.id }, { kind, format, mask, direct: true });
  const out = produce(ctx, kind, format, org.path, mask ?? 'strict', lang);
  return { filename: fileName(org.code, kind, today, format), contentType: CONTENT_TYPES[format], stream: out.stream };
}

type ExportRecord = { id: string; org_id: string; kind: string; format: string; status: 'queued' | 'running' | 'ready' | 'failed'; row_count: number | null; size_bytes: number | null; created_at: Date; finished_at: Date | null };

async function present(ctx: AppContext, row: ExportRecord): Promise<ExportJobT> {
  const found = await orgWithContext(ctx.db, row.org_id);
  return {
    id: row.id,
    org: found ? orgRef(found.org) : { id: row.org_id, name: { en: '', hi: '' }, type: 'org' },
    kind: row.kind,
    format: row.format,
    status: row.status,
    rowCount: row.row_count,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    downloadUrl: row.status === 'ready' ? `/api/reports/exports/${row.id}/download` : null,
  };
}

const exportColumns = ['id', 'org_id', 'kind', 'format', 'status', 'row_count', 'size_bytes', 'created_at', 'finished_at'] as const;

/** Queues a people-level export of a subtree as a job (any size); the file is kept for the requester. Audited. */
export async function requestExport(ctx: AppContext, actor: Actor, source: AuditSource, input: { orgId: string; kind: ReportExportKind; format: 'csv' | 'xlsx' }): Promise<ExportJobT> {
  const { org } = await reportableOrg(ctx, actor, input.orgId);
  const mask = maskFor(actor, org.path);
  ensure(mask !== null);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('report_exports')
      .values({ requested_by: actor.userId, org_id: org.id, kind: input.kind, format: input.format, mask: mask ?? 'strict', created_at: ctx.clock.now() })
      .returning(exportColumns)
      .executeTakeFirstOrThrow();
    await audit(trx, source, 'report.export_requested', { type: 'report_export', id: inserted.id, orgId: org.id }, { kind: input.kind, format: input.format, mask });
    await ctx.jobs.send(EXPORT_JOB, { exportId: inserted.id }, trx);
    return inserted;
  });
  return present(ctx, row);
}

/** The requester's recent exports. */
export async function listExports(ctx: AppContext, actor: Actor): Promise<{ items: ExportJobT[] }> {
  const rows = await ctx.db.selectFrom('report_exports').select(exportColumns).where('requested_by', '=', actor.userId).orderBy('created_at', 'desc').limit(20).execute();
  return { items: await Promise.all(rows.map((r) => present(ctx, r))) };
}

async function ownExport(ctx: AppContext, actor: Actor, id: string) {
  const row = await ctx.db.selectFrom('report_exports').select([...exportColumns, 'requested_by', 'storage_key']).where('id', '=', id).executeTakeFirst();
  // Someone else's export is answered as not found: its existence is not the viewer's business.
  if (!row || row.requested_by !== actor.userId) throw reportFail(404, 'EXPORT_NOT_FOUND');
  return row;
}

/** One of the requester's exports. */
export async function getExport(ctx: AppContext, actor: Actor, id: string): Promise<ExportJobT> {
  return present(ctx, await ownExport(ctx, actor, id));
}

/** The file of a finished export, for its requester only; audited. */
export async function downloadExport(ctx: AppContext, actor: Actor, source: AuditSource, id: string) {
  const row = await ownExport(ctx, actor, id);
  if (row.status !== 'ready' || !row.storage_key) throw reportFail(409, 'EXPORT_NOT_READY', { status: row.status });
  const org = await orgWithContext(ctx.db, row.org_id);
  await audit(ctx.db, source, 'report.export_downloaded', { type: 'report_export', id, orgId: row.org_id });
  const stream = await storageFor(ctx.config).get(row.storage_key);
  const format = row.format === 'xlsx' ? 'xlsx' : 'csv';
  return { filename: fileName(org?.org.code ?? 'org', row.kind, istDate(row.created_at), format), contentType: CONTENT_TYPES[format], stream };
}

/** The export job: writes the file to storage and marks the export ready (a retry starts the file again). */
export async function runExport(ctx: AppContext, exportId: string, lastTry: boolean): Promise<void> {
  const row = await ctx.db
    .updateTable('report_exports')
    .set({ status: 'running' })
    .where('id', '=', exportId)
    .where('status', 'in', ['queued', 'running'])
    .returning(['id', 'org_id', 'kind', 'format', 'mask', 'requested_by'])
    .executeTakeFirst();
  if (!row) return;
  try {
    const org = await ctx.db.selectFrom('orgs').select('path').where('id', '=', row.org_id).executeTakeFirstOrThrow();
    const user = await ctx.db.selectFrom('users').select('language').where('id', '=', row.requested_by).executeTakeFirst();
    const out = produce(ctx, row.kind, row.format, org.path, row.mask, user?.language ?? 'en');
    const key = storageKey(row.id, row.format);
    const [{ size }, count] = await Promise.all([storageFor(ctx.config).put(out.stream, key), out.done]);
    await ctx.db
      .updateTable('report_exports')
      .set({ status: 'ready', storage_key: key, size_bytes: size, row_count: count, finished_at: ctx.clock.now() })
      .where('id', '=', row.id)
      .execute();
  } catch (err) {
    if (lastTry) {
      await ctx.db.updateTable('report_exports').set({ status: 'failed', failure: (err as Error).message.slice(0, 500), finished_at: ctx.clock.now() }).where('id', '=', row.id).execute();
    }
    throw err;
  }
}

/** Export files hold people's data: they are kept this long after they were asked for, then deleted with their record. */
export const EXPORT_RETENTION_DAYS = 7;

/** Deletes exports older than the retention period, file first (a crash in between leaves a record to retry). */
export async function expireExports(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - EXPORT_RETENTION_DAYS * 86_400_000);
  const old = await ctx.db.selectFrom('report_exports').select(['id', 'storage_key']).where('created_at', '<', cutoff).where('status', 'in', ['ready', 'failed']).execute();
  const storage = storageFor(ctx.config);
  for (const row of old) {
    if (row.storage_key) await storage.delete(row.storage_key);
    await ctx.db.deleteFrom('report_exports').where('id', '=', row.id).execute();
  }
  return old.length;
}
