import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD } from './factories';
import { templates } from '../src/modules/notifications/notifications.templates';

let t: TestApp;
let revAdmin: TestClient;
const DEVANAGARI = /[\u0900-\u097F]/;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  const admin = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] });
  revAdmin = await t.client().signIn(admin.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

interface Listed {
  id: string;
  subject: string;
  body: string | null;
  read: boolean;
}

/** The reader's in-app list, optionally with the web app's "language on screen" header. */
async function listed(client: TestClient, shown?: 'en' | 'hi'): Promise<Listed[]> {
  const res = await client.request('GET', '/api/me/notifications', undefined, shown ? { headers: { 'x-ui-language': shown } } : {});
  expect(res.status).toBe(200);
  return res.body as Listed[];
}

async function learner(language: 'en' | 'hi' = 'en') {
  const user = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO', language, name: 'Asha Verma' });
  return { user, client: await t.client(language).signIn(user.email, TEST_PASSWORD) };
}

describe('in-app notifications follow the reader’s language', () => {
  it('lists a notice queued in English in Hindi once the reader reads in Hindi, and in English again after', async () => {
    const { user, client } = await learner('en');
    const changed = await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-2026' });
    expect(changed.status).toBeLessThan(300);
    const stored = await t.ctx.db.selectFrom('messages').select(['language', 'subject']).where('user_id', '=', user.id).where('channel', '=', 'inapp').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ language: 'en', subject: templates.password_changed.subject.en });

    // The web app shows Hindi (its header), before the account's saved language has changed.
    const [hi] = await listed(client, 'hi');
    expect(hi?.subject).toBe(templates.password_changed.subject.hi);
    expect(hi?.body).toBe(templates.password_changed.body.hi.replace('{name}', 'Asha Verma'));

    // Without the header the saved language decides: English still; after saving Hindi, Hindi.
    expect((await listed(client))[0]?.subject).toBe(templates.password_changed.subject.en);
    expect((await client.patch('/api/me', { language: 'hi' })).status).toBe(200);
    expect((await listed(client))[0]?.subject).toMatch(DEVANAGARI);
    // And back to English on screen: the same notice in English, still one notice, still unread.
    const back = await listed(client, 'en');
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ subject: templates.password_changed.subject.en, read: false });
  });

  it('renders the words a service gave in both languages (a profile change decision and its date) in the reader’s language', async () => {
    const { user, client } = await learner('en');
    const asked = await client.post('/api/me/profile-change', { orgId: await orgId(t.ctx, 'UP-REV-LKO'), designationId: await designationId(t.ctx, 'TEHSILDAR'), effectiveDate: today });
    expect(asked.status).toBeLessThan(300);
    expect((await revAdmin.post(`/api/admin/profile-changes/${(asked.body as { id: string }).id}/approve`)).status).toBe(200);
    const ddmmyyyy = today.split('-').reverse().join('-');
    const en = (await listed(client, 'en')).find((n) => n.subject.includes('profile change'));
    expect(en?.subject).toBe('Kshamata: profile change approved');
    expect(en?.body).toContain(`from ${ddmmyyyy}`);
    const hi = (await listed(client, 'hi')).find((n) => n.subject.includes('प्रोफ़ाइल'));
    expect(hi?.subject).toBe('क्षमता: प्रोफ़ाइल बदलाव स्वीकृत हुआ');
    expect(hi?.body).toContain(`${ddmmyyyy} से लागू`);
    expect(hi?.body).not.toMatch(/approved|posting/);
    const stored = await t.ctx.db.selectFrom('messages').select('params').where('user_id', '=', user.id).where('template', '=', 'profile_change_decided').where('channel', '=', 'inapp').executeTakeFirstOrThrow();
    expect(stored.params).toMatchObject({ decision: { en: 'approved', hi: 'स्वीकृत हुआ' } });
  });

  it('keeps an older notice (written before parameters were kept) in the text it was written with', async () => {
    const { user, client } = await learner('en');
    await t.ctx.db
      .insertInto('messages')
      .values({ user_id: user.id, channel: 'inapp', recipient: user.id, template: 'password_changed', language: 'en', subject: 'Old English subject', body: 'Old English body', params: null })
      .execute();
    const [old] = await listed(client, 'hi');
    expect(old).toMatchObject({ subject: 'Old English subject', body: 'Old English body' });
  });

  it('keeps no parameters for e-mail or SMS, nor for a sensitive message (a one-time code stays in its text only)', async () => {
    const { user, client } = await learner('en');
    await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-2026' });
    const rows = await t.ctx.db.selectFrom('messages').select(['channel', 'params', 'sensitive']).where('user_id', '=', user.id).execute();
    expect(rows.some((r) => r.channel === 'inapp' && r.params !== null)).toBe(true);
    expect(rows.filter((r) => r.channel !== 'inapp').every((r) => r.params === null)).toBe(true);
    const codes = await t.ctx.db.selectFrom('messages').select('params').where('sensitive', '=', true).execute();
    expect(codes.every((r) => r.params === null)).toBe(true);
  });

  it('refuses an anonymous reader and another person’s notice; ignores an unknown language header', async () => {
    const anonymous = await t.client().get('/api/me/notifications');
    expect(anonymous.status).toBe(401);
    const a = await learner('en');
    await a.client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-2026' });
    const [mine] = await listed(a.client);
    const b = await learner('en');
    expect((await b.client.post(`/api/me/notifications/${mine?.id}/read`)).status).toBe(404);
    const odd = await a.client.request('GET', '/api/me/notifications', undefined, { headers: { 'x-ui-language': 'fr' } });
    expect((odd.body as Listed[])[0]?.subject).toBe(templates.password_changed.subject.en);
    expect((await a.client.post(`/api/me/notifications/${mine?.id}/read`)).status).toBe(204);
    expect((await listed(a.client, 'hi'))[0]?.read).toBe(true);
  });
});
