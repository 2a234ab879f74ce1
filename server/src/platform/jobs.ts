import PgBoss from 'pg-boss';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/connection';
import type { DB } from '../db/database';
import type { AppContext } from './context';
import type { JobSender } from './job-sender';
import { HEARTBEAT_MS, WorkerRegistry } from './job-workers';

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
  /**
   * How long a fetched job may stay active before pg-boss fails it and retries it (default 15 minutes, pg-boss's).
   * A backstop for a hung handler: a stopped or killed worker's jobs go back to the queue at once (job-workers.ts).
   * Short jobs (a certificate, a message) set a short one; a long job must set one longer than it can run.
   */
  expireInSeconds?: number;
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

const DEFAULT_EXPIRE_SECONDS = 15 * 60;
const POLL_MS = 500;
type Job = PgBoss.JobWithMetadata<Record<string, unknown>>;

/** The pg-boss queue on the application database, with the job definitions of every module. */
export class JobQueue implements JobSender {
  readonly boss: PgBoss;
  private readonly definitions = new Map<string, JobDefinition<never>>();
  private readonly registry: WorkerRegistry;
  private started = false;
  private closed = false;
  private stopping = false;
  private loops: Promise<void>[] = [];
  private heartbeat: NodeJS.Timeout | null = null;
  private wake: (() => void)[] = [];

  constructor(private readonly database: Database) {
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
      // Maintenance (one process per interval) fails and retries expired jobs: an expired job waits at most this long.
      maintenanceIntervalSeconds: 30,
    });
    this.boss.on('error', () => undefined);
    this.registry = new WorkerRegistry(database.db, database.kind);
  }

  /** Adds job definitions; call before start. */
  define(...definitions: JobDefinition<never>[]): void {
    for (const def of definitions) this.definitions.set(def.name, def);
  }

  /** Names of the jobs that consume an outbox topic. */
  subscribers(topic: string): string[] {
    return [...this.definitions.values()].filter((d) => d.topics?.includes(topic)).map((d) => d.name);
  }

  private queueOptions(def: JobDefinition<never>) {
    return {
      retryLimit: def.retryLimit ?? 5,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: def.expireInSeconds ?? DEFAULT_EXPIRE_SECONDS,
    };
  }

  /**
   * Starts pg-boss and creates (or updates) the queues; with work=true registers this process as a worker, puts the
   * jobs of workers that died back in their queues, and begins processing jobs.
   */
  async start(ctx: AppContext, { work }: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const def of this.definitions.values()) {
      const options = { ...this.queueOptions(def), policy: def.policy ?? 'standard' };
      await this.boss.createQueue(def.name, { name: def.name, ...options });
      // createQueue leaves an existing queue as it was: bring its settings (expiry, retries) up to date.
      await this.boss.updateQueue(def.name, { name: def.name, ...options });
      if (def.schedule) await this.boss.schedule(def.name, def.schedule.cron, {}, { tz: def.schedule.tz ?? 'UTC' });
    }
    if (!work) return;
    await this.registry.beat();
    const recovered = await this.registry.recover({ atStart: true });
    if (recovered > 0) ctx.log.info({ jobs: recovered }, 'jobs of a stopped worker put back in the queue');
    this.heartbeat = setInterval(() => void this.sweep(ctx), HEARTBEAT_MS);
    this.heartbeat.unref();
    for (const def of this.definitions.values()) {
      for (let worker = 0; worker < Math.max(1, def.concurrency ?? 1); worker++) this.loops.push(this.work(ctx, def));
    }
  }

  /** The heartbeat, and a sweep for the jobs of workers that died since. */
  private async sweep(ctx: AppContext): Promise<void> {
    if (this.stopping) return;
    try {
      await this.registry.beat();
      const recovered = await this.registry.recover();
      if (recovered > 0) ctx.log.info({ jobs: recovered }, 'jobs of a stopped worker put back in the queue');
    } catch (err) {
      if (!this.stopping) ctx.log.warn({ err: (err as Error).message }, 'job worker heartbeat failed');
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake.push(() => (clearTimeout(timer), resolve()));
    });
  }

  /** One worker loop for a job's queue: fetches a batch (claimed by this worker) and handles it, until stopped. */
  private async work(ctx: AppContext, def: JobDefinition<never>): Promise<void> {
    const batchSize = def.batchSize ?? 10;
    while (!this.stopping) {
      let batch: Job[] = [];
      try {
        batch = await this.registry.claim(def.name, (db) =>
          this.boss.fetch<Record<string, unknown>>(def.name, { batchSize, includeMetadata: true, db: bossExecutor(db) }),
        );
      } catch (err) {
        if (!this.stopping) ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job fetch failed');
      }
      if (batch.length > 0) await this.handle(ctx, def as JobDefinition<Record<string, unknown>>, batch);
      if (batch.length < batchSize && !this.stopping) await this.pause(POLL_MS);
    }
  }

  /**
   * Handles a fetched batch: each job completes or fails on its own (or the whole batch with handleBatch). Once the
   * queue is stopping, the jobs not yet begun are left claimed, and stop() puts them back in the queue.
   */
  private async handle(ctx: AppContext, def: JobDefinition<Record<string, unknown>>, batch: Job[]): Promise<void> {
    if (def.handleBatch) {
      try {
        await def.handleBatch(batch.map((job) => job.data), ctx);
        await this.settle(def.name, batch.map((j) => j.id));
      } catch (err) {
        ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job batch failed');
        for (const job of batch) await this.settle(def.name, [job.id], err);
      }
      return;
    }
    for (const job of batch) {
      if (this.stopping) return;
      try {
        await def.handle(job.data, ctx, { retryCount: job.retryCount, retryLimit: job.retryLimit });
        await this.settle(def.name, [job.id]);
      } catch (err) {
        // Failing one job leaves the rest of the batch to complete normally.
        ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job failed');
        await this.settle(def.name, [job.id], err);
      }
    }
  }

  /** Completes jobs, or fails them (pg-boss retries them), and drops this worker's claims on them. */
  private async settle(name: string, ids: string[], err?: unknown): Promise<void> {
    try {
      if (err === undefined) await this.boss.complete(name, ids);
      else for (const id of ids) await this.boss.fail(name, id, { message: (err as Error).message });
      await this.registry.finished(ids);
    } catch (settleErr) {
      // While shutting down the claim stays: stop() puts the job back in the queue.
      if (!this.closed && !this.stopping) throw settleErr;
    }
  }

  /** Sends a job now; pass a transaction to enqueue atomically with other writes. */
  async send(name: string, payload: object, trx?: Transaction<DB>): Promise<void> {
    await this.boss.send(name, payload, trx ? { db: bossExecutor(trx) } : {});
  }

  /** Enqueues many jobs with one statement inside the caller's transaction. */
  async sendMany(trx: Transaction<DB>, items: { name: string; data: object }[]): Promise<void> {
    if (items.length === 0) return;
    const inserts = items.map((item) => {
      const def = this.definitions.get(item.name);
      return { name: item.name, data: item.data, ...(def ? this.queueOptions(def) : { retryLimit: 5, retryDelay: 2, retryBackoff: true }) };
    });
    await this.boss.insert(inserts, { db: bossExecutor(trx) });
  }

  /**
   * Stops taking jobs, lets the jobs being handled finish (up to `timeoutMs`), then puts every job this worker still
   * holds — the rest of its batches, and any handler still running — back in the queue for another worker at once.
   */
  async stop(timeoutMs = 20_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.stopping = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const wake of this.wake.splice(0)) wake();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.loops), new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
    clearTimeout(timer);
    if (this.loops.length > 0) await this.registry.releaseAll().catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5_000, close: false });
    this.closed = true;
  }
}
