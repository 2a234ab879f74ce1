/**
 * One API process for the benchmarks: the platform's HTTP app on an existing database, without the job worker,
 * listening on a free loopback port that it reports to its parent. A deployment runs one such process per core.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../server/src/config';
import { startRuntime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: process.env.BENCH_DATABASE_URL, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = await startRuntime(config, { work: false });
  const app = await buildApp(runtime.ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send?.({ port: (app.server.address() as AddressInfo).port });
  process.on('message', (m) => {
    if (m === 'stop') void app.close().then(() => runtime.stop()).then(() => process.exit(0));
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
