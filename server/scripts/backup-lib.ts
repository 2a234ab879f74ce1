import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { Config } from '../src/config';

const run = promisify(execFile);
const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/db/migrations');
export const FORMAT = 'kshamata-backup/1';

/** What a backup holds, written as manifest.json at the top of the archive. */
export interface Manifest {
  format: typeof FORMAT;
  createdAt: string;
  database: { kind: 'postgres' | 'pglite'; serverVersion: string; file: string; sha256: string; size: number };
  migrations: string[];
  files: { key: string; size: number; sha256: string }[];
}

/** A refusal the operator can act on (printed without a stack trace, exit code 2). */
export class BackupError extends Error {}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under a directory, as relative paths with '/' (temporary `.part` uploads left out). */
export async function listFiles(root: string): Promise<string[]> {
  if (!fs.existsSync(root)) return [];
  const entries = await fsp.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.part'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Where uploaded files live for a configuration (as platform/storage.ts stores them). */
export function filesRoot(config: Config): string {
  return path.join(config.dataDir, 'files');
}

/** The code's migrations, by name. */
export function codeMigrations(): Set<string> {
  return new Set(fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')));
}

/** A PGlite data directory is in use while its postmaster.pid exists (PGlite removes it on a clean close). */
export function assertPgliteIdle(dataDir: string, force: boolean): void {
  if (fs.existsSync(path.join(dataDir, 'postmaster.pid')) && !force) {
    throw new BackupError(
      `The PGlite data directory ${dataDir} is in use (postmaster.pid). Stop the server first; if it crashed, start and stop it once, or pass --force.`,
    );
  }
}

/** Opens a PGlite data directory on its own (recovering it if a crash left it), reads, and closes it cleanly. */
export async function withPglite<T>(dataDir: string, fn: (db: PGlite) => Promise<T>): Promise<T> {
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function pgQuery<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** The migrations recorded in a database (empty when it has none). */
export async function appliedMigrations(config: Config): Promise<string[]> {
  const text = `SELECT name FROM schema_migrations ORDER BY name`;
  const exists = `SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`;
  if (config.databaseUrl) {
    const [row] = await pgQuery<{ present: boolean }>(config.databaseUrl, exists);
    return row?.present ? (await pgQuery<{ name: string }>(config.databaseUrl, text)).map((r) => r.name) : [];
  }
  if (!fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) return [];
  return withPglite(config.dataDir, async (db) => {
    const [row] = (await db.query<{ present: boolean }>(exists)).rows;
    return row?.present ? (await db.query<{ name: string }>(text)).rows.map((r) => r.name) : [];
  });
}

/** True when the target database holds any table of ours or pg-boss's. */
export async function databaseInUse(config: Config): Promise<boolean> {
  const text = `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'pgboss')`;
  if (config.databaseUrl) return ((await pgQuery<{ n: number }>(config.databaseUrl, text))[0]?.n ?? 0) > 0;
  return fs.existsSync(path.join(config.dataDir, 'PG_VERSION'));
}

export async function pgServerVersion(url: string): Promise<string> {
  return (await pgQuery<{ v: string }>(url, 'SHOW server_version'))[0]?.v ?? 'unknown';
}

/** Runs a PostgreSQL client tool, naming it when it is missing or fails. */
export async function pgTool(tool: 'pg_dump' | 'pg_restore' | 'psql', args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new BackupError(`${tool} is not installed (PostgreSQL client tools, the server's major version or newer)`);
    throw new BackupError(`${tool} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** Packs a directory into a gzip'd tar archive, and unpacks one (GNU or BSD tar). */
export async function tarCreate(dir: string, archive: string): Promise<void> {
  await run('tar', ['-czf', archive, '-C', dir, '.']);
}
export async function tarExtract(archive: string, dir: string): Promise<void> {
  await run('tar', ['-xzf', archive, '-C', dir]);
}

/** A fresh temporary directory, removed by the returned function. */
export async function scratch(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fsp.rm(dir, { recursive: true, force: true }) };
}

/** Copies a directory tree, leaving out the top-level names in `skip`. */
export async function copyTree(from: string, to: string, skip: string[] = []): Promise<void> {
  await fsp.mkdir(to, { recursive: true });
  for (const entry of await fsp.readdir(from)) {
    if (skip.includes(entry)) continue;
    await fsp.cp(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
}

/** A path the operator typed, relative to where they ran npm (npm runs workspace scripts in server/). */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

/** Reads `--name value` and `--flag` arguments. */
export function parseArgs(argv: string[]): { positional: string[]; flags: Set<string>; values: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' || arg === '-o') values.set('out', argv[++i] ?? '');
    else if (arg.startsWith('--')) flags.add(arg.slice(2));
    else positional.push(arg);
  }
  return { positional, flags, values };
}

/** Runs a CLI's main: a BackupError is printed plainly with exit code 2; anything else is a crash (1). */
export function cli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof BackupError) {
        console.error(`Refused: ${err.message}`);
        process.exit(2);
      }
      console.error(err);
      process.exit(1);
    },
  );
}
