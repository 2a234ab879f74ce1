import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, uniqueMobile } from './factories';
import { makePublishedCourse } from './course-factories';
import { admin, drain, planInput, recordsOf, setClock } from './plan-helpers';
import { reconcileLivePlans } from '../src/modules/plans/reconcile.service';
import { seedDemoDepartment } from '../src/demo/reports.seed';

/*
 * Issue 12, item 1: a live plan's assignments converge on its audience whatever path created or changed people —
 * registration, admin create, CSV import, the seed's bulk insert and direct SQL — through the events and the periodic
 * reconciliation (`plans.reconcile`), which is a no-op when nothing changed.
 */

let t: TestApp;
let sw: TestClient;
let stateAdmin: TestClient;
let swPlan: string;
let tehsildarPlan: string;

async function preview(c: TestClient, ownerOrg: string, audience: unknown): Promise<number> {
  const res = await c.post('/api/admin/plans/audience-preview', { ownerOrgId: await orgId(t.ctx, ownerOrg), audience });
  expect(res.status).toBe(200);
  return res.body.count as number;
}

async function assigned(c: TestClient, planId: string): Promise<number> {
  const res = await c.get(`/api/admin/plans/${planId}/progress`);
  expect(res.status).toBe(200);
  return res.body.counts.assigned as number;
}

async function expectConverged() {
  expect(await assigned(sw, swPlan)).toBe(await preview(sw, 'UP-SW', { mode: 'all' }));
  const tehsildars = { mode: 'criteria', groups: [{ designationIds: [await designationId(t.ctx, 'TEHSILDAR')] }] };
  expect(await assigned(stateAdmin, tehsildarPlan)).toBe(await preview(stateAdmin, 'UP', tehsildars));
}

/** People inserted straight into the tables, as a bulk load or a DBA would (no events). */
async function insertDirectly(n: number, org: string, designation: string): Promise<string[]> {
  const tag = crypto.randomBytes(3).toString('hex');
  const { rows } = await sql<{ id: string }>`
    INSERT INTO users (tenant_id, org_id, designation_id, employee_id, full_name, email, mobile, employee_group, status, activation)
    SELECT coalesce(o.tenant_id, o.id), o.id, ${await designationId(t.ctx, designation)}::uuid, ${`SQL-${tag}-`} || i, 'Loaded Person ' || i,
      ${`sql.${tag}.`} || i || '@up.gov.in', ${`7${crypto.randomInt(100, 999)}`} || lpad(i::text, 6, '0'), 'C', 'active', 'admin'
    FROM orgs o CROSS JOIN generate_series(1, ${n}) i WHERE o.code = ${org}
    RETURNING id`.execute(t.ctx.db);
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  setClock(t, '2026-05-04T06:00:00Z');
  const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
  sw = (await admin(t, 'UP-SW')).c;
  stateAdmin = (await admin(t, 'UP', 'state_admin')).c;
  const a = await sw.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-SW'), [{ kind: 'courses', courseIds: [course.courseId] }], { acrLinked: true }));
  swPlan = a.body.id;
  const tehsildars = { mode: 'criteria', groups: [{ designationIds: [await designationId(t.ctx, 'TEHSILDAR')] }] };
  const b = await stateAdmin.post(
    '/api/admin/plans',
    planInput(await orgId(t.ctx, 'UP'), [{ kind: 'courses', courseIds: [course.courseId] }], { audience: tehsildars, deadline: { kind: 'after_posting', days: 30 }, countsFrom: 'cycle' }),
  );
  tehsildarPlan = b.body.id;
  expect((await sw.post(`/api/admin/plans/${swPlan}/publish`)).status).toBe(200);
  expect((await stateAdmin.post(`/api/admin/plans/${tehsildarPlan}/publish`)).status).toBe(200);
  await drain(t);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('assignment converges on the audience', () => {
  it('after go-live, and people created by admin create and registration are assigned by their events', async () => {
    await expectConverged();
    const created = await sw.post('/api/admin/users', {
      employeeId: `SW-R-${crypto.randomBytes(3).toString('hex')}`,
      fullName: 'Suresh Pal',
      email: `suresh.${crypto.randomBytes(3).toString('hex')}@up.gov.in`,
      mobile: uniqueMobile(),
      orgId: await orgId(t.ctx, 'UP-SW-LKO'),
      designationId: await designationId(t.ctx, 'DSWO'),
      employeeGroup: 'B',
    });
    expect(created.status).toBe(201);
    await drain(t);
    expect((await recordsOf(t, created.body.id, swPlan)).assignment).toMatchObject({ status: 'active', cause: 'activation' });
    await expectConverged();
  });

  it('people loaded straight into the tables are assigned by the reconciliation (not before), with their first cycles', async () => {
    const before = await assigned(sw, swPlan);
    const loaded = await insertDirectly(40, 'UP-SW-VNS', 'JR_ASSISTANT');
    const tehsildars = await insertDirectly(3, 'UP-REV-LKO-SADAR', 'TEHSILDAR');
    expect(await assigned(sw, swPlan)).toBe(before);
    expect(await preview(sw, 'UP-SW', { mode: 'all' })).toBe(before + 40);
    const report = await reconcileLivePlans(t.ctx);
    expect(report).toMatchObject({ assigned: 43 });
    await expectConverged();
    const one = await recordsOf(t, loaded[0]!, swPlan);
    expect(one.assignment).toMatchObject({ status: 'active', cause: 'reconcile' });
    expect(one.cycles).toHaveLength(1);
    expect((await recordsOf(t, tehsildars[0]!, tehsildarPlan)).assignment?.status).toBe('active');
    // The ACR-linked plan tells HRMS about the new people.
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'compliance.changed' AND payload->'userIds' ? ${loaded[0]!}`.execute(t.ctx.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('is a no-op when nothing changed: every plan is skipped, and an edit of a name does not count as a change', async () => {
    const again = await reconcileLivePlans(t.ctx);
    expect(again).toMatchObject({ skipped: again.plans, assigned: 0, reevaluated: 0 });
    await sql`UPDATE users SET full_name = full_name || '.' WHERE employee_id LIKE 'SQL-%'`.execute(t.ctx.db);
    expect((await reconcileLivePlans(t.ctx)).skipped).toBe(again.plans);
  });

  it('people moved, deactivated or re-posted by direct SQL leave, rejoin and restart as an event would have them', async () => {
    const leaving = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const moving = await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const tehsildar = await makeUser(t.ctx, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR' });
    // The factory writes people straight into the tables, as the seed does.
    await reconcileLivePlans(t.ctx);
    expect((await recordsOf(t, leaving.id, swPlan)).assignment?.status).toBe('active');
    await sql`UPDATE users SET status = 'deactivated' WHERE id = ${leaving.id}`.execute(t.ctx.db);
    await sql`UPDATE users SET org_id = (SELECT id FROM orgs WHERE code = 'UP-REV-LKO-SADAR') WHERE id = ${moving.id}`.execute(t.ctx.db);
    await sql`UPDATE postings SET to_date = '2026-05-03' WHERE user_id = ${tehsildar.id} AND to_date IS NULL`.execute(t.ctx.db);
    await sql`INSERT INTO postings (user_id, org_id, designation_id, from_date, reason)
      SELECT id, org_id, designation_id, '2026-05-04', 'import' FROM users WHERE id = ${tehsildar.id}`.execute(t.ctx.db);
    const report = await reconcileLivePlans(t.ctx);
    expect(report.reevaluated).toBeGreaterThanOrEqual(3);
    expect((await recordsOf(t, leaving.id, swPlan)).assignment).toMatchObject({ status: 'left_audience', left_reason: 'deactivation' });
    expect((await recordsOf(t, moving.id, swPlan)).assignment?.status).toBe('left_audience');
    const posted = await recordsOf(t, tehsildar.id, tehsildarPlan);
    expect(posted.cycles.map((c) => c.kind)).toEqual(['initial', 'posting']);
    expect(posted.cycles[1]?.due_at.toISOString()).toBe('2026-06-03T18:30:00.000Z'); // 4 May + 30 days, end of day IST
    await expectConverged();
    // Back in the audience by SQL: the assignment comes back.
    await sql`UPDATE users SET status = 'active' WHERE id = ${leaving.id}`.execute(t.ctx.db);
    await reconcileLivePlans(t.ctx);
    expect((await recordsOf(t, leaving.id, swPlan)).assignment).toMatchObject({ status: 'active', cause: 'reconcile' });
    await expectConverged();
  });

  it('the seed’s bulk-loaded department (3,900 people) is assigned in full', async () => {
    expect(await seedDemoDepartment(t.ctx)).toBeGreaterThan(3800);
    expect(await assigned(sw, swPlan)).toBeLessThan(await preview(sw, 'UP-SW', { mode: 'all' }));
    await reconcileLivePlans(t.ctx);
    await expectConverged();
    expect(await assigned(sw, swPlan)).toBeGreaterThan(3800);
  }, 300_000);
});
