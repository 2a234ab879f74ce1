import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { startRuntime } from '../src/runtime';
import { storageFor } from '../src/platform/storage';
import { createPostgresDatabase, testDatabaseKind } from './harness';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KEY_TABLES = ['orgs', 'users', 'postings', 'role_assignments', 'competencies', 'outbox', 'schema_migrations'] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-backup-test-'));
const dataDir = path.join(tmp, 'data');
let pgDb: Awaited<ReturnType<typeof createPostgresDatabase>> | null = null;

beforeAll(async () => {
  if (testDatabaseKind() === 'postgres') pgDb = await createPostgresDatabase();
});
afterAll(async () => {
  await pgDb?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return { NODE_ENV: 'test', DATA_DIR: dataDir, DATABASE_URL: pgDb?.url ?? '', SECRETS_KEY: 'test-only-secrets-key-0123456789abcdef', LOG_LEVEL: 'silent' };
}

/** Runs the platform (no worker) on the configured database, hands its context to `fn`, and stops it. */
async function withPlatform<T>(fn: (ctx: Awaited<ReturnType<typeof startRuntime>>['ctx']) => Promise<T>): Promise<T> {
  const runtime = await startRuntime(loadConfig({ ...env(), SEED_DEMO: 'true' }), { work: false });
  try {
    return await fn(runtime.ctx);
  } finally {
    await runtime.stop();
  }
}

/** `npm run backup` / `npm run restore` as an operator runs them (a separate process). */
function cli(script: 'backup' | 'restore', args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: serverDir, env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

type Ctx = Parameters<Parameters<typeof withPlatform>[0]>[0];

/** Row count and a checksum of every row of the key tables, and the bytes of every stored file. */
async function snapshot(ctx: Ctx) {
  const tables: Record<string, { n: number; h: string }> = {};
  for (const table of KEY_TABLES) {
    const { rows } = await sql<{ n: number; h: string }>`
      SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${sql.table(table)} t`.execute(ctx.db);
    tables[table] = rows[0]!;
  }
  const root = path.join(dataDir, 'files');
  const files: Record<string, string> = {};
  if (fs.existsSync(root)) {
    for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (e.isFile()) files[path.relative(root, path.join(e.parentPath, e.name))] = crypto.createHash('sha256').update(fs.readFileSync(path.join(e.parentPath, e.name))).digest('hex');
    }
  }
  return { tables, files };
}

async function putFile(ctx: Ctx, key: string, bytes: Buffer): Promise<void> {
  const store = storageFor(ctx.config);
  await store.delete(key);
  await store.put(Readable.from([bytes]), key);
}

describe(`npm run backup / restore (${testDatabaseKind()})`, () => {
  const archive = path.join(tmp, 'kshamata.tar.gz');

  it('backs up rows and uploaded files; after changes, a forced restore brings back exactly the backed-up state', async () => {
    const before = await withPlatform(async (ctx) => {
      await putFile(ctx, 'courses/c1/lesson-pdf', crypto.randomBytes(50_000));
      await putFile(ctx, 'certificates/logo', Buffer.from('logo v1'));
      return snapshot(ctx);
    });
    expect(before.tables.users!.n).toBeGreaterThan(0);
    expect(Object.keys(before.files)).toHaveLength(2);

    const backup = await cli('backup', ['--out', archive]);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain('Backup written');

    const changed = await withPlatform(async (ctx) => {
      await sql`UPDATE users SET full_name = full_name || ' (changed)'`.execute(ctx.db);
      await sql`DELETE FROM role_assignments WHERE ctid IN (SELECT ctid FROM role_assignments LIMIT 3)`.execute(ctx.db);
      await sql`INSERT INTO outbox (topic, payload) VALUES ('test.after-backup', '{}')`.execute(ctx.db);
      await putFile(ctx, 'certificates/logo', Buffer.from('logo v2'));
      await putFile(ctx, 'courses/c2/new-pdf', Buffer.from('uploaded after the backup'));
      if (ctx.database.kind === 'pglite') {
        // A running PGlite server owns its data directory: the backup refuses rather than copy a live directory.
        const live = await cli('backup', ['--out', path.join(tmp, 'live.tar.gz')]);
        expect(live.code).toBe(2);
        expect(live.out).toContain('in use');
      }
      return snapshot(ctx);
    });
    expect(changed.tables.users!.h).not.toBe(before.tables.users!.h);
    expect(changed.files).not.toEqual(before.files);

    const refused = await cli('restore', [archive]);
    expect(refused.code, refused.out).toBe(2);
    expect(refused.out).toContain('--force');

    const restored = await cli('restore', [archive, '--force']);
    expect(restored.code, restored.out).toBe(0);
    const after = await withPlatform(snapshot);
    expect(after).toEqual(before);
  }, 180_000);

  it('checks the archive: refuses one whose migrations are newer than the code, and a damaged one', async () => {
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked);
    await new Promise((resolve) => spawn('tar', ['-xzf', archive, '-C', unpacked]).on('exit', resolve));
    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'));
    const pack = async (name: string, m: object) => {
      fs.writeFileSync(path.join(unpacked, 'manifest.json'), JSON.stringify(m));
      const file = path.join(tmp, name);
      await new Promise((resolve) => spawn('tar', ['-czf', file, '-C', unpacked, '.']).on('exit', resolve));
      return file;
    };
    const newer = await cli('restore', [await pack('newer.tar.gz', { ...manifest, migrations: [...manifest.migrations, '20991231_0001_future.sql'] }), '--force']);
    expect(newer.code, newer.out).toBe(2);
    expect(newer.out).toContain('newer version');
    const damaged = await cli('restore', [await pack('damaged.tar.gz', { ...manifest, files: [{ ...manifest.files[0], sha256: '0'.repeat(64) }] }), '--force']);
    expect(damaged.code, damaged.out).toBe(2);
    expect(damaged.out).toContain('damaged');
    // Neither touched the data: it is still the restored state, readable.
    expect((await withPlatform(snapshot)).tables.schema_migrations!.n).toBe(manifest.migrations.length);
  }, 120_000);
});
