import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../src/config';
import { startRuntime, type Runtime } from '../src/runtime';
import { buildApp } from '../src/app';
import type { App } from '../src/platform/module';
import type { AppContext, Clock } from '../src/platform/context';

/** A clock the test can move. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: TestClock;
  /** A fresh browser-like client with its own cookie jar. */
  client(lang?: 'en' | 'hi'): TestClient;
  close(): Promise<void>;
}

/**
 * Lets the time a learner needs to earn a course's stated hours pass on the server's clock (the credit rule: half of
 * them, plus a minute) and returns the seconds to report, spread over `lessons` updates (each ≤ 3600 s).
 */
export function spendCourseTime(c: TestClient, durationMinutes: number, lessons: number): number {
  const seconds = Math.min(3600, Math.ceil(((durationMinutes / 2 + 1) * 60) / Math.max(1, lessons)));
  c.clock?.advance(seconds * Math.max(1, lessons) * 1000);
  return seconds;
}

/** Which database the suite runs on: PGlite by default, PostgreSQL when KSH_TEST_DB=postgres. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.KSH_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** A fresh PostgreSQL database for one test file (dropped by the returned function). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `ksh_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A database that outlives one start of the app (restart tests): a PGlite data directory or a PostgreSQL database. */
export interface TestDatabase {
  env: { DATA_DIR: string; DATABASE_URL: string };
  drop(): Promise<void>;
}

/** A fresh database of the suite's kind that several startTestApp calls can open one after the other. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind() === 'postgres') {
    const pgDb = await createPostgresDatabase();
    return { env: { DATA_DIR: 'memory://', DATABASE_URL: pgDb.url }, drop: () => pgDb.drop() };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-test-db-'));
  return { env: { DATA_DIR: dir, DATABASE_URL: '' }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the whole platform (database, migrations, demo seed, job worker) for one test file. With `database` it opens
 * that one (and leaves it for the caller to drop); `env` overrides configuration variables (e.g. PUBLIC_URL).
 */
export async function startTestApp(opts: { seed?: boolean; work?: boolean; database?: TestDatabase; env?: Record<string, string> } = {}): Promise<TestApp> {
  const pgDb = opts.database ? null : testDatabaseKind() === 'postgres' ? await createPostgresDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: opts.database?.env.DATA_DIR ?? 'memory://',
    DATABASE_URL: opts.database?.env.DATABASE_URL ?? pgDb?.url ?? '',
    SEED_DEMO: opts.seed === false ? 'false' : 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // As in production: stored secrets (signing keys, webhook secrets) are sealed.
    SECRETS_KEY: 'test-only-secrets-key-0123456789abcdef',
    // A memory database starts from the run's migrated template (test/global-setup.ts).
    PGLITE_TEMPLATE: process.env.PGLITE_TEMPLATE ?? '',
    ...opts.env,
  });
  const clock = new TestClock();
  const runtime: Runtime = await startRuntime(config, { clock, work: opts.work ?? true });
  const app = await buildApp(runtime.ctx);
  await app.ready();
  return {
    app,
    ctx: runtime.ctx,
    clock,
    client: (lang = 'en') => new TestClient(app, lang, clock),
    async close() {
      await app.close();
      await runtime.stop();
      await pgDb?.drop();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Talks to the app like a browser: keeps cookies, sends the CSRF header, sets Accept-Language. */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: App,
    public lang: 'en' | 'hi',
    /** The app's clock, for helpers that act over time (the pace rule credits only time that passed). */
    readonly clock?: TestClock,
  ) {}

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Sends a request; bodies are JSON unless `payload` is given with headers. */
  async request(method: Method, url: string, body?: unknown, extra: { headers?: Record<string, string>; payload?: string | Buffer } = {}) {
    if (method !== 'GET' && !this.cookies.has('ksh_csrf')) {
      this.remember(await this.app.inject({ method: 'GET', url: '/api/auth/session' }));
    }
    const headers: Record<string, string> = {
      'accept-language': this.lang,
      cookie: this.cookieHeader(),
      ...(method !== 'GET' ? { 'x-csrf-token': this.cookies.get('ksh_csrf') ?? '' } : {}),
      ...extra.headers,
    };
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(extra.payload !== undefined ? { payload: extra.payload } : body !== undefined ? { payload: body as object } : {}),
    });
    this.remember(res);
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : undefined, headers: res.headers, raw: res };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body?: unknown) {
    return this.request('PATCH', url, body ?? {});
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  /** Signs in through the real login endpoint; throws if it fails. */
  async signIn(identifier: string, password: string): Promise<this> {
    const res = await this.post('/api/auth/login', { identifier, password });
    if (res.status !== 200) throw new Error(`sign-in failed for ${identifier}: ${res.status} ${JSON.stringify(res.body)}`);
    return this;
  }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Polls until fn returns a truthy value or the timeout passes. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
