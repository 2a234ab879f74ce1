import crypto from 'node:crypto';
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

/** Starts the whole platform (database, migrations, demo seed, job worker) for one test file. */
export async function startTestApp(opts: { seed?: boolean; work?: boolean } = {}): Promise<TestApp> {
  const pgDb = testDatabaseKind() === 'postgres' ? await createPostgresDatabase() : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    DATABASE_URL: pgDb?.url ?? '',
    SEED_DEMO: opts.seed === false ? 'false' : 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // As in production: stored secrets (signing keys, webhook secrets) are sealed.
    SECRETS_KEY: 'test-only-secrets-key-0123456789abcdef',
  });
  const clock = new TestClock();
  const runtime: Runtime = await startRuntime(config, { clock, work: opts.work ?? true });
  const app = await buildApp(runtime.ctx);
  await app.ready();
  return {
    app,
    ctx: runtime.ctx,
    clock,
    client: (lang = 'en') => new TestClient(app, lang),
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
