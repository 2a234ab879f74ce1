/**
 * The server process of the reports benchmark: the platform's HTTP app plus the job worker and outbox relay on an
 * existing database, like `npm start` with DATABASE_URL — except that only the reports module's jobs are registered,
 * so a flood of `course.completed` events measures the reports ingest alone (certificates, competencies and plans would
 * otherwise render PDFs and re-evaluate plans for every one of them). Reports its port to the parent.
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { Hooks } from '../server/src/platform/hooks';
import { JobQueue } from '../server/src/platform/jobs';
import { startOutboxRelay } from '../server/src/platform/outbox';
import { systemClock, type AppContext } from '../server/src/platform/context';
import { buildApp, loggerOptions } from '../server/src/app';
import { reportsModule } from '../server/src/modules/reports/reports.module';

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: process.env.BENCH_DATABASE_URL, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const log = pino(loggerOptions(config.logLevel) as pino.LoggerOptions);
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  await migrate(database);
  const jobs = new JobQueue(database);
  jobs.define(...(reportsModule.jobs ?? []));
  const hooks = new Hooks<AppContext>(reportsModule.hooks ?? []);
  const ctx: AppContext = { config, database, db: database.db, jobs, hooks, clock: systemClock, log };
  await jobs.start(ctx, { work: true });
  const stopRelay = startOutboxRelay(ctx.db, jobs, (err) => log.error({ err }, 'outbox relay failed'));
  const app = await buildApp(ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send?.({ port: (app.server.address() as AddressInfo).port });
  process.on('message', (m) => {
    if (m === 'stop') {
      void (async () => {
        await app.close();
        await stopRelay();
        await jobs.stop();
        await database.close();
        process.exit(0);
      })();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
