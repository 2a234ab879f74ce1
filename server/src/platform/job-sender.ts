import type PgBoss from 'pg-boss';
import type { Transaction } from 'kysely';
import type { DB } from '../db/database';

/** What modules use of the job queue (`ctx.jobs`): send jobs, in a transaction or not, and reach pg-boss for delayed ones. */
export interface JobSender {
  readonly boss: PgBoss;
  /** Sends one job; with `trx` it is enqueued in that transaction (visible on commit). */
  send(name: string, payload: object, trx?: Transaction<DB>): Promise<void>;
  /** Sends many jobs in one transaction. */
  sendMany(trx: Transaction<DB>, items: { name: string; data: object }[]): Promise<void>;
  /** Names of the jobs that consume an outbox topic. */
  subscribers(topic: string): string[];
}
