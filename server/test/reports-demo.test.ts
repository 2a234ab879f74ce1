import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { DEMO_PASSWORD } from '../src/demo';
import { seedDemoDepartment } from '../src/demo/reports.seed';
import { SOCIAL_WELFARE_FIGURES } from '../src/demo/reports-demo.plan';
import { reconcileNode } from '../src/modules/reports/reconcile.service';
import { drainAll } from '../src/modules/reports/rollup.jobs';

let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  admin = await t.client().signIn('nodal.sw@up.gov.in', DEMO_PASSWORD);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const sw = () => orgId(t.ctx, 'UP-SW');

describe('the demo department', () => {
  it('reproduces the Social Welfare report exactly, and the rollup reconciles with the raw tables', async () => {
    const started = Date.now();
    expect(await seedDemoDepartment(t.ctx)).toBeGreaterThan(3800);
    const seedMs = Date.now() - started;
    const res = await admin.get(`/api/reports/orgs/${await sw()}/dashboard`);
    expect(res.status).toBe(200);
    expect(res.body.people).toEqual({
      registered: 3900,
      verified: expect.any(Number),
      completedOne: 2759,
      completedThree: 2289,
      fewerThanThree: 1611,
      none: 1141,
    });
    expect(res.body.activity.completions).toBe(21_150);
    expect(res.body.activity.learningHours).toBe(15_893);
    expect(res.body.activity.learningMinutes).toBe(SOCIAL_WELFARE_FIGURES.learningMinutes);
    const check = await reconcileNode(t.ctx.db, await sw());
    expect(check.mismatches).toEqual([]);
    expect(check.matches).toBe(true);
    console.info(`demo department seeded and rolled up in ${seedMs} ms on ${process.env.KSH_TEST_DB ?? 'pglite'}`);
    // A second run is a no-op.
    expect(await seedDemoDepartment(t.ctx)).toBeNull();
  }, 300_000);
});
