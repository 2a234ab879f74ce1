import { loadConfig, ConfigError, isDevMode } from './config';
import { startRuntime } from './runtime';
import { buildApp } from './app';
import { demoSignIns } from './demo';

/** Starts the API, and in embedded mode the worker in the same process. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const runtime = await startRuntime(config);
  const app = await buildApp(runtime.ctx);
  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl;
  const db = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nKshamata is running at ${url}  (database: ${db})`);
  console.log(`API docs: ${url}/api/docs`);
  if (isDevMode(config)) {
    console.log(`Dev outbox (OTPs and e-mails land here): ${url}/dev/outbox`);
    if (config.seedDemo) {
      console.log('\nDemo sign-ins:');
      for (const line of demoSignIns()) console.log(`  ${line}`);
      console.log(`\nTry it: register at ${url}/register with a personal e-mail, read both codes in the dev outbox,`);
      console.log('then sign in as nodal.sw@up.gov.in, approve the registration, and sign in as the new user.');
    }
  }

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    runtime.ctx.log.info({ signal }, 'shutting down');
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

void main();
