import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, TEST_PASSWORD, type MadeUser } from './factories';
import { DECISION_UNDO_WINDOW_MS, SETTLE_DECISION_JOB, settleRegistrationDecision } from '../src/modules/user-admin/registration-decisions.jobs';

// Approving or rejecting a registration can be undone for a few seconds; the applicant hears of it only after that.
let t: TestApp;
let swAdmin: TestClient;
let swAdmin2: TestClient;
let stateAdmin: TestClient;
let revAdmin: TestClient;
let swAdminUser: MadeUser;

beforeAll(async () => {
  t = await startTestApp();
  swAdminUser = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] });
  const rev = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] });
  const state = await makeUser(t.ctx, { org: 'UP', roles: [{ role: 'state_admin', org: 'UP' }], language: 'hi' });
  [swAdmin, swAdmin2, revAdmin, stateAdmin] = await Promise.all([
    t.client().signIn(swAdminUser.email, TEST_PASSWORD),
    t.client().signIn(swAdminUser.email, TEST_PASSWORD),
    t.client().signIn(rev.email, TEST_PASSWORD),
    t.client('hi').signIn(state.email, TEST_PASSWORD),
  ]);
});
afterAll(async () => {
  await t?.close();
});

const pending = () => makeUser(t.ctx, { org: 'UP-SW-LKO', status: 'pending_approval', name: 'Vijay Gupta' });

async function status(userId: string): Promise<string> {
  return (await t.ctx.db.selectFrom('users').select('status').where('id', '=', userId).executeTakeFirstOrThrow()).status;
}

/** Messages to the applicant (any channel) and status events about them: what must wait for the window. */
async function consequences(userId: string) {
  const messages = await t.ctx.db.selectFrom('messages').select(['template', 'channel']).where('user_id', '=', userId).execute();
  const { rows } = await sql<{ topic: string }>`SELECT topic FROM outbox WHERE payload->>'userId' = ${userId} AND topic IN ('user.activated', 'user.rejected')`.execute(t.ctx.db);
  return { templates: messages.map((m) => m.template), events: rows.map((r) => r.topic) };
}

async function decisionId(userId: string): Promise<string> {
  return (await t.ctx.db.selectFrom('registration_decisions').select('id').where('user_id', '=', userId).where('undone_at', 'is', null).executeTakeFirstOrThrow()).id;
}

async function inQueue(c: TestClient, userId: string): Promise<boolean> {
  const res = await c.get('/api/admin/registrations?pageSize=100');
  return (res.body.items as { id: string }[]).some((u) => u.id === userId);
}

describe('undoing an approval', () => {
  it('says how long the decision can be undone, sends nothing yet, and undo puts the person back in the queue', async () => {
    const u = await pending();
    const approved = await swAdmin.post(`/api/admin/registrations/${u.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id: u.id, fullName: 'Vijay Gupta', status: 'active', undoSeconds: DECISION_UNDO_WINDOW_MS / 1000 });
    expect(Date.parse(approved.body.undoUntil) - t.clock.now().getTime()).toBeGreaterThan(DECISION_UNDO_WINDOW_MS - 2000);
    expect(await consequences(u.id)).toEqual({ templates: [], events: [] });
    // The settling job waits in the queue for the end of the window.
    const { rows } = await sql<{ start_after: Date }>`SELECT start_after FROM pgboss.job WHERE name = ${SETTLE_DECISION_JOB} AND data->>'decisionId' = ${await decisionId(u.id)}`.execute(t.ctx.db);
    expect(rows).toHaveLength(1);
    expect(Math.abs(new Date(rows[0]?.start_after ?? 0).getTime() - Date.parse(approved.body.undoUntil))).toBeLessThan(1000);

    const id = await decisionId(u.id);
    const undone = await swAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ id: u.id, status: 'pending_approval' });
    expect(await inQueue(swAdmin, u.id)).toBe(true);
    const login = await t.client().post('/api/auth/login', { identifier: u.email, password: TEST_PASSWORD });
    expect(login.body.error.code).toBe('AWAITING_APPROVAL');
    const audits = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('target_id', '=', u.id).orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['registration.approved', 'registration.approval_undone']);
    expect(audits[1]?.actor_id).toBe(swAdminUser.id);

    // When the window has passed the job finds the decision undone and sends nothing.
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    expect(await settleRegistrationDecision(t.ctx, id)).toBe('skipped');
    expect(await consequences(u.id)).toEqual({ templates: [], events: [] });

    const again = await swAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NOTHING_TO_UNDO');
    // Decided afresh, it settles and the person is told exactly once.
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/approve`)).status).toBe(200);
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    const fresh = await decisionId(u.id);
    expect(await settleRegistrationDecision(t.ctx, fresh)).toBe('settled');
    expect(await settleRegistrationDecision(t.ctx, fresh)).toBe('skipped');
    const after = await consequences(u.id);
    expect(after.events).toEqual(['user.activated']);
    expect(after.templates.sort()).toEqual(['registration_approved', 'registration_approved', 'registration_approved']);
  });

  it('answers 409 UNDO_WINDOW_PASSED once the window has passed, and the decision stands', async () => {
    const u = await pending();
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/approve`)).status).toBe(200);
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    const late = await swAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('UNDO_WINDOW_PASSED');
    expect(await status(u.id)).toBe('active');
    expect(await settleRegistrationDecision(t.ctx, await decisionId(u.id))).toBe('settled');
    const afterSettle = await stateAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(afterSettle.body.error).toMatchObject({ code: 'UNDO_WINDOW_PASSED', message: expect.stringContaining('वापस') });
  });

  it('a job that runs before the window has passed schedules itself again instead of sending', async () => {
    const u = await pending();
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/approve`)).status).toBe(200);
    expect(await settleRegistrationDecision(t.ctx, await decisionId(u.id))).toBe('rescheduled');
    expect(await consequences(u.id)).toEqual({ templates: [], events: [] });
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/undo`)).status).toBe(200);
  });

  it('ends a session the person opened within the window', async () => {
    const u = await pending();
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/approve`)).status).toBe(200);
    const person = await t.client().signIn(u.email, TEST_PASSWORD);
    expect((await person.get('/api/me')).status).toBe(200);
    expect((await swAdmin.post(`/api/admin/registrations/${u.id}/undo`)).status).toBe(200);
    expect((await person.get('/api/me')).status).toBe(401);
  });
});

describe('undoing a rejection', () => {
  it('another admin of the org may undo it; an admin of another org may not; the applicant is never told', async () => {
    const u = await pending();
    const rejected = await swAdmin.post(`/api/admin/registrations/${u.id}/reject`, { reason: 'Not on the department roll' });
    expect(rejected.body).toMatchObject({ status: 'rejected', undoSeconds: DECISION_UNDO_WINDOW_MS / 1000 });
    const id = await decisionId(u.id);
    const other = await revAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(other.status).toBe(403);
    const anonymous = await t.client().post(`/api/admin/registrations/${u.id}/undo`);
    expect(anonymous.status).toBe(401);
    const undone = await stateAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.status).toBe('pending_approval');
    const row = await t.ctx.db.selectFrom('users').select(['rejection_reason', 'decided_by']).where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ rejection_reason: null, decided_by: null });
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    expect(await settleRegistrationDecision(t.ctx, id)).toBe('skipped');
    expect(await consequences(u.id)).toEqual({ templates: [], events: [] });
  });

  it('a settled rejection tells the applicant with the reason and records user.rejected', async () => {
    const u = await pending();
    await swAdmin.post(`/api/admin/registrations/${u.id}/reject`, { reason: 'Not on the department roll' });
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    expect(await settleRegistrationDecision(t.ctx, await decisionId(u.id))).toBe('settled');
    const body = (await t.ctx.db.selectFrom('messages').select('body').where('user_id', '=', u.id).where('channel', '=', 'email').executeTakeFirstOrThrow()).body;
    expect(body).toContain('Not on the department roll');
    expect((await consequences(u.id)).events).toEqual(['user.rejected']);
  });
});

describe('deciding twice', () => {
  it('of many concurrent approvals and rejections of one person exactly one is done; the rest get 409', async () => {
    const u = await pending();
    const results = await Promise.all([
      swAdmin.post(`/api/admin/registrations/${u.id}/approve`),
      swAdmin2.post(`/api/admin/registrations/${u.id}/approve`),
      swAdmin.post(`/api/admin/registrations/${u.id}/approve`),
      stateAdmin.post(`/api/admin/registrations/${u.id}/reject`, { reason: 'Not on the roll' }),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 200);
    expect(refused.map((r) => [r.status, r.body.error.code])).toEqual(Array(3).fill([409, 'REGISTRATION_NOT_PENDING']));
    const decisions = await t.ctx.db.selectFrom('registration_decisions').select('id').where('user_id', '=', u.id).execute();
    expect(decisions).toHaveLength(1);
    const audits = await t.ctx.db.selectFrom('audit_log').select('id').where('target_id', '=', u.id).where('action', 'like', 'registration.%').execute();
    expect(audits).toHaveLength(1);
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    await settleRegistrationDecision(t.ctx, await decisionId(u.id));
    expect((await consequences(u.id)).events).toHaveLength(1);
  });

  it('of two concurrent undos one wins, the other gets 409', async () => {
    const u = await pending();
    await swAdmin.post(`/api/admin/registrations/${u.id}/approve`);
    const results = await Promise.all([swAdmin.post(`/api/admin/registrations/${u.id}/undo`), swAdmin2.post(`/api/admin/registrations/${u.id}/undo`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('NOTHING_TO_UNDO');
    expect(await status(u.id)).toBe('pending_approval');
  });

  it('undo of a registration nobody decided is 409 NOTHING_TO_UNDO; an unknown one 404', async () => {
    const u = await pending();
    const res = await swAdmin.post(`/api/admin/registrations/${u.id}/undo`);
    expect([res.status, res.body.error.code]).toEqual([409, 'NOTHING_TO_UNDO']);
    const unknown = await swAdmin.post('/api/admin/registrations/00000000-0000-4000-8000-000000000000/undo');
    expect(unknown.status).toBe(404);
    const bad = await swAdmin.post('/api/admin/registrations/not-a-uuid/undo');
    expect(bad.status).toBe(400);
  });
});
