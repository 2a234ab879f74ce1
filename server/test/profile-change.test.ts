import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD } from './factories';

let t: TestApp;
let swAdmin: TestClient;
let revAdmin: TestClient;
let mhAdmin: TestClient;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  const [sw, rev, mh] = await Promise.all([
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] }),
    makeUser(t.ctx, { org: 'UP-MH', roles: [{ role: 'mdo_admin', org: 'UP-MH' }] }),
  ]);
  [swAdmin, revAdmin, mhAdmin] = await Promise.all([
    t.client().signIn(sw.email, TEST_PASSWORD),
    t.client().signIn(rev.email, TEST_PASSWORD),
    t.client().signIn(mh.email, TEST_PASSWORD),
  ]);
});
afterAll(async () => {
  await t?.close();
});

async function learner(language: 'en' | 'hi' = 'en') {
  const user = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO', language });
  return { user, client: await t.client(language).signIn(user.email, TEST_PASSWORD) };
}

async function toRevenue() {
  return { orgId: await orgId(t.ctx, 'UP-REV-LKO'), designationId: await designationId(t.ctx, 'TEHSILDAR'), effectiveDate: today };
}

describe('profile change requests', () => {
  it('lets a learner ask once at a time, only for a designation used in the org', async () => {
    const { client } = await learner();
    expect((await client.get('/api/me/profile-change')).body).toBeNull();
    const wrong = await client.post('/api/me/profile-change', { ...(await toRevenue()), designationId: await designationId(t.ctx, 'ASHA') });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'DESIGNATION_NOT_IN_ORG', fields: [{ field: 'designationId' }] });
    const same = await client.post('/api/me/profile-change', { orgId: await orgId(t.ctx, 'UP-SW-LKO'), designationId: await designationId(t.ctx, 'DSWO'), effectiveDate: today });
    expect(same.body.error.code).toBe('PROFILE_CHANGE_SAME');
    const created = await client.post('/api/me/profile-change', await toRevenue());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'pending', org: { nameEn: 'Collectorate, Lucknow' }, designation: { nameEn: 'Tehsildar' }, permissions: { cancel: true } });
    const again = await client.post('/api/me/profile-change', await toRevenue());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PROFILE_CHANGE_PENDING');
    expect((await client.get('/api/me/profile-change')).body.id).toBe(created.body.id);
  });

  it('shows the request to admins of the current and the requested org; only the requested side approves', async () => {
    const { user, client } = await learner('hi');
    const { body } = await client.post('/api/me/profile-change', await toRevenue());
    const find = async (admin: TestClient) => ((await admin.get('/api/admin/profile-changes')).body as { id: string; permissions: Record<string, boolean> }[]).find((r) => r.id === body.id);
    expect((await find(swAdmin))?.permissions).toMatchObject({ approve: false, reject: true });
    expect((await find(revAdmin))?.permissions).toMatchObject({ approve: true, reject: true });
    expect(await find(mhAdmin)).toBeUndefined();
    expect((await swAdmin.post(`/api/admin/profile-changes/${body.id}/approve`)).status).toBe(403);
    expect((await mhAdmin.post(`/api/admin/profile-changes/${body.id}/reject`, { reason: 'Not ours' })).status).toBe(403);

    const approved = await revAdmin.post(`/api/admin/profile-changes/${body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await revAdmin.post(`/api/admin/profile-changes/${body.id}/approve`)).body.error.code).toBe('PROFILE_CHANGE_NOT_PENDING');
    const me = await client.get('/api/me');
    expect(me.body.org.nameEn).toBe('Collectorate, Lucknow');
    expect(me.body.designation.nameEn).toBe('Tehsildar');
    const postings = (await client.get('/api/me/postings')).body as { reason: string; toDate: string | null }[];
    expect(postings.map((p) => p.reason)).toEqual(['profile_change', 'admin_create']);
    expect(postings[1]?.toDate).not.toBeNull();
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'user.posting_changed').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ userId: user.id, orgId: await orgId(t.ctx, 'UP-REV-LKO'), reason: 'profile_change' });
    const note = await t.ctx.db.selectFrom('messages').select(['subject', 'body']).where('user_id', '=', user.id).where('template', '=', 'profile_change_decided').executeTakeFirstOrThrow();
    expect(note.subject).toContain('स्वीकृत हुआ');
  });

  it('tells the learner why a request was rejected', async () => {
    const { user, client } = await learner();
    const { body } = await client.post('/api/me/profile-change', await toRevenue());
    const noReason = await revAdmin.post(`/api/admin/profile-changes/${body.id}/reject`, {});
    expect(noReason.status).toBe(400);
    const rejected = await swAdmin.post(`/api/admin/profile-changes/${body.id}/reject`, { reason: 'Posting order not yet issued' });
    expect(rejected.status).toBe(200);
    const mine = await client.get('/api/me/profile-change');
    expect(mine.body).toMatchObject({ status: 'rejected', reason: 'Posting order not yet issued' });
    const note = await t.ctx.db.selectFrom('messages').select('body').where('user_id', '=', user.id).where('template', '=', 'profile_change_decided').executeTakeFirstOrThrow();
    expect(note.body).toContain('Posting order not yet issued');
    expect((await client.get('/api/me')).body.org.nameEn).toContain('Social Welfare');
  });

  it('lets the learner cancel and ask again; anonymous callers are refused', async () => {
    const { client } = await learner();
    const first = await client.post('/api/me/profile-change', await toRevenue());
    const cancelled = await client.post('/api/me/profile-change/cancel');
    expect(cancelled.body).toMatchObject({ id: first.body.id, status: 'cancelled' });
    expect((await client.post('/api/me/profile-change/cancel')).body.error.code).toBe('PROFILE_CHANGE_NOT_PENDING');
    expect((await client.post('/api/me/profile-change', await toRevenue())).status).toBe(201);
    const anon = t.client();
    expect((await anon.get('/api/me/profile-change')).status).toBe(401);
    expect((await anon.post('/api/me/profile-change', await toRevenue())).status).toBe(401);
  });
});
