import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { loadVisiblePlan } from './authoring.service';
import { planPermissions } from './plans.policy';
import { peopleStream, type PeopleStatus, type PersonRow } from './progress.repo';
import { personStatus, visiblePaths } from './progress.service';
import { dueDateOf } from './plans.rules';

const COLUMNS = ['employee_id', 'name', 'name_hi', 'designation', 'organisation', 'email', 'mobile', 'status', 'due_date', 'days_overdue'] as const;

function cells(r: PersonRow, now: Date): (string | number)[] {
  const due = r.due_at ? new Date(r.due_at) : null;
  const overdueDays = due && due <= now ? Math.ceil((now.getTime() - due.getTime()) / 86_400_000) : 0;
  return [r.employee_id, r.full_name, r.full_name_hi ?? '', r.designation_en ?? '', r.org_en, r.email, r.mobile, personStatus(r, now), due ? dueDateOf(due) : '', overdueDays];
}

/** A plan's people in one bucket (overdue by default) as CSV or XLSX, streamed page by page; audited. */
export async function exportPeople(ctx: AppContext, actor: Actor, source: AuditSource, planId: string, q: { status?: PeopleStatus; orgId?: string }, format: 'csv' | 'xlsx') {
  const plan = await loadVisiblePlan(ctx, actor, planId);
  ensure(planPermissions(actor, { status: plan.status, ownerPath: plan.owner_path }).manage);
  const status = q.status ?? 'overdue';
  const paths = await visiblePaths(ctx, actor, plan.owner_path, q.orgId);
  const now = ctx.clock.now();
  await audit(ctx.db, source, 'plan.exported', { type: 'plan', id: planId, orgId: plan.owner_org_id }, { status, format, orgId: q.orgId ?? null });
  const rows = peopleStream(ctx.db, planId, paths, status, now);
  const filename = `${plan.code ?? `plan-${planId.slice(0, 8)}`}-${status}.${format}`;
  if (format === 'csv') {
    const csv = stringify({ header: true, columns: [...COLUMNS], bom: true });
    Readable.from(
      (async function* () {
        for await (const batch of rows) for (const r of batch) yield cells(r, now);
      })(),
      { objectMode: true },
    )
      .on('error', (err) => csv.destroy(err))
      .pipe(csv);
    return { filename, contentType: 'text/csv; charset=utf-8', body: csv };
  }
  const out = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(status);
  sheet.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === 'name' || c === 'organisation' ? 32 : 16 }));
  void (async () => {
    try {
      for await (const batch of rows) for (const r of batch) sheet.addRow(cells(r, now)).commit();
      sheet.commit();
      await book.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: out };
}
