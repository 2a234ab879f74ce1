import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context';
import { audit } from '../../platform/audit';
import { format } from '../../platform/i18n';
import { insertUsers, issuePasswordTokens, writeUsersActivated } from '../identity';
import { queueMessages, type Channel } from '../notifications';
import { CsvUnreadable } from '../../platform/csv-upload';
import { parseImportCsv } from './import.csv';
import { rowErrors } from './import.messages';
import {
  advanceProgress,
  findAccountsUsing,
  insertImportErrors,
  loadImportForJob,
  loadPlacement,
  markFinished,
  markRunning,
  supersedeRegistrations,
  type ImportErrorRow,
} from './import.repo';
import { checkRow, markRepeats, type CheckedRow } from './import.validate';

/** Rows per transaction: big enough for set-based SQL to pay off, small enough to keep locks and retries short. */
export const IMPORT_CHUNK_ROWS = 2000;
/** Imported people are told on both channels: many field staff read SMS, not e-mail. */
const ACCOUNT_CREATED_CHANNELS: Channel[] = ['email', 'sms'];

export type ProcessOutcome = 'completed' | 'failed' | 'paused' | 'skipped';

/**
 * Processes an import from where it stopped: each chunk of rows is validated with the rules of
 * registration, checked against existing accounts with one query, and inserted with a handful of
 * set-based statements in one transaction that also advances the progress counter. A retried or
 * duplicated job therefore never inserts a row twice.
 */
export async function processImport(
  ctx: AppContext,
  importId: string,
  opts: { chunkRows?: number; stopAfterChunks?: number } = {},
): Promise<ProcessOutcome> {
  const job = await loadImportForJob(ctx.db, importId);
  if (!job || job.status === 'completed' || job.status === 'failed') return 'skipped';
  const now = () => ctx.clock.now();
  const finish = (outcome: ImportOutcome) => finishImport(ctx, importId, outcome);
  if (job.csv === null) return finish({ status: 'failed', failure: 'IMPORT_INTERRUPTED', params: {} });

  let rows;
  try {
    rows = parseImportCsv(job.csv);
  } catch (err) {
    if (!(err instanceof CsvUnreadable)) throw err;
    return finish({ status: 'failed', failure: 'IMPORT_CSV_MALFORMED', params: { line: err.line, reason: err.reason } });
  }
  await markRunning(ctx.db, importId, rows.length, now());
  const orgCodes = [...new Set(rows.map((r) => r.values.org_code ?? '').filter((c) => c !== ''))];
  const placement = await loadPlacement(ctx.db, job.org_id, orgCodes);
  if (!placement) return finish({ status: 'failed', failure: 'IMPORT_INTERRUPTED', params: {} });
  const checked = rows.map((row) => checkRow(row, placement));
  markRepeats(checked);

  const chunkRows = opts.chunkRows ?? IMPORT_CHUNK_ROWS;
  let from = job.processed_rows;
  let chunks = 0;
  while (from < checked.length) {
    if (opts.stopAfterChunks !== undefined && chunks >= opts.stopAfterChunks) return 'paused';
    const chunk = checked.slice(from, from + chunkRows);
    const advanced = await processChunk(ctx, importId, from, chunk);
    if (!advanced) return 'skipped';
    from += chunk.length;
    chunks += 1;
  }
  return finish({ status: 'completed' });
}

type ImportOutcome = Parameters<typeof markFinished>[2];

/** Ends an import (once) and audits the outcome with its counts, in the name of the admin who uploaded it. */
export async function finishImport(ctx: AppContext, importId: string, outcome: ImportOutcome): Promise<'completed' | 'failed'> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('imports')
      .select(['created_by', 'org_id', 'status', 'total_rows', 'imported_rows', 'failed_rows'])
      .where('id', '=', importId)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.status === 'completed' || row.status === 'failed') return;
    await markFinished(trx, importId, outcome, ctx.clock.now());
    await audit(trx, { actorId: row.created_by, ip: null }, `import.${outcome.status}`, { type: 'import', id: importId, orgId: row.org_id }, {
      total: row.total_rows,
      imported: row.imported_rows,
      failed: row.failed_rows,
      ...(outcome.status === 'failed' ? { failure: outcome.failure } : {}),
    });
  });
  return outcome.status;
}

/** One chunk in one transaction; false when another worker already committed it. */
async function processChunk(ctx: AppContext, importId: string, from: number, chunk: CheckedRow[]): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    // Lock the import row first: a second worker on the same import waits here, then sees the moved counter.
    const current = await trx.selectFrom('imports').select('processed_rows').where('id', '=', importId).forUpdate().executeTakeFirst();
    if (!current || current.processed_rows !== from) return false;
    const now = ctx.clock.now();

    const existing = await findAccountsUsing(trx, {
      emails: chunk.flatMap((c) => c.keys.email ?? []),
      mobiles: chunk.flatMap((c) => c.keys.mobile ?? []),
      employeeIds: chunk.flatMap((c) => c.keys.employeeId ?? []),
    });
    const stale = new Set<string>();
    if (existing.length > 0) {
      const byEmail = new Map(existing.map((u) => [u.email, u]));
      const byMobile = new Map(existing.map((u) => [u.mobile, u]));
      const byEmployee = new Map(existing.map((u) => [`${u.tenant_id}|${u.employee_id.toLowerCase()}`, u]));
      for (const c of chunk) {
        const matches = [
          ['employee_id', 'EMPLOYEE_ID_TAKEN', c.keys.employeeId && byEmployee.get(`${c.tenantId}|${c.keys.employeeId}`)],
          ['email', 'EMAIL_TAKEN', c.keys.email && byEmail.get(c.keys.email)],
          ['mobile', 'MOBILE_TAKEN', c.keys.mobile && byMobile.get(c.keys.mobile)],
        ] as const;
        const pending: string[] = [];
        for (const [field, code, account] of matches) {
          if (!account) continue;
          // As in registration, an unverified self-registration does not block; the imported account replaces it.
          if (account.status === 'pending_verification') pending.push(account.id);
          else {
            c.problems.push({ field, code });
            c.user = null;
          }
        }
        if (c.user) pending.forEach((id) => stale.add(id));
      }
    }
    await supersedeRegistrations(trx, [...stale], now);

    const valid = chunk.flatMap((c) => (c.user ? [{ id: crypto.randomUUID(), ...c.user }] : []));
    await insertUsers(
      trx,
      valid.map((u) => ({
        id: u.id,
        tenant_id: u.tenantId,
        org_id: u.orgId,
        designation_id: u.designationId,
        employee_id: u.employeeId,
        full_name: u.fullName,
        full_name_hi: u.fullNameHi,
        email: u.email,
        mobile: u.mobile,
        employee_group: u.group,
        cadre: u.cadre,
        service: u.service,
        status: 'active',
        activation: 'import',
        created_at: now,
      })),
      { fromDate: now.toISOString().slice(0, 10), reason: 'import' },
    );
    await writeUsersActivated(trx, valid.map((u) => u.id));
    const links = await issuePasswordTokens(trx, valid.map((u) => u.id), now, ctx.config.publicUrl);
    await queueMessages(
      trx,
      valid.flatMap((u, i) =>
        ACCOUNT_CREATED_CHANNELS.map((channel) => ({
          userId: u.id,
          channel,
          recipient: channel === 'email' ? u.email : u.mobile,
          template: 'account_created' as const,
          params: { name: u.fullName, url: links[i] },
          language: 'en' as const,
          sensitive: true,
        })),
      ),
    );

    const bad = chunk.filter((c) => c.problems.length > 0);
    await insertImportErrors(trx, importId, bad.flatMap(toErrorRows));
    const moved = await advanceProgress(trx, importId, from, { processed: chunk.length, imported: valid.length, failed: bad.length });
    if (!moved) throw new Error(`import ${importId}: progress moved under a held lock`);
    return true;
  });
}

function toErrorRows(c: CheckedRow): ImportErrorRow[] {
  const values = Object.fromEntries(Object.entries(c.row.values).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return c.problems.map((p) => {
    const text = rowErrors[p.code];
    return {
      rowNumber: c.row.rowNumber,
      field: p.field,
      code: p.code,
      messageEn: format(text.en, p.params),
      messageHi: format(text.hi, p.params),
      values,
    };
  });
}
