import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, uniqueMobile, TEST_PASSWORD } from './factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function code(c: TestClient, recipient: string): Promise<string> {
  const list = (await c.get('/api/dev/outbox')).body as { recipient: string; body: string }[];
  return list.find((m) => m.recipient === recipient)?.body.match(/\b(\d{6})\b/)?.[1] ?? '';
}

describe('org tree', () => {
  it('walks from India to the UP departments', async () => {
    const c = t.client();
    const [india] = (await c.get('/api/orgs')).body;
    expect(india).toMatchObject({ code: 'IN', nameHi: 'भारत', hasChildren: true });
    const states = (await c.get(`/api/orgs?parentId=${india.id}`)).body.map((o: { code: string }) => o.code);
    expect(states).toEqual(expect.arrayContaining(['UP', 'CENTRE']));
    const up = await orgId(t.ctx, 'UP');
    const departments = (await c.get(`/api/orgs?parentId=${up}`)).body.map((o: { nameHi: string }) => o.nameHi);
    expect(departments).toEqual(expect.arrayContaining(['समाज कल्याण विभाग', 'राजस्व विभाग', 'गृह विभाग (पुलिस)']));
  });

  it('finds offices by Hindi, English and misspelt names', async () => {
    const c = t.client();
    const hindi = (await c.get(`/api/orgs/search?q=${encodeURIComponent('तहसील सदर')}`)).body;
    expect(hindi.map((o: { code: string }) => o.code)).toContain('UP-REV-LKO-SADAR');
    const misspelt = (await c.get('/api/orgs/search?q=Gorakpur')).body;
    expect(misspelt.map((o: { code: string }) => o.code)).toContain('UP-REV-GKP');
    expect((await c.get('/api/orgs/search?q=')).status).toBe(400);
  });

  it('gives an office the designations of its department and the state', async () => {
    const c = t.client();
    const list = (await c.get(`/api/orgs/${await orgId(t.ctx, 'UP-REV-LKO-SADAR')}/designations`)).body.map((d: { code: string }) => d.code);
    expect(list).toEqual(expect.arrayContaining(['TEHSILDAR', 'SDM', 'JR_ASSISTANT']));
    expect(list).not.toContain('ASHA');
    const detail = (await c.get(`/api/orgs/${await orgId(t.ctx, 'UP-REV-LKO')}`)).body;
    expect(detail.emailDomains).toContain('up.gov.in');
    expect(detail.ancestors.map((a: { code: string }) => a.code)).toEqual(['IN', 'UP', 'UP-REV']);
  });
});

describe('registration link', () => {
  it('activates a personal-address registration made through the org link at once', async () => {
    const admin = await makeUser(t.ctx, { org: 'UP-MH', roles: [{ role: 'mdo_admin', org: 'UP-MH' }] });
    const a = await t.client().signIn(admin.email, TEST_PASSWORD);
    const link = await a.get(`/api/admin/orgs/${await orgId(t.ctx, 'UP-MH')}/registration-link`);
    expect(link.status).toBe(200);
    expect(link.body.qrSvg).toContain('<svg');
    const token = new URL(link.body.url).searchParams.get('link') ?? '';
    const c = t.client('hi');
    expect((await c.get(`/api/orgs/registration-links/${token}`)).body.code).toBe('UP-MH');
    const email = `asha.${Date.now()}@gmail.com`;
    const mobile = uniqueMobile();
    const reg = await c.post('/api/registrations', {
      employeeId: `ASHA-${Date.now()}`,
      fullName: 'Kamla Devi',
      email,
      mobile,
      orgId: await orgId(t.ctx, 'UP-MH-BAH'),
      designationId: await designationId(t.ctx, 'ASHA'),
      employeeGroup: 'honorarium',
      password: 'Asha-2026-ok',
      language: 'hi',
      registrationLink: token,
    });
    expect(reg.status).toBe(201);
    await c.post(`/api/registrations/${reg.body.id}/verify`, { channel: 'email', code: await code(c, email) });
    const done = await c.post(`/api/registrations/${reg.body.id}/verify`, { channel: 'sms', code: await code(c, mobile) });
    expect(done.body.status).toBe('active');

    const rotated = await a.post(`/api/admin/orgs/${await orgId(t.ctx, 'UP-MH')}/registration-link/rotate`);
    expect(rotated.body.url).not.toBe(link.body.url);
    const stale = await c.post('/api/registrations', {
      employeeId: `ASHA-X${Date.now()}`,
      fullName: 'Late Comer',
      email: `late.${Date.now()}@gmail.com`,
      mobile: uniqueMobile(),
      orgId: await orgId(t.ctx, 'UP-MH-BAH'),
      designationId: await designationId(t.ctx, 'ASHA'),
      employeeGroup: 'honorarium',
      password: 'Asha-2026-ok',
      registrationLink: token,
    });
    expect(stale.body.error.code).toBe('REGISTRATION_LINK_INVALID');
  });

  it('is not given to learners or to admins of another department', async () => {
    const learner = await makeUser(t.ctx, { org: 'UP-MH-LKO' });
    const other = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] });
    const mh = await orgId(t.ctx, 'UP-MH');
    expect((await (await t.client().signIn(learner.email, TEST_PASSWORD)).get(`/api/admin/orgs/${mh}/registration-link`)).status).toBe(403);
    expect((await (await t.client().signIn(other.email, TEST_PASSWORD)).get(`/api/admin/orgs/${mh}/registration-link`)).status).toBe(403);
    expect((await t.client().get(`/api/admin/orgs/${mh}/registration-link`)).status).toBe(401);
  });
});
