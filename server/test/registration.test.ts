import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, uniqueMobile } from './factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** The latest code sent to an address, read from the dev outbox as a new user would. */
async function latestCode(client: TestClient, recipient: string): Promise<string> {
  const res = await client.get('/api/dev/outbox');
  const message = (res.body as { recipient: string; body: string }[]).find((m) => m.recipient === recipient);
  const code = message?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code for ${recipient}`);
  return code;
}

async function registrationInput(overrides: Record<string, unknown> = {}) {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    employeeId: `SW-${tag}`,
    fullName: 'Meera Shukla',
    fullNameHi: 'मीरा शुक्ला',
    email: `meera.${tag}@up.gov.in`,
    mobile: uniqueMobile(),
    orgId: await orgId(t.ctx, 'UP-SW-LKO'),
    designationId: await designationId(t.ctx, 'DSWO'),
    employeeGroup: 'B',
    password: 'Learn-2026-ok',
    language: 'en',
    ...overrides,
  };
}

describe('registration', () => {
  it('activates an official-domain registration once both OTPs are verified, then signs in', async () => {
    const c = t.client();
    const input = await registrationInput();
    const created = await c.post('/api/registrations', input);
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('pending_verification');
    expect(created.body.emailMasked).not.toContain(input.email.split('@')[0]);
    const id = created.body.id as string;

    const afterEmail = await c.post(`/api/registrations/${id}/verify`, { channel: 'email', code: await latestCode(c, input.email) });
    expect(afterEmail.status).toBe(200);
    expect(afterEmail.body.emailVerified).toBe(true);
    expect(afterEmail.body.status).toBe('pending_verification');

    const done = await c.post(`/api/registrations/${id}/verify`, { channel: 'sms', code: await latestCode(c, input.mobile) });
    expect(done.body.status).toBe('active');

    const signedIn = await c.post('/api/auth/login', { identifier: input.employeeId, password: input.password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.fullName).toBe('Meera Shukla');
    expect((await c.get('/api/me')).body.org.nameEn).toContain('Lucknow');
  });

  it('sends a personal-address registration to the approval queue and tells the person at sign-in', async () => {
    const c = t.client();
    const input = await registrationInput({ email: `meera.${Date.now()}@gmail.com` });
    const { body } = await c.post('/api/registrations', input);
    await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: await latestCode(c, input.email) });
    const done = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'sms', code: await latestCode(c, input.mobile) });
    expect(done.body.status).toBe('pending_approval');
    const signIn = await c.post('/api/auth/login', { identifier: input.email, password: input.password });
    expect(signIn.status).toBe(403);
    expect(signIn.body.error.code).toBe('AWAITING_APPROVAL');
  });

  it('counts wrong OTP tries, then refuses the code; a new code works', async () => {
    const c = t.client();
    const input = await registrationInput();
    const { body } = await c.post('/api/registrations', input);
    const right = await latestCode(c, input.email);
    const wrong = right === '000000' ? '111111' : '000000';
    const first = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: wrong });
    expect(first.status).toBe(400);
    expect(first.body.error).toMatchObject({ code: 'OTP_WRONG', params: { triesLeft: 2 } });
    expect(first.body.error.message).toContain('2 tries left');
    await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: wrong });
    const third = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: wrong });
    expect(third.body.error.code).toBe('OTP_TOO_MANY_TRIES');
    const blocked = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: right });
    expect(blocked.body.error.code).toBe('OTP_TOO_MANY_TRIES');

    const early = await c.post(`/api/registrations/${body.id}/resend`, { channel: 'email' });
    expect(early.status).toBe(429);
    expect(early.body.error.code).toBe('OTP_COOLDOWN');
    expect(early.headers['retry-after']).toBeDefined();
    t.clock.advance(31_000);
    const resent = await c.post(`/api/registrations/${body.id}/resend`, { channel: 'email' });
    expect(resent.status).toBe(200);
    expect(resent.body.resend.email.availableInSeconds).toBeGreaterThan(0);
    const ok = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: await latestCode(c, input.email) });
    expect(ok.body.emailVerified).toBe(true);
  });

  it('refuses an expired OTP', async () => {
    const c = t.client();
    const input = await registrationInput();
    const { body } = await c.post('/api/registrations', input);
    const code = await latestCode(c, input.mobile);
    t.clock.advance(16 * 60_000);
    const res = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'sms', code });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('OTP_EXPIRED');
  });

  it('caps sends at 5 per hour per address', async () => {
    const c = t.client();
    const input = await registrationInput();
    const { body } = await c.post('/api/registrations', input);
    for (let i = 0; i < 4; i++) {
      t.clock.advance(31_000);
      expect((await c.post(`/api/registrations/${body.id}/resend`, { channel: 'sms' })).status).toBe(200);
    }
    t.clock.advance(31_000);
    const sixth = await c.post(`/api/registrations/${body.id}/resend`, { channel: 'sms' });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('OTP_RATE_LIMITED');
    expect(sixth.body.error.params.retryAfter).toBeGreaterThan(30);
  });

  it('names each duplicate: employee ID in the same tree, e-mail, mobile', async () => {
    const existing = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const c = t.client();
    const res = await c.post('/api/registrations', await registrationInput({ employeeId: existing.employeeId, email: existing.email, mobile: existing.mobile }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMPLOYEE_ID_TAKEN');
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'employeeId', 'mobile']);
  });

  it('refuses a government domain that is not the organisation’s, an unknown org and a bad mobile, in Hindi too', async () => {
    const c = t.client('hi');
    const wrongDomain = await c.post('/api/registrations', await registrationInput({ email: 'someone@mp.gov.in' }));
    expect(wrongDomain.status).toBe(400);
    expect(wrongDomain.body.error.code).toBe('EMAIL_DOMAIN_NOT_ALLOWED');
    expect(wrongDomain.body.error.message).toContain('up.gov.in');
    expect(wrongDomain.body.error.message).toMatch(/[\u0900-\u097F]/);
    const unknownOrg = await c.post('/api/registrations', await registrationInput({ orgId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownOrg.body.error.code).toBe('ORG_UNKNOWN');
    const badMobile = await c.post('/api/registrations', await registrationInput({ mobile: '12345' }));
    expect(badMobile.body.error.code).toBe('MOBILE_INVALID');
    const unknownField = await c.post('/api/registrations', { ...(await registrationInput()), isAdmin: true });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.code).toBe('VALIDATION_FAILED');
    expect(unknownField.body.error.fields[0].field).toBe('isAdmin');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/registrations', payload: await registrationInput() });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
  });

  it('delivers OTP messages through the worker and records the delivery', async () => {
    const c = t.client();
    const input = await registrationInput();
    await c.post('/api/registrations', input);
    const start = Date.now();
    for (;;) {
      const list = (await c.get('/api/dev/outbox')).body as { recipient: string; status: string }[];
      if (list.find((m) => m.recipient === input.email)?.status === 'sent') break;
      if (Date.now() - start > 15_000) throw new Error('message not delivered');
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});
