import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, orgId, uniqueMobile } from './factories';
import { makePublishedCourse } from './course-factories';
import { admin, drain, planInput, recordsOf, setClock } from './plan-helpers';
import { DECISION_UNDO_WINDOW_MS, settleRegistrationDecision } from '../src/modules/user-admin/registration-decisions.jobs';

/* `user.activated` / `user.deactivated` on every path that changes whether someone is active, and what plans do with them. */

let t: TestApp;
let planId: string;
let swAdmin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  setClock(t, '2026-03-01T06:00:00Z');
  const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
  const a = await admin(t, 'UP-SW');
  swAdmin = a.c;
  const created = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-SW'), [{ kind: 'courses', courseIds: [course.courseId] }]));
  planId = created.body.id;
  await a.c.post(`/api/admin/plans/${planId}/publish`);
  await drain(t);
});
afterAll(async () => {
  await t?.close();
});

async function activatedEvents(userId: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'user.activated' AND payload->>'userId' = ${userId}`.execute(t.ctx.db);
  return rows[0]?.n ?? 0;
}

async function latestCode(c: TestClient, recipient: string): Promise<string> {
  const res = await c.get('/api/dev/outbox');
  const code = (res.body as { recipient: string; body: string }[]).find((m) => m.recipient === recipient)?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code for ${recipient}`);
  return code;
}

async function register(emailDomain: string) {
  const tag = crypto.randomBytes(4).toString('hex');
  const c = t.client();
  const input = {
    employeeId: `SW-EV-${tag}`,
    fullName: 'Event Person',
    email: `ev.${tag}@${emailDomain}`,
    mobile: uniqueMobile(),
    orgId: await orgId(t.ctx, 'UP-SW-LKO'),
    designationId: await designationId(t.ctx, 'DSWO'),
    employeeGroup: 'B',
    password: 'Learn-2026-ok',
    language: 'en',
  };
  const created = await c.post('/api/registrations', input);
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  await c.post(`/api/registrations/${id}/verify`, { channel: 'email', code: await latestCode(c, input.email) });
  const done = await c.post(`/api/registrations/${id}/verify`, { channel: 'sms', code: await latestCode(c, input.mobile) });
  return { id, status: done.body.status as string };
}

describe('user.activated', () => {
  it('self-registration with an official address activates at once and is assigned', async () => {
    const { id, status } = await register('up.gov.in');
    expect(status).toBe('active');
    expect(await activatedEvents(id)).toBe(1);
    await drain(t);
    expect((await recordsOf(t, id, planId)).assignment).toMatchObject({ status: 'active', cause: 'activation' });
  });

  it('a registration waiting for approval is not assigned until an admin approves it', async () => {
    const { id, status } = await register('gmail.com');
    expect(status).toBe('pending_approval');
    expect(await activatedEvents(id)).toBe(0);
    expect((await swAdmin.post(`/api/admin/registrations/${id}/approve`)).status).toBe(200);
    // The approval can be undone for a few seconds; the event follows when that window has passed.
    expect(await activatedEvents(id)).toBe(0);
    t.clock.advance(DECISION_UNDO_WINDOW_MS + 1);
    const decision = await t.ctx.db.selectFrom('registration_decisions').select('id').where('user_id', '=', id).executeTakeFirstOrThrow();
    expect(await settleRegistrationDecision(t.ctx, decision.id)).toBe('settled');
    expect(await activatedEvents(id)).toBe(1);
    await drain(t);
    expect((await recordsOf(t, id, planId)).assignment?.status).toBe('active');
  });

  it('an account created by an admin is assigned', async () => {
    const tag = crypto.randomBytes(4).toString('hex');
    const created = await swAdmin.post('/api/admin/users', {
      orgId: await orgId(t.ctx, 'UP-SW-VNS'),
      employeeId: `SW-AC-${tag}`,
      fullName: 'Admin Created',
      email: `ac.${tag}@up.gov.in`,
      mobile: uniqueMobile(),
      designationId: await designationId(t.ctx, 'DSWO'),
      employeeGroup: 'B',
    });
    expect(created.status).toBe(201);
    expect(await activatedEvents(created.body.id)).toBe(1);
    await drain(t);
    expect((await recordsOf(t, created.body.id, planId)).assignment?.status).toBe('active');
  });

  it('a bulk import writes one event per person with one statement per chunk, and everyone is assigned', async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const rows = Array.from({ length: 5 }, (_, i) => `IMP-${tag}-${i},Imported ${i},,imp${i}.${tag}@gmail.com,${uniqueMobile()},UP-SW-VNS,JR_ASSISTANT,C,,`);
    const csv = ['employee_id,full_name,full_name_hi,email,mobile,org_code,designation_code,employee_group,cadre,service', ...rows].join('\r\n');
    const boundary = `----ksh${crypto.randomBytes(8).toString('hex')}`;
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="orgId"\r\n\r\n${await orgId(t.ctx, 'UP-SW')}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="staff.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
    );
    const up = await swAdmin.request('POST', '/api/admin/imports', undefined, { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(up.status).toBe(202);
    await eventually(async () => ((await swAdmin.get(`/api/admin/imports/${up.body.id}`)).body.status === 'completed' ? true : null), 20_000);
    const users = await t.ctx.db.selectFrom('users').select('id').where('employee_id', 'like', `IMP-${tag}-%`).execute();
    expect(users).toHaveLength(5);
    for (const u of users) expect(await activatedEvents(u.id)).toBe(1);
    const { rows: ids } = await sql<{ n: number }>`SELECT count(DISTINCT id)::int AS n FROM outbox WHERE topic = 'user.activated' AND payload->>'userId' = ANY(${users.map((u) => u.id)}::text[])`.execute(t.ctx.db);
    expect(ids[0]?.n).toBe(5);
    await drain(t);
    for (const u of users) expect((await recordsOf(t, u.id, planId)).assignment?.status).toBe('active');
  });

  it('deactivation leaves the audience with the record kept; reactivation assigns again', async () => {
    const tag = crypto.randomBytes(4).toString('hex');
    const created = await swAdmin.post('/api/admin/users', {
      orgId: await orgId(t.ctx, 'UP-SW-LKO'),
      employeeId: `SW-DE-${tag}`,
      fullName: 'On And Off',
      email: `de.${tag}@up.gov.in`,
      mobile: uniqueMobile(),
      designationId: await designationId(t.ctx, 'DSWO'),
      employeeGroup: 'C',
    });
    const id = created.body.id as string;
    await drain(t);
    expect((await swAdmin.post(`/api/admin/users/${id}/deactivate`, { reason: 'Suspended' })).status).toBe(200);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'user.deactivated' AND payload->>'userId' = ${id}`.execute(t.ctx.db);
    expect(rows[0]?.n).toBe(1);
    await drain(t);
    const off = await recordsOf(t, id, planId);
    expect(off.assignment).toMatchObject({ status: 'left_audience', left_reason: 'deactivation' });
    expect(off.cycles[0]).toMatchObject({ closed_reason: 'left_audience' });
    expect((await swAdmin.post(`/api/admin/users/${id}/reactivate`)).status).toBe(200);
    expect(await activatedEvents(id)).toBe(2);
    await drain(t);
    const on = await recordsOf(t, id, planId);
    expect(on.assignment).toMatchObject({ status: 'active', left_at: null });
    expect(on.cycles.map((c) => [c.cycle_no, c.kind, c.closed_reason])).toEqual([
      [1, 'initial', 'left_audience'],
      [2, 'reassigned', null],
    ]);
  });
});
