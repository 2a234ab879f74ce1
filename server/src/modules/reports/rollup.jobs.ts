import type { AppContext } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs';
import { drainBatch, markDirty } from './refresh.repo';

/** Outbox topics that change what a person contributes to the reports. */
export const REPORT_TOPICS = [
  'course.enrolled',
  'course.completed',
  'certificate.issued',
  'certificate.revoked',
  'user.activated',
  'user.deactivated',
  'user.awaiting_approval',
  'user.rejected',
  'user.transferred',
  'user.posting_changed',
  'user.merged',
] as const;

export const DRAIN_JOB = 'reports.drain';
/** People refreshed per drain transaction. */
export const DRAIN_BATCH = 2000;

/** The people an event concerns. */
export function peopleOfEvent(payload: Record<string, unknown>): string[] {
  const ids = [payload.userId, payload.duplicateUserId, payload.targetUserId];
  return ids.filter((id): id is string => typeof id === 'string');
}

/** Drains the dirty queue until it is empty (each batch its own transaction). Returns people refreshed. */
export async function drainAll(ctx: AppContext, batch = DRAIN_BATCH, lingerMs = 0): Promise<number> {
  let total = 0;
  let idle = 0;
  for (;;) {
    const started = performance.now();
    const steps: Record<string, number> = {};
    const n = await drainBatch(ctx.db, batch, ctx.clock.now(), (step, ms) => (steps[step] = Math.round(ms)));
    total += n;
    if (n === 0) {
      // Under a stream of events, staying a moment saves the round trip through the queue for the next batch.
      if ((idle += 250) > lingerMs) return total;
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    idle = 0;
    ctx.log.debug({ people: n, ms: Math.round(performance.now() - started), steps }, 'reports: drained a batch');
  }
}

/**
 * Marks the people of a fetched batch of events dirty with one statement, then asks for a drain. The drain job's queue
 * is 'stately' (at most one waiting), and it is asked after the mark commits, so a drain always starts after it.
 */
export const ingestJob: JobDefinition<Record<string, unknown>> = {
  name: 'reports.ingest',
  topics: [...REPORT_TOPICS],
  batchSize: 500,
  async handle(payload, ctx) {
    await ingest([payload], ctx);
  },
  async handleBatch(payloads, ctx) {
    await ingest(payloads, ctx);
  },
};

async function ingest(payloads: Record<string, unknown>[], ctx: AppContext): Promise<void> {
  const ids = payloads.flatMap(peopleOfEvent);
  if (ids.length === 0) return;
  await markDirty(ctx.db, ids);
  await ctx.jobs.send(DRAIN_JOB, {});
}

/** Refreshes dirty people into the rollups; also every minute, as a safety net after a crash between mark and send. */
export const drainJob: JobDefinition<Record<string, never>> = {
  name: DRAIN_JOB,
  policy: 'stately',
  batchSize: 1,
  retryLimit: 10,
  schedule: { cron: '* * * * *' },
  async handle(_payload, ctx) {
    await drainAll(ctx, DRAIN_BATCH, 1000);
  },
};
