import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../src/config';
import { writeOutbox, relayOutbox } from '../src/platform/outbox';
import { platformErrors } from '../src/platform/errors';
import { templates } from '../src/modules/notifications/notifications.templates';
import { identityErrors } from '../src/modules/identity/identity.messages';
import { hookHandler, hookPoint, Hooks } from '../src/platform/hooks';
import { startTestApp, type TestApp } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';

describe('config', () => {
  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
    expect(loadConfig({}).port).toBe(3000);
  });
});

describe('messages', () => {
  it('has every message in English and Hindi', () => {
    const texts = [
      ...Object.values(platformErrors),
      ...Object.values(identityErrors),
      ...Object.values(templates).flatMap((t) => [t.subject, t.body]),
    ];
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) {
      expect(text.en.trim().length).toBeGreaterThan(0);
      expect(text.hi).toMatch(/[\u0900-\u097F]/);
    }
  });
});

describe('hooks', () => {
  const POINT = hookPoint<{ n: number }, number>('test.point');
  const OTHER = hookPoint<{ n: number }>('test.other');

  it('runs a point\'s handlers one after another in the order given, on the caller\'s handle, and returns their results', async () => {
    const calls: string[] = [];
    const db = {} as never;
    const hooks = new Hooks<{ tag: string }>([
      hookHandler(POINT, async (handle, { n }, ctx: { tag: string }) => {
        expect(handle).toBe(db);
        calls.push(`first ${ctx.tag}`);
        return n + 1;
      }),
      hookHandler(OTHER, async () => {
        calls.push('other');
      }),
      hookHandler(POINT, async (_handle, { n }) => {
        calls.push('second');
        return n * 10;
      }),
    ]);
    expect(await hooks.run(POINT, db, { n: 4 }, { tag: 'ctx' })).toEqual([5, 40]);
    expect(calls).toEqual(['first ctx', 'second']);
    expect(await new Hooks([]).run(POINT, db, { n: 1 }, {})).toEqual([]);
  });
});

describe('outbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ work: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('dispatches committed events once and never those of a rolled-back transaction', async () => {
    await t.ctx.db
      .transaction()
      .execute(async (trx) => {
        await writeOutbox(trx, 'message.queued', { messageId: 'rolled-back' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await t.ctx.db.transaction().execute((trx) => writeOutbox(trx, 'message.queued', { messageId: 'committed' }));
    const first = await relayOutbox(t.ctx.db, t.ctx.jobs);
    const second = await relayOutbox(t.ctx.db, t.ctx.jobs);
    expect(second).toBe(0);
    expect(first).toBeGreaterThanOrEqual(1);
    const { rows } = await t.ctx.database.execute("SELECT data FROM pgboss.job WHERE name = 'notifications.deliver'");
    const ids = rows.map((r) => (r.data as { messageId: string }).messageId);
    expect(ids.filter((id) => id === 'committed')).toHaveLength(1);
    expect(ids).not.toContain('rolled-back');
  });

  it('logs in with the worker off too: requests never wait on jobs', async () => {
    const u = await makeUser(t.ctx);
    expect((await t.client().post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD })).status).toBe(200);
  });
});
