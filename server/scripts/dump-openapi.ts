/** Prints the API's OpenAPI document to stdout, for generating the web client's types. */
import { loadConfig } from '../src/config';
import { startRuntime } from '../src/runtime';
import { buildApp } from '../src/app';

const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SEED_DEMO: 'false', RUN_WORKER: 'false' });
const runtime = await startRuntime(config, { work: false });
const app = await buildApp(runtime.ctx);
await app.ready();
process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await runtime.stop();
