import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testDatabaseKind } from './harness';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(env: Record<string, string>) {
  // As `npm start` runs it: node with tsx as a loader, so SIGTERM reaches our own handler (the tsx CLI's relay
  // kills a child whose event loop is busy for 60 ms).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: serverDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

// The process test is about start-up and shutdown, not the database: run it once, in the PGlite pass.
describe.skipIf(testDatabaseKind() === 'postgres')('npm start', () => {
  it('prints the URL and demo sign-ins, serves, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-main-'));
    const proc = run({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: '' });
    // First start seeds every demo dataset on PGlite (courses, learners, plans, the Social Welfare report).
    const deadline = Date.now() + 240_000;
    while (!proc.output().includes('Password for every demo account')) {
      if (Date.now() > deadline) throw new Error(`did not start:\n${proc.output()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(proc.output()).toContain(`http://localhost:${port}`);
    expect(proc.output()).toContain('nodal.sw@up.gov.in');
    expect(proc.output()).toContain('Kshamata@2026');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    proc.child.kill('SIGTERM');
    const code = await proc.exited;
    expect(code, proc.output()).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);

  it('refuses a bad variable and names it', async () => {
    const proc = run({ PORT: 'eighty', DATABASE_URL: '' });
    expect(await proc.exited, proc.output()).toBe(1);
    expect(proc.output()).toContain('PORT');
  }, 30_000);
});
