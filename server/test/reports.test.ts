import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { completeCourse, dashboardWhen, expectReconciled, refreshSubtree } from './report-helpers';
import { DEMO_PASSWORD } from '../src/demo';
import { drainAll, ingestJob } from '../src/modules/reports/rollup.jobs';

let t: TestApp;
let mhAdmin: TestClient;
let stateAdmin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  mhAdmin = await t.client().signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
  stateAdmin = await t.client().signIn('state.admin@up.gov.in', DEMO_PASSWORD);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function learner(org: string) {
  const u = await makeUser(t.ctx, { org, name: 'Kamla Devi Prasad' });
  return { ...u, c: await t.client().signIn(u.email, TEST_PASSWORD) };
}

const oneLesson = () => makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }], durationMinutes: 45 });

describe('live rollups', () => {
  it('an enrolment and a completion reach the dashboards of the org and all its ancestors through the outbox', async () => {
    await refreshSubtree(t.ctx, 'UP');
    const [bah, mh, up] = await Promise.all([orgId(t.ctx, 'UP-MH-BAH'), orgId(t.ctx, 'UP-MH'), orgId(t.ctx, 'UP')]);
    const before = await Promise.all([bah, mh, up].map(async (id) => (await mhAdmin.get(`/api/reports/orgs/${id}/dashboard`)).body));
    expect((await mhAdmin.get(`/api/reports/orgs/${up}/dashboard`)).status).toBe(403);
    const upBefore = (await stateAdmin.get(`/api/reports/orgs/${up}/dashboard`)).body;

    const l = await learner('UP-MH-BAH');
    const course = await oneLesson();
    await completeCourse(l.c, course);
    expect((await l.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(200);
    const events = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'course.enrolled' AND payload->>'userId' = ${l.id}`.execute(t.ctx.db);
    expect(events.rows[0]?.n).toBe(1);

    for (const [i, id] of [bah, mh].entries()) {
      const after = await dashboardWhen(mhAdmin, id, (b) => b.activity.completions === before[i].activity.completions + 1);
      expect(after.people.registered).toBe(before[i].people.registered + 1);
      expect(after.people.completedOne).toBe(before[i].people.completedOne + 1);
      expect(after.activity.enrolments).toBe(before[i].activity.enrolments + 1);
      expect(after.activity.learningMinutes).toBe(before[i].activity.learningMinutes + 45);
    }
    const upAfter = await dashboardWhen(stateAdmin, up, (b) => b.activity.completions === upBefore.activity.completions + 1);
    expect(upAfter.people.none).toBe(upBefore.people.none);
    const mhRow = upAfter.children.find((c: { org: { id: string } }) => c.org.id === mh);
    expect(mhRow.completions).toBeGreaterThanOrEqual(1);
    expect(upAfter.topCourses.byCompletions.some((c: { courseId: string }) => c.courseId === course.courseId)).toBe(true);
    await expectReconciled(t.ctx, 'UP-MH');
    await expectReconciled(t.ctx, 'UP');
  }, 90_000);

  it('replaying an event, or the same batch twice, does not double-count', async () => {
    const l = await learner('UP-MH-LKO');
    const course = await oneLesson();
    await completeCourse(l.c, course);
    const lko = await orgId(t.ctx, 'UP-MH-LKO');
    const settled = await dashboardWhen(mhAdmin, lko, (b) => b.freshness.pendingPeople === 0 && b.people.completedOne >= 1);
    const event = await t.ctx.db.selectFrom('outbox').select(['id', 'payload']).where('topic', '=', 'course.completed').where(sql<boolean>`payload->>'userId' = ${l.id}`).executeTakeFirstOrThrow();
    // The same event again through the outbox, and the same batch handled twice by the job.
    await t.ctx.db.insertInto('outbox').values({ topic: 'course.completed', payload: JSON.stringify(event.payload) }).execute();
    const payload = { ...event.payload, outboxId: event.id };
    await ingestJob.handleBatch?.([payload, payload], t.ctx);
    await ingestJob.handleBatch?.([payload], t.ctx);
    await drainAll(t.ctx);
    const replayed = await dashboardWhen(mhAdmin, lko, (b) => b.freshness.pendingPeople === 0);
    expect(replayed.activity.completions).toBe(settled.activity.completions);
    expect(replayed.people).toEqual(settled.people);
    await expectReconciled(t.ctx, 'UP-MH-LKO');
  }, 90_000);

  it('a transfer moves the person with their history from one subtree to another; the common ancestor does not change', async () => {
    const l = await learner('UP-MH-LKO');
    for (const course of [await oneLesson(), await oneLesson(), await oneLesson()]) await completeCourse(l.c, course);
    const [mhLko, prLko, up] = await Promise.all([orgId(t.ctx, 'UP-MH-LKO'), orgId(t.ctx, 'UP-PR-LKO'), orgId(t.ctx, 'UP')]);
    await refreshSubtree(t.ctx, 'UP');
    const read = async (id: string) => (await stateAdmin.get(`/api/reports/orgs/${id}/dashboard`)).body;
    const [from0, to0, up0] = [await read(mhLko), await read(prLko), await read(up)];

    const prAdmin = await makeUser(t.ctx, { org: 'UP-PR', roles: [{ role: 'mdo_admin', org: 'UP-PR' }] });
    const pr = await t.client().signIn(prAdmin.email, TEST_PASSWORD);
    const started = await mhAdmin.post(`/api/admin/users/${l.id}/transfer`, {
      toOrgId: prLko,
      effectiveDate: new Date().toISOString().slice(0, 10),
    });
    expect(started.status).toBe(201);
    expect((await pr.post(`/api/admin/transfers/${started.body.id}/accept`)).status).toBe(200);

    const to1 = await dashboardWhen(stateAdmin, prLko, (b) => b.people.registered === to0.people.registered + 1);
    expect(to1.people.completedThree).toBe(to0.people.completedThree + 1);
    expect(to1.activity.completions).toBe(to0.activity.completions + 3);
    const from1 = await read(mhLko);
    expect(from1.people.registered).toBe(from0.people.registered - 1);
    expect(from1.people.completedThree).toBe(from0.people.completedThree - 1);
    expect(from1.activity.completions).toBe(from0.activity.completions - 3);
    const up1 = await read(up);
    expect(up1.people).toEqual(up0.people);
    expect(up1.activity.completions).toBe(up0.activity.completions);
    await expectReconciled(t.ctx, 'UP-MH-LKO');
    await expectReconciled(t.ctx, 'UP-PR-LKO');
  }, 90_000);

  it('a deactivated person leaves the counts; someone awaiting approval is registered but not verified', async () => {
    const bah = await orgId(t.ctx, 'UP-MH-BAH');
    await refreshSubtree(t.ctx, 'UP-MH-BAH');
    const before = (await mhAdmin.get(`/api/reports/orgs/${bah}/dashboard`)).body;
    const pending = await makeUser(t.ctx, { org: 'UP-MH-BAH', status: 'pending_approval' });
    await refreshSubtree(t.ctx, 'UP-MH-BAH');
    const withPending = (await mhAdmin.get(`/api/reports/orgs/${bah}/dashboard`)).body;
    expect(withPending.people.registered).toBe(before.people.registered + 1);
    expect(withPending.people.verified).toBe(before.people.verified);
    const rejected = await mhAdmin.post(`/api/admin/registrations/${pending.id}/reject`, { reason: 'Not on the rolls' });
    expect(rejected.status).toBe(200);
    await dashboardWhen(mhAdmin, bah, (b) => b.people.registered === before.people.registered);

    const l = await learner('UP-MH-BAH');
    await completeCourse(l.c, await oneLesson());
    const active = await dashboardWhen(mhAdmin, bah, (b) => b.people.registered === before.people.registered + 1 && b.freshness.pendingPeople === 0);
    const off = await mhAdmin.post(`/api/admin/users/${l.id}/deactivate`, { reason: 'Retired from service' });
    expect(off.status).toBe(200);
    const after = await dashboardWhen(mhAdmin, bah, (b) => b.people.registered === before.people.registered && b.freshness.pendingPeople === 0);
    expect(after.activity.completions).toBe(active.activity.completions - 1);
    await expectReconciled(t.ctx, 'UP-MH-BAH');
  }, 90_000);
});

describe('registration events', () => {
  it('a verified self-registration awaiting approval counts as registered, not verified, as soon as it is verified', async () => {
    const bah = await orgId(t.ctx, 'UP-MH-BAH');
    await refreshSubtree(t.ctx, 'UP-MH-BAH');
    const before = (await mhAdmin.get(`/api/reports/orgs/${bah}/dashboard`)).body;
    const c = t.client();
    const tag = Math.random().toString(36).slice(2, 8);
    const email = `kiran.${tag}@gmail.com`;
    const mobile = `8${String(Date.now()).slice(-9)}`;
    const created = await c.post('/api/registrations', {
      employeeId: `MH-${tag}`, fullName: 'Kiran Bala', email, mobile, orgId: bah, designationId: await designationId(t.ctx, 'ANM'), employeeGroup: 'C', password: 'Learn-2026-ok', language: 'en',
    });
    expect(created.status).toBe(201);
    const code = async (to: string) => {
      const list = (await c.get('/api/dev/outbox')).body as { recipient: string; body: string }[];
      return list.find((m) => m.recipient === to)?.body.match(/\b(\d{6})\b/)?.[1] ?? '';
    };
    await c.post(`/api/registrations/${created.body.id}/verify`, { channel: 'email', code: await code(email) });
    const done = await c.post(`/api/registrations/${created.body.id}/verify`, { channel: 'sms', code: await code(mobile) });
    expect(done.body.status).toBe('pending_approval');
    const after = await dashboardWhen(mhAdmin, bah, (b) => b.people.registered === before.people.registered + 1);
    expect(after.people.verified).toBe(before.people.verified);
    expect(after.people.none).toBe(before.people.none + 1);
  }, 60_000);
});

describe('access, validation and masking', () => {
  it('denies by default: learners, other departments and anonymous callers get no reports', async () => {
    const mh = await orgId(t.ctx, 'UP-MH');
    const sw = await orgId(t.ctx, 'UP-SW');
    const l = await learner('UP-MH-LKO');
    expect((await l.c.get(`/api/reports/orgs/${mh}/dashboard`)).status).toBe(403);
    expect((await l.c.get(`/api/reports/orgs/${mh}/people`)).status).toBe(403);
    expect((await mhAdmin.get(`/api/reports/orgs/${sw}/dashboard`)).status).toBe(403);
    expect((await t.client().get(`/api/reports/orgs/${mh}/dashboard`)).status).toBe(401);
    expect((await mhAdmin.get(`/api/reports/orgs/${mh}/reconciliation`)).status).toBe(403);
    const leaderUser = await makeUser(t.ctx, { org: 'UP-MH', roles: [{ role: 'mdo_leader', org: 'UP-MH' }] });
    const leader = await t.client().signIn(leaderUser.email, TEST_PASSWORD);
    expect((await leader.get(`/api/reports/orgs/${mh}/dashboard`)).status).toBe(200);
    const home = await mhAdmin.get('/api/reports');
    expect(home.body.scopes.map((s: { id: string }) => s.id)).toEqual([mh]);
  }, 60_000);

  it('refuses malformed input with a stable code and a message in the user’s language', async () => {
    const mh = await orgId(t.ctx, 'UP-MH');
    const bad = await mhAdmin.get(`/api/reports/orgs/${mh}/dashboard?from=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('DATE_INVALID');
    const inverted = await mhAdmin.get(`/api/reports/orgs/${mh}/dashboard?from=2026-05-02&to=2026-05-01`);
    expect(inverted.body.error.code).toBe('RANGE_INVALID');
    const hindi = t.client('hi');
    await hindi.signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
    const missing = await hindi.get('/api/reports/orgs/00000000-0000-4000-8000-000000000000/dashboard');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ORG_NOT_FOUND');
    expect(missing.body.error.message).toMatch(/संगठन/);
    expect((await mhAdmin.get(`/api/reports/orgs/${mh}/dashboard?colour=red`)).status).toBe(400);
    expect((await mhAdmin.get(`/api/reports/orgs/not-a-uuid/dashboard`)).status).toBe(400);
  });

  it('masks people’s PII by the viewer’s role', async () => {
    const l = await makeUser(t.ctx, { org: 'UP-MH-LKO', name: 'Pushpa Kumari Rawat', email: `pushpa.${Date.now()}@up.gov.in` });
    await refreshSubtree(t.ctx, 'UP-MH-LKO');
    const lko = await orgId(t.ctx, 'UP-MH-LKO');
    const find = async (c: TestClient) => {
      const res = await c.get(`/api/reports/orgs/${lko}/people?q=pushpa&pageSize=100`);
      expect(res.status).toBe(200);
      return { mask: res.body.mask, row: res.body.items.find((p: { userId: string }) => p.userId === l.id) };
    };
    const own = await find(mhAdmin);
    expect(own.mask).toBe('none');
    expect(own.row).toMatchObject({ name: 'Pushpa Kumari Rawat', email: l.email, mobile: l.mobile, employeeId: l.employeeId });
    const state = await find(stateAdmin);
    expect(state.mask).toBe('partial');
    expect(state.row.name).toBe('Pushpa Kumari Rawat');
    expect(state.row.email).toBe(`p•••@up.gov.in`);
    expect(state.row.mobile).toBe(`••••••••${l.mobile.slice(-2)}`);
    expect(state.row.employeeId).toBe(`••••${l.employeeId.slice(-4)}`);
    const leaderUser = await makeUser(t.ctx, { org: 'UP-MH', roles: [{ role: 'mdo_leader', org: 'UP-MH-LKO' }] });
    const leader = await find(await t.client().signIn(leaderUser.email, TEST_PASSWORD));
    expect(leader.mask).toBe('strict');
    expect(leader.row).toMatchObject({ email: null, mobile: null, employeeId: `••••${l.employeeId.slice(-4)}` });
  }, 60_000);

  it('the reconciliation endpoint answers state admins with an exact match', async () => {
    await refreshSubtree(t.ctx, 'UP-MH');
    const res = await stateAdmin.get(`/api/reports/orgs/${await orgId(t.ctx, 'UP-MH')}/reconciliation`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ matches: true, mismatches: [], pendingPeople: 0 });
    expect(res.body.checkedRows).toBeGreaterThan(10);
  }, 60_000);
});
