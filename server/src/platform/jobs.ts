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
      schedule: false,
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
      });
    }
    if (!work) return;
    for (const def of this.definitions.values()) {
      await this.boss.work<Record<string, unknown>>(
        def.name,
        { pollingIntervalSeconds: 0.5, batchSize: def.batchSize ?? 10, includeMetadata: true },
        async (batch) => {
          for (const job of batch) {
            try {
              await (def as JobDefinition<Record<string, unknown>>).handle(job.data, ctx, {
                retryCount: job.retryCount,
                retryLimit: job.retryLimit,
              });
            } catch (err) {
              // Failing one job leaves the rest of the batch to complete normally.
              ctx.log.warn({ job: def.name, err: (err as Error).message }, 'job failed');
              await this.boss.fail(def.name, job.id, { message: (err as Error).message });
            }
          }
        },
      );
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
