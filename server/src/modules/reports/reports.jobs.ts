import type { JobDefinition } from '../../platform/jobs';
import { EXPORT_JOB, expireExports, runExport } from './exports.service';
import { sendMonthlySummaries } from './monthly.service';

/** Writes a queued people-level export to storage; the last failed try marks it failed. */
export const exportJob: JobDefinition<{ exportId: string }> = {
  name: EXPORT_JOB,
  retryLimit: 3,
  batchSize: 1,
  async handle({ exportId }, ctx, meta) {
    await runExport(ctx, exportId, meta.retryCount >= meta.retryLimit);
  },
};

/** The monthly summary e-mail to subscribed MDO admins: 08:00 IST on the 1st, for the month just ended. */
export const monthlySummaryJob: JobDefinition<Record<string, never>> = {
  name: 'reports.monthly-summary',
  retryLimit: 3,
  schedule: { cron: '30 2 1 * *' },
  async handle(_payload, ctx) {
    await sendMonthlySummaries(ctx);
  },
};

/** Deletes export files past their retention period, every night at 01:00 IST. */
export const expireExportsJob: JobDefinition<Record<string, never>> = {
  name: 'reports.expire-exports',
  retryLimit: 3,
  schedule: { cron: '30 19 * * *' },
  async handle(_payload, ctx) {
    await expireExports(ctx);
  },
};
