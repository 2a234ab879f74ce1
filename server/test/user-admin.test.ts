import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD, uniqueMobile, type MadeUser } from './factories';
import { DECISION_UNDO_WINDOW_MS, settleRegistrationDecision } from '../src/modules/user-admin/registration-decisions.jobs';

let t: TestApp;
let swAdmin: TestClient;
let revAdmin: TestClient;
let stateAdmin: TestClient;
let swAdminUser: MadeUser;

beforeAll(async () => {
  t = await startTestApp();
  swAdminUser = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] });
  const rev = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] });
  const state = await makeUser(t.ctx, { org: 'UP', roles: [{ role: 'state_admin', org: 'UP' }] });
  [swAdmin, revAdmin, stateAdmin] = await Promise.all([
    t.client().signIn(swAdminUser.email, TEST_PASSWORD),
    t.client().signIn(rev.email, TEST_PASSWORD),
    t.client().signIn(state.email, TEST_PASSWORD),
  ]);
});
afterAll(async () => {
  await t?.close();
});

/** The latest message body sent to an address, read from the dev outbox. */
async function latestMessage(client: TestClient, recipient: string): Promise<string> {
  const res = await client.get('/api/dev/outbox');
  const message = (res.body as { recipient: string; body: string }[]).find((m) => m.recipient === recipient);
  if (!message) throw new Error(`no message for ${recipient}`);
  return message.body;
}

/** Lets the undo window pass on the app's clock and runs the delayed job that settles the person's decision. */
async function settleAfterWindow(userId: string) {
  t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
  const d = await t.ctx.db.selectFrom('registration_decisions').select('id').where('user_id', '=', userId).where('undone_at', 'is', null).executeTakeFirstOrThrow();
  return settleRegistrationDecision(t.ctx, d.id);
}

async function latestCode(client: TestClient, recipient: string): Promise<string> {
  const code = (await latestMessage(client, recipient)).match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code for ${recipient}`);
  return code;
}

/** Registers through the API with a personal address, verifies both codes, and returns the person waiting for approval. */
async function pendingRegistration(language: 'en' | 'hi' = 'en') {
  const c = t.client(language);
  const tag = Math.random().toString(36).slice(2, 8);
  const input = {
    employeeId: `SW-${tag}`,
    fullName: 'Kamla Prasad',
    email: `kamla.${tag}@gmail.com`,
    mobile: uniqueMobile(),
    orgId: await orgId(t.ctx, 'UP-SW-LKO'),
    designationId: await designationId(t.ctx, 'DSWO'),
    employeeGroup: 'C',
    password: 'Learn-2026-ok',
    language,
  };
  const { body } = await c.post('/api/registrations', input);
  await c.post(`/api/registrations/${body.id}/verify`, { channel: 'email', code: await latestCode(c, input.email) });
  const done = await c.post(`/api/registrations/${body.id}/verify`, { channel: 'sms', code: await latestCode(c, input.mobile) });
  expect(done.body.status).toBe('pending_approval');
  return { id: body.id as string, input, client: c };
}

async function userInput(overrides: Record<string, unknown> = {}) {
  const tag = Math.random().toString(36).slice(2, 8);
  return {
    employeeId: `SW-A-${tag}`,
    fullName: 'Suresh Pal',
    email: `suresh.${tag}@up.gov.in`,
    mobile: uniqueMobile(),
    orgId: await orgId(t.ctx, 'UP-SW-LKO'),
    designationId: await designationId(t.ctx, 'DSWO'),
    employeeGroup: 'B',
    ...overrides,
  };
}

describe('approval queue', () => {
  it('lists a verified personal-address registration; approving lets the person sign in', async () => {
    const reg = await pendingRegistration();
    const queue = await swAdmin.get('/api/admin/registrations');
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((u: { id: string }) => u.id === reg.id);
    expect(item).toMatchObject({ employeeId: reg.input.employeeId, email: reg.input.email, emailVerified: true, mobileVerified: true, employeeGroup: 'C' });
    expect(item.org.nameEn).toContain('Lucknow');
    expect(item.designation.nameEn).toBe('District Social Welfare Officer');
    expect((await revAdmin.get('/api/admin/registrations')).body.items.some((u: { id: string }) => u.id === reg.id)).toBe(false);

    const approved = await swAdmin.post(`/api/admin/registrations/${reg.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('active');
    const again = await swAdmin.post(`/api/admin/registrations/${reg.id}/approve`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('REGISTRATION_NOT_PENDING');
    await reg.client.signIn(reg.input.email, reg.input.password);
    // The applicant is told once the undo window has passed.
    expect(await settleAfterWindow(reg.id)).toBe('settled');
    expect(await latestMessage(swAdmin, reg.input.email)).toContain('account is active');
  });

  it('rejects with a reason that the applicant sees at sign-in, in English and Hindi', async () => {
    const reg = await pendingRegistration();
    const noReason = await swAdmin.post(`/api/admin/registrations/${reg.id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].field).toBe('reason');
    const rejected = await swAdmin.post(`/api/admin/registrations/${reg.id}/reject`, { reason: 'Employee ID not on the department roll' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    const en = await t.client('en').post('/api/auth/login', { identifier: reg.input.email, password: reg.input.password });
    expect(en.status).toBe(403);
    expect(en.body.error.code).toBe('REGISTRATION_REJECTED');
    expect(en.body.error.message).toContain('Employee ID not on the department roll');
    const hi = await t.client('hi').post('/api/auth/login', { identifier: reg.input.email, password: reg.input.password });
    expect(hi.body.error.code).toBe('REGISTRATION_REJECTED');
    expect(hi.body.error.message).toMatch(/कारण: Employee ID not on the department roll/);
  });

  it('lets exactly one of two concurrent approvals win', async () => {
    const reg = await pendingRegistration();
    const other = await t.client().signIn(swAdminUser.email, TEST_PASSWORD);
    const results = await Promise.all([
      swAdmin.post(`/api/admin/registrations/${reg.id}/approve`),
      other.post(`/api/admin/registrations/${reg.id}/approve`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const audits = await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'registration.approved').where('target_id', '=', reg.id).execute();
    expect(audits).toHaveLength(1);
  });
});

describe('accounts', () => {
  it('creates an account whose set-password link from the outbox leads to a sign-in', async () => {
    const input = await userInput();
    const created = await swAdmin.post('/api/admin/users', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'active', employeeId: input.employeeId, email: input.email });
    const body = await latestMessage(swAdmin, input.email);
    const token = body.match(/set-password\?token=([\w-]+)/)?.[1];
    expect(token).toBeDefined();
    const person = t.client();
    expect((await person.post('/api/auth/set-password', { token, newPassword: 'Fresh-pass-2026' })).status).toBe(204);
    await person.signIn(input.employeeId, 'Fresh-pass-2026');
    const dup = await swAdmin.post('/api/admin/users', { ...(await userInput()), email: input.email, mobile: input.mobile });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'mobile']);
    const outside = await revAdmin.post('/api/admin/users', await userInput());
    expect(outside.status).toBe(403);
  });

  it('edits details; a duplicate e-mail is refused and a new designation opens a posting', async () => {
    const a = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const b = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const taken = await swAdmin.patch(`/api/admin/users/${a.id}`, { email: b.email });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('EMAIL_TAKEN');
    expect(taken.body.error.fields[0].field).toBe('email');
    const edited = await swAdmin.patch(`/api/admin/users/${a.id}`, { fullName: 'Asha Rani', designationId: await designationId(t.ctx, 'JR_ASSISTANT') });
    expect(edited.status).toBe(200);
    expect(edited.body.fullName).toBe('Asha Rani');
    expect(edited.body.designation.nameEn).toBe('Junior Assistant');
    const detail = await swAdmin.get(`/api/admin/users/${a.id}`);
    expect(detail.body.postings.map((p: { reason: string }) => p.reason)).toEqual(['admin_edit', 'admin_create']);
    expect(detail.body.postings[1].toDate).not.toBeNull();
    expect(detail.body.permissions).toMatchObject({ edit: true, deactivate: true });
  });

  it('deactivation ends the running session and sign-in names it; reactivation restores it', async () => {
    const u = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const session = await t.client().signIn(u.email, TEST_PASSWORD);
    expect((await session.get('/api/me')).status).toBe(200);
    const res = await swAdmin.post(`/api/admin/users/${u.id}/deactivate`, { reason: 'Retired on superannuation' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('deactivated');
    expect((await session.get('/api/me')).status).toBe(401);
    const signIn = await t.client().post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
    expect(signIn.body.error.code).toBe('ACCOUNT_DEACTIVATED');
    expect((await swAdmin.post(`/api/admin/users/${u.id}/deactivate`, { reason: 'again' })).body.error.code).toBe('USER_NOT_ACTIVE');
    expect((await swAdmin.post(`/api/admin/users/${u.id}/reactivate`)).status).toBe(200);
    await t.client().signIn(u.email, TEST_PASSWORD);
  });

  it('searches by name, employee ID, e-mail and mobile within the admin’s subtree, with a total', async () => {
    const u = await makeUser(t.ctx, { org: 'UP-SW-VNS', name: 'Girish Chandra Tewari' });
    for (const q of ['Girish Chandra', u.employeeId.toLowerCase(), u.email, u.mobile.slice(-6)]) {
      const res = await swAdmin.get(`/api/admin/users?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain(u.id);
    }
    expect((await revAdmin.get(`/api/admin/users?q=${u.employeeId}`)).body.total).toBe(0);
    const page = await swAdmin.get('/api/admin/users?pageSize=2&page=1');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    expect((await revAdmin.get(`/api/admin/users?orgId=${await orgId(t.ctx, 'UP-SW')}`)).status).toBe(403);
  });
});

describe('roles', () => {
  it('grants within the subtree, one leader per org, and only higher admins grant admin roles', async () => {
    const [a, b] = await Promise.all([makeUser(t.ctx, { org: 'UP-SW-VNS' }), makeUser(t.ctx, { org: 'UP-SW-VNS' })]);
    const vns = await orgId(t.ctx, 'UP-SW-VNS');
    const granted = await swAdmin.post(`/api/admin/users/${a.id}/roles`, { role: 'mdo_leader', orgId: vns });
    expect(granted.status).toBe(200);
    expect(granted.body.map((r: { role: string }) => r.role)).toEqual(['mdo_leader']);
    const second = await swAdmin.post(`/api/admin/users/${b.id}/roles`, { role: 'mdo_leader', orgId: vns });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('LEADER_EXISTS');
    const admin = await swAdmin.post(`/api/admin/users/${b.id}/roles`, { role: 'mdo_admin', orgId: vns });
    expect(admin.status).toBe(403);
    expect(admin.body.error.code).toBe('ROLE_NOT_GRANTABLE');
    expect((await stateAdmin.post(`/api/admin/users/${b.id}/roles`, { role: 'mdo_admin', orgId: vns })).status).toBe(200);
    expect((await stateAdmin.post(`/api/admin/users/${b.id}/roles`, { role: 'state_admin', orgId: await orgId(t.ctx, 'UP') })).status).toBe(403);
    const outside = await swAdmin.post(`/api/admin/users/${a.id}/roles`, { role: 'content_creator', orgId: await orgId(t.ctx, 'UP-REV') });
    expect(outside.status).toBe(403);
    const removed = await swAdmin.delete(`/api/admin/users/${a.id}/roles?role=mdo_leader&orgId=${vns}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual([]);
    const viaBody = await stateAdmin.request('DELETE', `/api/admin/users/${b.id}/roles`, { role: 'mdo_admin', orgId: vns });
    expect(viaBody.status).toBe(200);
    expect((await swAdmin.delete(`/api/admin/users/${a.id}/roles?role=mdo_leader&orgId=${vns}`)).body.error.code).toBe('ROLE_NOT_HELD');
  });
});

describe('transfers', () => {
  it('moves a person from Social Welfare to Revenue when the Revenue admin accepts; history shows both postings', async () => {
    const u = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const revLko = await orgId(t.ctx, 'UP-REV-LKO');
    const started = await swAdmin.post(`/api/admin/users/${u.id}/transfer`, {
      toOrgId: revLko,
      toDesignationId: await designationId(t.ctx, 'TEHSILDAR'),
      effectiveDate: new Date().toISOString().slice(0, 10),
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'pending', permissions: { accept: false, cancel: true } });
    const twice = await swAdmin.post(`/api/admin/users/${u.id}/transfer`, { toOrgId: revLko, effectiveDate: new Date().toISOString().slice(0, 10) });
    expect(twice.body.error.code).toBe('TRANSFER_PENDING');
    const incoming = await revAdmin.get('/api/admin/transfers?direction=incoming');
    const item = incoming.body.find((x: { id: string }) => x.id === started.body.id);
    expect(item.permissions.accept).toBe(true);
    expect(item.user).not.toHaveProperty('email');
    expect((await swAdmin.post(`/api/admin/transfers/${started.body.id}/accept`)).status).toBe(403);

    const accepted = await revAdmin.post(`/api/admin/transfers/${started.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const detail = await revAdmin.get(`/api/admin/users/${u.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.org.id).toBe(revLko);
    expect(detail.body.designation.nameEn).toBe('Tehsildar');
    expect(detail.body.postings.map((p: { reason: string; toDate: string | null }) => [p.reason, p.toDate === null])).toEqual([
      ['transfer', true],
      ['admin_create', false],
    ]);
    expect((await swAdmin.get(`/api/admin/users/${u.id}`)).status).toBe(403);
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'user.transferred').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ userId: u.id, fromOrgId: u.orgId, toOrgId: revLko });
    expect(await latestMessage(swAdmin, u.email)).toContain('Collectorate, Lucknow');
  });

  it('rejects with a reason and lets the sender cancel; neither moves the person', async () => {
    const u = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const body = { toOrgId: await orgId(t.ctx, 'UP-REV-LKO'), effectiveDate: new Date().toISOString().slice(0, 10) };
    const first = await swAdmin.post(`/api/admin/users/${u.id}/transfer`, body);
    const rejected = await revAdmin.post(`/api/admin/transfers/${first.body.id}/reject`, { reason: 'No sanctioned post' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'No sanctioned post' });
    expect((await swAdmin.post(`/api/admin/transfers/${first.body.id}/cancel`)).body.error.code).toBe('TRANSFER_NOT_PENDING');
    const second = await swAdmin.post(`/api/admin/users/${u.id}/transfer`, body);
    expect(second.status).toBe(201);
    expect((await revAdmin.post(`/api/admin/transfers/${second.body.id}/cancel`)).status).toBe(403);
    expect((await swAdmin.post(`/api/admin/transfers/${second.body.id}/cancel`)).body.status).toBe('cancelled');
    expect((await swAdmin.get(`/api/admin/users/${u.id}`)).body.org.id).toBe(u.orgId);
  });

  it('checks the employee ID is free in the destination tenant for a move to the Centre', async () => {
    const platform = await makeUser(t.ctx, { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }] });
    const admin = await t.client().signIn(platform.email, TEST_PASSWORD);
    const u = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const centre = await makeUser(t.ctx, { org: 'DOPT' });
    await t.ctx.db.updateTable('users').set({ employee_id: u.employeeId }).where('id', '=', centre.id).execute();
    const res = await admin.post(`/api/admin/users/${u.id}/transfer`, { toOrgId: await orgId(t.ctx, 'DOPT'), effectiveDate: new Date().toISOString().slice(0, 10) });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('EMPLOYEE_ID_TAKEN');
  });
});

describe('merge', () => {
  it('moves postings and roles to the kept account and frees the duplicate’s e-mail', async () => {
    const keep = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const dup = await makeUser(t.ctx, { org: 'UP-SW-VNS', email: `dup.${Date.now()}@gmail.com`, roles: [{ role: 'content_creator', org: 'UP-SW' }] });
    const dupSession = await t.client().signIn(dup.email, TEST_PASSWORD);
    expect((await swAdmin.post(`/api/admin/users/${dup.id}/merge`, { intoUserId: dup.id })).body.error.code).toBe('MERGE_INTO_SELF');
    const merged = await swAdmin.post(`/api/admin/users/${dup.id}/merge`, { intoUserId: keep.id });
    expect(merged.status).toBe(200);
    expect(merged.body.moved).toMatchObject({ postings: 1, roles: 1, sessionsEnded: 1 });
    expect((await dupSession.get('/api/me')).status).toBe(401);
    const detail = await swAdmin.get(`/api/admin/users/${keep.id}`);
    expect(detail.body.postings).toHaveLength(2);
    expect(detail.body.postings.filter((p: { toDate: string | null }) => p.toDate === null)).toHaveLength(1);
    expect(detail.body.roles.map((r: { role: string }) => r.role)).toEqual(['content_creator']);
    const closed = await swAdmin.get(`/api/admin/users/${dup.id}`);
    expect(closed.body).toMatchObject({ status: 'merged', mergedInto: keep.id });
    expect((await swAdmin.post(`/api/admin/users/${dup.id}/merge`, { intoUserId: keep.id })).body.error.code).toBe('ALREADY_MERGED');
    const reuse = await swAdmin.post('/api/admin/users', await userInput({ email: dup.email, mobile: dup.mobile }));
    expect(reuse.status).toBe(201);
    const row = await t.ctx.db.selectFrom('merges').select('moved').where('duplicate_user_id', '=', dup.id).executeTakeFirstOrThrow();
    expect(row.moved).toMatchObject({ postings: 1, roles: 1 });
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'user.merged').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ duplicateUserId: dup.id, targetUserId: keep.id });
  });

  it('refuses to merge into a deactivated account or across departments it does not administer', async () => {
    const keep = await makeUser(t.ctx, { org: 'UP-SW-LKO', status: 'deactivated' });
    const dup = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    expect((await swAdmin.post(`/api/admin/users/${dup.id}/merge`, { intoUserId: keep.id })).body.error.code).toBe('MERGE_TARGET_CLOSED');
    const rev = await makeUser(t.ctx, { org: 'UP-REV-LKO' });
    expect((await swAdmin.post(`/api/admin/users/${dup.id}/merge`, { intoUserId: rev.id })).status).toBe(403);
  });
});

describe('audit log', () => {
  it('shows platform admins every entry with the actor’s name, state admins their state, and nobody else', async () => {
    const platform = await makeUser(t.ctx, { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }], name: 'Audit Reader' });
    const admin = await t.client().signIn(platform.email, TEST_PASSWORD);
    const u = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    await swAdmin.patch(`/api/admin/users/${u.id}`, { cadre: 'PCS' });
    const res = await admin.get(`/api/admin/audit?targetId=${u.id}&action=user.updated`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({ action: 'user.updated', actor: { id: swAdminUser.id }, details: { fields: ['cadre'] } });
    expect(JSON.stringify(res.body.items[0].details)).not.toContain('PCS');
    const state = await stateAdmin.get(`/api/admin/audit?targetId=${u.id}`);
    expect(state.body.total).toBe(1);
    expect((await swAdmin.get('/api/admin/audit')).status).toBe(403);
  });
});
