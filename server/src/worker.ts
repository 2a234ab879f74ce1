import { loadConfig, ConfigError } from './config';
import { startRuntime } from './runtime';

/** Runs only the job worker and outbox relay (`npm run worker`), for deployments with separate worker processes. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ ...process.env, SEED_DEMO: 'false', RUN_WORKER: 'true' });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const runtime = await startRuntime(config, { work: true });
  runtime.ctx.log.info('worker started');
  const shutdown = async (): Promise<void> => {
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
}

void main();
