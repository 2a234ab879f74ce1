import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { orgId } from './factories';
import { DEMO_PASSWORD } from '../src/demo';
import { addDays, istDate, periodStart } from '../src/modules/reports/periods';

/* The dashboard's chart series says which period is not over yet, so the chart does not show it as a plunge. */

let t: TestApp;
let stateAdmin: TestClient;
let up: string;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  stateAdmin = await t.client().signIn('state.admin@up.gov.in', DEMO_PASSWORD);
  up = await orgId(t.ctx, 'UP');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

interface Point {
  period: string;
  partial: boolean;
}

async function series(query: string): Promise<{ grain: string; points: Point[] }> {
  const res = await stateAdmin.get(`/api/reports/orgs/${up}/dashboard${query}`);
  expect(res.status).toBe(200);
  return { grain: res.body.range.grain, points: res.body.series };
}

describe('dashboard series: the period not over yet is marked partial', () => {
  it('by month up to today: only the current month is partial', async () => {
    const today = istDate(t.clock.now());
    const { grain, points } = await series('');
    expect(grain).toBe('m');
    expect(points.length).toBeGreaterThanOrEqual(12);
    expect(points.at(-1)).toMatchObject({ period: periodStart('m', today), partial: true });
    expect(points.slice(0, -1).every((p) => !p.partial)).toBe(true);
  });

  it('by day and by week up to today: today and this week are partial, earlier periods are not', async () => {
    const today = istDate(t.clock.now());
    const days = await series(`?from=${addDays(today, -6)}&to=${today}`);
    expect(days.grain).toBe('d');
    expect(days.points.filter((p) => p.partial).map((p) => p.period)).toEqual([today]);
    const weeks = await series(`?from=${addDays(today, -60)}&to=${today}&grain=w`);
    expect(weeks.points.filter((p) => p.partial).map((p) => p.period)).toEqual([periodStart('w', today)]);
  });

  it('a range that ended in an earlier month has no partial point', async () => {
    const today = istDate(t.clock.now());
    const lastMonthEnd = addDays(periodStart('m', today), -1);
    const { points } = await series(`?from=${addDays(lastMonthEnd, -200)}&to=${lastMonthEnd}`);
    expect(points.length).toBeGreaterThan(0);
    expect(points.some((p) => p.partial)).toBe(false);
  });
});
