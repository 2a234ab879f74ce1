import PgBoss from 'pg-boss';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/connection';
import type { DB } from '../db/schema';
import type { AppContext } from './context';

/** A named, idempotent background job with a typed payload. */
export interface JobDefinition<P extends object = Record<string, unknown>> {
  name: string;
  /** Handles one job; throwing makes pg-boss retry it with back-off. */
  handle(payload: P, ctx: AppContext, meta: { retryCount: number; retryLimit: number }): Promise<void>;
  retryLimit?: number;
  /** Outbox topics whose events this job consumes, one job per event. */
  topics?: string[];
  /** Jobs fetched per poll; each is handled and fails or completes on its own. */
  batchSize?: number;
  /** Workers polling this job's queue in each process (default 1), so that many batches are handled at once. */
  concurrency?: number;
  /**
   * Runs the job on a cron schedule (pg-boss's timekeeper: one instance sends it per tick, whatever the number of
   * processes). The payload is empty; handlers read the time from `ctx.clock`, so tests call them after moving it.
   */
  schedule?: { cron: string; tz?: string };
  /**
   * Handles a whole fetched batch at once (set-wise work such as the reports ingest); when given, the worker calls
   * it instead of `handle`, and throwing fails every job of the batch (each is retried).
   */
  handleBatch?(payloads: P[], ctx: AppContext): Promise<void>;
  /** pg-boss queue policy; 'stately' keeps at most one job queued and one running (a debounced trigger). */
  policy?: 'standard' | 'stately';
}

/** Adapts a Kysely handle (a transaction included) to pg-boss's executor interface. */
export function bossExecutor(db: Kysely<DB> | Transaction<DB>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}

/** The pg-boss queue on the application database, with the job definitions of every module. */
export class JobQueue {
  readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private started = false;
  private closed = false;

  constructor(database: Database) {
    // After stop, a worker loop may still be between polls; it must not reach a closed pool.
    const db: PgBoss.Db = {
      executeSql: (text, values) => (this.closed ? Promise.resolve({ rows: [] }) : database.execute(text, values)),
    };
    this.boss = new PgBoss({
      db,
      schema: 'pgboss',
      supervise: true,
      // The timekeeper sends cron-scheduled jobs (definitions with `schedule`); it is a no-op when none is scheduled.
      schedule: true,
      maintenanceIntervalSeconds: 120,
    });
    this.boss.on('error', () => undefined);
  }

  /** Adds job definitions; call before start. */
  define(...definitions: JobDefinition<never>[]): void {
    for (const def of definitions) this.definitions.set(def.name, def);
  }

  /** Names of the jobs that consume an outbox topic. */
  subscribers(topic: string): string[] {
    return [...this.definitions.values()].filter((d) => d.topics?.includes(topic)).map((d) => d.name);
  }

  /** Starts pg-boss, creates the queues, and with work=true begins processing jobs. */
  async start(ctx: AppContext, { work }: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const def of this.definitions.values()) {
      await this.boss.createQueue(def.name, {
        name: def.name,
        retryLimit: def.retryLimit ?? 5,
        retryDelay: 2,
        retryBackoff: true,
        ...(def.policy ? { policy: def.policy } : {}),
      });
      if (def.schedule) await this.boss.schedule(def.name, def.schedule.cron, {}, { tz: def.schedule.tz ?? 'UTC' });
    }
    if (!work) return;
    for (const def of this.definitions.values()) {
      for (let worker = 0; worker < Math.max(1, def.concurrency ?? 1); worker++) await this.work(ctx, def);
    }
  }

  /** One worker loop for a job's queue: each job of a fetched batch is handled, and fails, on its own. */
  private async work(ctx: AppContext, def: JobDefinition<never>): Promise<void> {
    await this.boss.work<Record<string, unknown>>(
      def.name,
      { pollingIntervalSeconds: 0.5, batchSize: def.batchSize ?? 10, includeMetadata: true },
      async (batch) => {
        const whole = (def as JobDefinition<Record<string, unknown>>).handleBatch;
        if (whole) {
          try {
            await whole(batch.map((job) => job.data), ctx);
          } catch (err) {
            ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job batch failed');
            for (const job of batch) await this.fail(def.name, job.id, err);
          }
          return;
        }
        for (const job of batch) {
          try {
            await (def as JobDefinition<Record<string, unknown>>).handle(job.data, ctx, {
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            });
          } catch (err) {
            // Failing one job leaves the rest of the batch to complete normally.
            ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job failed');
            await this.fail(def.name, job.id, err);
          }
        }
      },
    );
  }

  /** Marks a job failed (pg-boss retries it); a job that fails while the queue is shutting down is left to expire and retry. */
  private async fail(name: string, id: string, err: unknown): Promise<void> {
    try {
      await this.boss.fail(name, id, { message: (err as Error).message });
    } catch (failErr) {
      if (!this.closed) throw failErr;
    }
  }

  /** Sends a job now; pass a transaction to enqueue atomically with other writes. */
  async send(name: string, payload: object, trx?: Transaction<DB>): Promise<void> {
    await this.boss.send(name, payload, trx ? { db: bossExecutor(trx) } : {});
  }

  /** Enqueues many jobs with one statement inside the caller's transaction. */
  async sendMany(trx: Transaction<DB>, items: { name: string; data: object }[]): Promise<void> {
    if (items.length === 0) return;
    const inserts = items.map((item) => ({
      name: item.name,
      data: item.data,
      retryLimit: this.definitions.get(item.name)?.retryLimit ?? 5,
      retryDelay: 2,
      retryBackoff: true,
    }));
    await this.boss.insert(inserts, { db: bossExecutor(trx) });
  }

  /** Stops taking jobs and waits for running ones to finish. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 20_000, close: false });
    this.closed = true;
  }
}
