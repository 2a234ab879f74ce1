import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function latestCode(client: TestClient, recipient: string): Promise<string> {
  const list = (await client.get('/api/dev/outbox')).body as { recipient: string; body: string }[];
  const code = list.find((m) => m.recipient === recipient)?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code for ${recipient}`);
  return code;
}

describe('sign-in', () => {
  it('accepts e-mail, mobile (with +91) and employee ID, and sets an HttpOnly session cookie', async () => {
    const u = await makeUser(t.ctx);
    for (const identifier of [u.email.toUpperCase(), `+91 ${u.mobile}`, u.employeeId.toLowerCase()]) {
      const c = t.client();
      const res = await c.post('/api/auth/login', { identifier, password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      const cookie = res.raw.cookies.find((k) => k.name === 'ksh_session');
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Lax');
      expect((await c.get('/api/me')).body.id).toBe(u.id);
    }
  });

  it('locks the account after 5 failures with a growing back-off, and says so', async () => {
    const u = await makeUser(t.ctx);
    const c = t.client();
    for (let i = 0; i < 4; i++) {
      const res = await c.post('/api/auth/login', { identifier: u.email, password: 'wrong-pass-1' });
      expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    }
    await c.post('/api/auth/login', { identifier: u.email, password: 'wrong-pass-1' });
    const locked = await c.post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.body.error.params.retryAfter).toBeGreaterThan(0);
    t.clock.advance(61_000);
    await c.post('/api/auth/login', { identifier: u.email, password: 'wrong-pass-1' });
    const again = await c.post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
    expect(again.body.error.params.retryAfter).toBeGreaterThan(60);
    t.clock.advance(3 * 60_000);
    expect((await c.post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD })).status).toBe(200);
    const events = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', u.id).execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.sign_in_failed', 'auth.locked', 'auth.signed_in']));
  });

  it('answers in Hindi when the browser asks for it', async () => {
    const c = t.client('hi');
    const res = await c.post('/api/auth/login', { identifier: 'nobody@up.gov.in', password: 'whatever1' });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/साइन-इन/);
  });

  it('reports a deactivated account by name', async () => {
    const u = await makeUser(t.ctx, { status: 'deactivated' });
    const res = await t.client().post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
    expect(res.body.error.code).toBe('ACCOUNT_DEACTIVATED');
  });
});

describe('sessions', () => {
  it('expires after 2 hours idle', async () => {
    const u = await makeUser(t.ctx);
    const c = await t.client().signIn(u.email, TEST_PASSWORD);
    t.clock.advance(2 * 3600_000 + 1000);
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const u = await makeUser(t.ctx);
    const phone = await t.client().signIn(u.email, TEST_PASSWORD);
    const laptop = await t.client().signIn(u.email, TEST_PASSWORD);
    expect((await laptop.post('/api/auth/logout-all')).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(401);
  });

  it('changing the password ends the other sessions but keeps this one', async () => {
    const u = await makeUser(t.ctx);
    const other = await t.client().signIn(u.email, TEST_PASSWORD);
    const me = await t.client().signIn(u.email, TEST_PASSWORD);
    const wrong = await me.post('/api/me/password', { currentPassword: 'nope-123', newPassword: 'Brand-new-2026' });
    expect(wrong.body.error.code).toBe('CURRENT_PASSWORD_WRONG');
    const weak = await me.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.body.error.fields[0]).toMatchObject({ field: 'newPassword', code: 'PASSWORD_TOO_SHORT' });
    expect((await me.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Brand-new-2026' })).status).toBe(204);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await me.get('/api/me')).status).toBe(200);
  });

  it('rejects a request whose CSRF header does not match the session', async () => {
    const u = await makeUser(t.ctx);
    const c = await t.client().signIn(u.email, TEST_PASSWORD);
    const res = await c.request('PATCH', '/api/me', { language: 'hi' }, { headers: { 'x-csrf-token': 'forged' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_INVALID');
  });
});

describe('password reset', () => {
  it('resets through an OTP and ends every session', async () => {
    const u = await makeUser(t.ctx);
    const old = await t.client().signIn(u.email, TEST_PASSWORD);
    const c = t.client();
    const sent = await c.post('/api/auth/password-reset/request', { identifier: u.employeeId });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ channel: 'email' });
    expect(sent.body.sentTo).not.toBe(u.email);
    const code = await latestCode(c, u.email);
    const bad = await c.post('/api/auth/password-reset/confirm', { identifier: u.employeeId, code: code === '999999' ? '000000' : '999999', newPassword: 'Reset-pass-2026' });
    expect(bad.body.error.code).toBe('OTP_WRONG');
    const ok = await c.post('/api/auth/password-reset/confirm', { identifier: u.employeeId, code, newPassword: 'Reset-pass-2026' });
    expect(ok.status).toBe(204);
    expect((await old.get('/api/me')).status).toBe(401);
    expect((await c.post('/api/auth/login', { identifier: u.email, password: 'Reset-pass-2026' })).status).toBe(200);
    const reuse = await t.client().post('/api/auth/password-reset/confirm', { identifier: u.employeeId, code, newPassword: 'Another-2026' });
    expect(reuse.body.error.code).toBe('OTP_NOT_REQUESTED');
  });

  it('names an unknown account', async () => {
    const res = await t.client().post('/api/auth/password-reset/request', { identifier: 'ghost@up.gov.in' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ACCOUNT_NOT_FOUND');
  });
});

describe('profile', () => {
  it('saves language and notification preferences, and lists postings', async () => {
    const u = await makeUser(t.ctx, { designation: 'DSWO' });
    const c = await t.client().signIn(u.email, TEST_PASSWORD);
    const res = await c.patch('/api/me', { language: 'hi', notificationPrefs: { email: true, sms: false, inapp: true } });
    expect(res.status).toBe(200);
    expect(res.body.language).toBe('hi');
    expect(res.body.notificationPrefs.sms).toBe(false);
    const bad = await c.patch('/api/me', { orgId: u.orgId });
    expect(bad.status).toBe(400);
    const postings = await c.get('/api/me/postings');
    expect(postings.body[0].designation.nameEn).toBe('District Social Welfare Officer');
  });
});

describe('platform', () => {
  it('serves health, readiness and the OpenAPI document', async () => {
    const c = t.client();
    expect((await c.get('/api/health')).body).toEqual({ status: 'ok' });
    expect((await c.get('/api/ready')).body.status).toBe('ready');
    const doc = await c.get('/api/openapi.json');
    expect(doc.body.paths['/api/registrations']).toBeDefined();
  });

  it('answers unknown API paths with a translated 404', async () => {
    const res = await t.client('hi').get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'NOT_FOUND', message: 'नहीं मिला।' });
  });
});
