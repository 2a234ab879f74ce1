/**
 * The PostgreSQL server the benchmarks run on (TEST_DATABASE_URL), its throw-away databases, and pgbench on it as the
 * same-run baseline.
 */
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of another database on the same server. */
export const urlFor = (name: string) => Object.assign(new URL(BASE_URL), { pathname: `/${name}` }).toString();

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot run in a pool's transaction): on BASE_URL, or on `database`. */
export async function adminQuery(text: string, database?: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: database === undefined ? BASE_URL : urlFor(database) });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

/** Creates an empty database on the server. */
export async function createDatabase(name: string): Promise<void> {
  await adminQuery(`CREATE DATABASE ${name}`);
}

/** Drops a database if it exists, closing its connections. */
export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Runs `fn` on a fresh database that is dropped afterwards, also when `fn` fails. */
export async function withScratchDatabase<T>(name: string, fn: (url: string) => T | Promise<T>): Promise<T> {
  await createDatabase(name);
  try {
    return await fn(urlFor(name));
  } finally {
    await dropDatabase(name);
  }
}

/** Whether pgbench can be run here. */
export function pgbenchInstalled(): boolean {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `pgbench -i -s 1` then 10 s of `pgbench -S` (1 client, or `clients` on 2 threads): TPS and average latency, or null when pgbench is not installed. */
export function pgbenchSelect(url: string, clients?: number): { tps: number; latencyMs: number } | null {
  if (!pgbenchInstalled()) return null;
  execFileSync('pgbench', ['-i', '-s', '1', '-q', url], { stdio: 'ignore' });
  const concurrency = clients === undefined ? [] : ['-c', String(clients), '-j', '2'];
  const out = execFileSync('pgbench', ['-T', '10', '-S', ...concurrency, url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const tps = /tps = ([\d.]+)/.exec(out);
  return tps ? { tps: Number(tps[1]), latencyMs: Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? 0) } : null;
}

/** pgbench -S's TPS (1 client, 10 s), or null when pgbench is not installed. */
export const pgbenchTps = (url: string): number | null => pgbenchSelect(url)?.tps ?? null;

/** pgbenchTps, but a failing pgbench (too many clients, …) also gives null. */
export function pgbenchTpsOrNull(url: string): number | null {
  try {
    return pgbenchTps(url);
  } catch {
    return null;
  }
}
