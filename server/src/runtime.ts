import pino from 'pino';
import type { Config } from './config';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import { seedDemo, seedDemoActivity } from './demo';
import { Hooks } from './platform/hooks';
import { JobQueue } from './platform/jobs';
import { startOutboxRelay } from './platform/outbox';
import { systemClock, type AppContext, type Clock } from './platform/context';
import { loggerOptions } from './app';
import { modules } from './modules';

/** A started platform: context plus the function that stops it cleanly. */
export interface Runtime {
  ctx: AppContext;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, seeds demo data if asked, and starts the queue (and worker). */
export async function startRuntime(config: Config, opts: { clock?: Clock; work?: boolean } = {}): Promise<Runtime> {
  const log = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    pgliteTemplate: config.pgliteTemplate,
  });
  await migrate(database);
  const jobs = new JobQueue(database);
  for (const module of modules) jobs.define(...(module.jobs ?? []));
  const hooks = new Hooks<AppContext>(modules.flatMap((m) => m.hooks ?? []));
  const ctx: AppContext = { config, database, db: database.db, jobs, hooks, clock: opts.clock ?? systemClock, log };
  // Test files start from the org tree and accounts only; they make the courses they need.
  if (config.seedDemo) await seedDemo(ctx, { courses: config.nodeEnv !== 'test' });
  const work = opts.work ?? config.runWorker;
  await jobs.start(ctx, { work });
  if (config.seedDemo && config.nodeEnv !== 'test') await seedDemoActivity(ctx);
  const stopRelay = work ? startOutboxRelay(ctx.db, jobs, (err) => log.error({ err }, 'outbox relay failed')) : null;
  return {
    ctx,
    async stop() {
      await stopRelay?.();
      await jobs.stop();
      await database.close();
    },
  };
}
