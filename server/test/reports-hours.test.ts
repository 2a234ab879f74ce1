import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { completeCourse, refreshSubtree } from './report-helpers';
import { DEMO_PASSWORD } from '../src/demo';
import { insertOrg } from '../src/modules/orgs/orgs.repo';
import { formatLearningHours, learningHours } from '../src/platform/hours';

let t: TestApp;
let stateAdmin: TestClient;
let office: string;
let employeeId: string;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  stateAdmin = await t.client().signIn('state.admin@up.gov.in', DEMO_PASSWORD);
  const parent = await orgId(t.ctx, 'UP-MH');
  office = (await insertOrg(t.ctx.db, { parentId: parent, type: 'office', code: 'UP-MH-HRS', nameEn: 'Hours Test Office', nameHi: 'घंटे परीक्षण कार्यालय' })).id;
  const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }], titleEn: 'Office procedure', titleHi: 'कार्यालय प्रक्रिया' });
  const u = await makeUser(t.ctx, { org: 'UP-MH-HRS', name: 'Kavita Srivastava' });
  employeeId = u.employeeId;
  await completeCourse(await t.client().signIn(u.email, TEST_PASSWORD), course);
  // A known amount: 1,510 credited minutes (25 h 10 min), loaded directly, then the subtree is refreshed.
  await t.ctx.db.updateTable('enrolments').set({ learning_minutes_credited: 1510 }).where('user_id', '=', u.id).execute();
  await refreshSubtree(t.ctx, 'UP-MH');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('learning hours: one rounding rule', () => {
  it('rounds minutes to 0.1 h half up and groups digits the Indian way in en and hi', () => {
    expect(learningHours(1510)).toBe(25.2);
    expect(learningHours(3)).toBe(0.1);
    expect(learningHours(2)).toBe(0);
    expect(learningHours(60)).toBe(1);
    expect(formatLearningHours(74_074_068, 'en')).toBe('12,34,567.8');
    expect(formatLearningHours(74_074_068, 'hi')).toBe('12,34,567.8');
    expect(formatLearningHours(60, 'en')).toBe('1.0');
  });

  it('1,510 minutes are 25.2 h on the dashboard, its children, the people list, the leaderboard and the export', async () => {
    const dash = await stateAdmin.get(`/api/reports/orgs/${office}/dashboard`);
    expect(dash.status).toBe(200);
    expect(dash.body.activity).toMatchObject({ learningMinutes: 1510, learningHours: 25.2 });
    const parent = await stateAdmin.get(`/api/reports/orgs/${await orgId(t.ctx, 'UP-MH')}/dashboard`);
    expect(parent.body.children.find((c: { org: { id: string } }) => c.org.id === office)).toMatchObject({ learningHours: 25.2 });

    const people = await stateAdmin.get(`/api/reports/orgs/${office}/people?bucket=all`);
    expect(people.status).toBe(200);
    expect(people.body.items.map((p: { learningHours: number }) => p.learningHours)).toEqual([25.2]);
    const board = await stateAdmin.get(`/api/reports/orgs/${office}/leaderboard`);
    expect(board.status).toBe(200);
    expect(board.body.items[0]).toMatchObject({ learningHours: 25.2 });

    const csv = await stateAdmin.get(`/api/reports/orgs/${office}/export?kind=users&format=csv`);
    expect(csv.status).toBe(200);
    const [header, ...rows] = parse(csv.raw.body.replace(/^\uFEFF/, '')) as string[][];
    const col = header?.indexOf('Learning hours') ?? -1;
    expect(col).toBeGreaterThan(0);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toMatch(new RegExp(`${employeeId.slice(-4)}$`));
    const exported = rows.reduce((sum, r) => sum + Number(r[col]), 0);
    expect(exported.toFixed(1)).toBe(dash.body.activity.learningHours.toFixed(1));
  }, 60_000);
});
