import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database } from '../db/connection';
import type { DB } from '../db/database';
import type { Hooks } from './hooks';
import type { JobSender } from './job-sender';

/** Where the current time comes from; tests move it to cross OTP expiry and deadlines. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Everything a module needs at run time, built once at start and passed down explicitly. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Kysely<DB>;
  jobs: JobSender;
  /** Every module's hook handlers (see hooks.ts). */
  hooks: Hooks<AppContext>;
  clock: Clock;
  log: FastifyBaseLogger;
}
