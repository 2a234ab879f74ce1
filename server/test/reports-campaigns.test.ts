import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { completeCourse, expectReconciled, refreshSubtree } from './report-helpers';
import { DEMO_PASSWORD } from '../src/demo';
import { istDate, addDays } from '../src/modules/reports/periods';
import { sendMonthlySummaries } from '../src/modules/reports/monthly.service';

let t: TestApp;
let mhAdmin: TestClient;
let stateAdmin: TestClient;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  mhAdmin = await t.client().signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
  stateAdmin = await t.client().signIn('state.admin@up.gov.in', DEMO_PASSWORD);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function learner(org: string, name = 'Rohit Kumar') {
  const u = await makeUser(t.ctx, { org, name });
  return { ...u, c: await t.client().signIn(u.email, TEST_PASSWORD) };
}
const hourCourse = () => makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }], durationMinutes: 60 });

describe('learning weeks', () => {
  let weekId = '';
  let lko: Awaited<ReturnType<typeof learner>>;

  it('only platform and state admins define one, and malformed weeks are refused field by field', async () => {
    const today = istDate(t.clock.now());
    const mh = await orgId(t.ctx, 'UP-MH');
    const early = await learner('UP-MH-BAH', 'Asha Rani');
    await completeCourse(early.c, await hourCourse());
    const input = { nameEn: 'Health learning week', nameHi: 'स्वास्थ्य लर्निंग वीक', scopeOrgId: mh, startsOn: addDays(today, -1), endsOn: addDays(today, 5), targetHoursPerEmployee: 4, targetParticipationPercent: 50 };
    expect((await early.c.post('/api/learning-weeks', input)).status).toBe(403);
    expect((await mhAdmin.post('/api/learning-weeks', input)).status).toBe(403);
    const dopt = await orgId(t.ctx, 'DOPT');
    expect((await stateAdmin.post('/api/learning-weeks', { ...input, scopeOrgId: dopt })).status).toBe(403);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: addDays(today, -3) }, 'RANGE_INVALID', 'endsOn'],
      [{ endsOn: addDays(today, 40) }, 'CAMPAIGN_TOO_LONG', 'endsOn'],
      [{ targetHoursPerEmployee: null, targetParticipationPercent: null }, 'CAMPAIGN_TARGET_MISSING', 'targetHoursPerEmployee'],
      [{ nameHi: '   ' }, 'CAMPAIGN_NAME_REQUIRED', 'nameHi'],
      [{ startsOn: '2026-13-01' }, 'DATE_INVALID', 'startsOn'],
    ];
    for (const [change, code, field] of cases) {
      const res = await stateAdmin.post('/api/learning-weeks', { ...input, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      if (field) expect(res.body.error.fields[0].field).toBe(field);
    }
    const created = await stateAdmin.post('/api/learning-weeks', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'running', canManage: true, targets: { hoursPerEmployee: 4, participationPercent: 50, completions: null } });
    weekId = created.body.id;
    const list = await early.c.get('/api/learning-weeks');
    expect(list.body.canCreate).toBe(false);
    expect(list.body.items.find((w: { id: string }) => w.id === weekId)).toMatchObject({ canManage: false, name: { en: 'Health learning week' } });
    // A completion made before the week was defined, inside its dates, counts once the backfill has run.
    const live = await eventually(async () => {
      const res = await early.c.get(`/api/learning-weeks/${weekId}`);
      return res.body.completions === 1 ? res.body : null;
    }, 30_000);
    expect(live).toMatchObject({ peopleCompleted: 1, peopleFourHours: 0, learningHours: 1 });
  }, 90_000);

  it('the live page follows completions: hours, people with one and with four hours, leading organisations', async () => {
    lko = await learner('UP-MH-LKO');
    for (let i = 0; i < 5; i++) {
      // Each takes the 31 minutes the credit rule needs for its hour; the admins stay signed in meanwhile.
      await completeCourse(lko.c, await hourCourse());
      await Promise.all([mhAdmin.get('/api/me'), stateAdmin.get('/api/me')]);
    }
    const live = await eventually(async () => {
      const res = await mhAdmin.get(`/api/learning-weeks/${weekId}`);
      return res.body.completions === 6 ? res.body : null;
    }, 30_000);
    expect(live).toMatchObject({ peopleCompleted: 2, peopleFourHours: 1, learningHours: 6 });
    expect(live.employees).toBeGreaterThanOrEqual(3);
    expect(live.participationPercent).toBeCloseTo((2 / live.employees) * 100, 1);
    expect(live.progress.hours).toBeCloseTo(live.hoursPerEmployee / 4, 3);
    const names = live.leading.map((l: { org: { name: { en: string } } }) => l.org.name.en);
    expect(names).toHaveLength(2);
    expect(live.leading[0].hoursPerEmployee).toBeGreaterThanOrEqual(live.leading[1].hoursPerEmployee);
    await refreshSubtree(t.ctx, 'UP-MH');
    await expectReconciled(t.ctx, 'UP-MH');
  }, 90_000);

  it('moving the dates re-counts the week', async () => {
    const week = (await stateAdmin.get(`/api/learning-weeks/${weekId}`)).body.campaign;
    const tomorrow = addDays(istDate(t.clock.now()), 1);
    const moved = await stateAdmin.request('PUT', `/api/learning-weeks/${weekId}`, {
      nameEn: week.name.en, nameHi: week.name.hi, scopeOrgId: week.scope.id, startsOn: tomorrow, endsOn: addDays(tomorrow, 6), targetHoursPerEmployee: 4,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.state).toBe('upcoming');
    await eventually(async () => ((await stateAdmin.get(`/api/learning-weeks/${weekId}`)).body.completions === 0 ? true : null), 30_000);
  }, 60_000);

  it('ranks learners of an org; colleagues see short names, outsiders nothing', async () => {
    const mh = await orgId(t.ctx, 'UP-MH');
    const board = await mhAdmin.get(`/api/reports/orgs/${mh}/leaderboard`);
    expect(board.status).toBe(200);
    expect(board.body.names).toBe('full');
    expect(board.body.items[0]).toMatchObject({ rank: 1, name: 'Rohit Kumar', completions: 5, learningHours: 5 });
    const mine = await lko.c.get(`/api/reports/orgs/${mh}/leaderboard`);
    expect(mine.body.names).toBe('short');
    expect(mine.body.items[0]).toMatchObject({ name: 'Rohit K.', me: true });
    const outsider = await learner('UP-SW-LKO');
    expect((await outsider.c.get(`/api/reports/orgs/${mh}/leaderboard`)).status).toBe(403);
    const long = await mhAdmin.get(`/api/reports/orgs/${mh}/leaderboard?from=2024-01-01`);
    expect(long.body.error.code).toBe('RANGE_TOO_LONG');

    const fame = await outsider.c.get(`/api/reports/hall-of-fame?orgId=${await orgId(t.ctx, 'UP')}`);
    expect(fame.status).toBe(200);
    const rows = fame.body.groups.flatMap((g: { items: unknown[] }) => g.items) as { org: { name: { en: string } }; hoursPerEmployee: number }[];
    expect(rows.some((r) => r.org.name.en.startsWith('Medical Health'))).toBe(true);
    for (const g of fame.body.groups as { items: { hoursPerEmployee: number; rank: number }[] }[]) {
      expect(g.items.map((i) => i.rank)).toEqual(g.items.map((_, i) => i + 1));
      expect([...g.items].sort((a, b) => b.hoursPerEmployee - a.hoursPerEmployee)).toEqual(g.items);
    }
  }, 60_000);
});

describe('course quality and the monthly e-mail', () => {
  it('shows a provider where stalled learners stopped, the completion rate and the rating', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }, { type: 'html' }, { type: 'html' }] });
    const key = (i: number) => course.lessons[i]?.key ?? '';
    const step = async (c: TestClient, i: number, seq: number) =>
      c.post(`/api/courses/${course.courseId}/progress`, { updates: [{ lessonKey: key(i), clientSeq: seq, timeSpentSeconds: 20, language: 'en', html: { scrolledToEnd: true } }] });
    const people = await Promise.all(['A', 'B', 'C', 'D'].map(() => learner('UP-MH-LKO')));
    for (const p of people) expect((await p.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
    for (const p of people.slice(0, 3)) await step(p.c, 0, 1);
    for (const [i, k] of [0, 1, 2].entries()) await step(people[0]?.c as TestClient, k, 10 + i);
    expect((await people[0]?.c.request('PUT', `/api/courses/${course.courseId}/rating`, { stars: 4 }))?.status).toBe(200);
    await eventually(async () => ((await t.ctx.db.selectFrom('report_learner_courses').select('user_id').where('course_id', '=', course.courseId).execute()).length === 4 ? true : null), 30_000);
    t.clock.advance(15 * DAY);
    try {
      const creator = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] });
      const c = await t.client().signIn(creator.email, TEST_PASSWORD);
      const q = await c.get(`/api/reports/courses/${course.courseId}/quality`);
      expect(q.status).toBe(200);
      expect(q.body).toMatchObject({ enrolments: 4, completions: 1, completionRate: 0.25, averageRating: 4, ratings: 1, finalAssessment: null });
      expect(q.body.lessons.map((l: { stalledHere: number }) => l.stalledHere)).toEqual([1, 2, 0]);
      expect(q.body.dropOff).toMatchObject({ number: 2, stalled: 2 });
      const otherAdmin = await t.client().signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
      expect((await otherAdmin.get(`/api/reports/courses/${course.courseId}/quality`)).status).toBe(403);
    } finally {
      t.clock.advance(-15 * DAY);
      // Sessions idle for 15 days have ended: sign in again.
      mhAdmin = await t.client().signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
    }
  }, 90_000);

  it('sends subscribed MDO admins last month’s summary once', async () => {
    const learnerUser = await learner('UP-MH-LKO');
    expect((await learnerUser.c.request('PUT', '/api/reports/subscription', { monthlyEmail: true })).status).toBe(403);
    expect((await mhAdmin.get('/api/reports/subscription')).body).toEqual({ monthlyEmail: false });
    expect((await mhAdmin.request('PUT', '/api/reports/subscription', { monthlyEmail: true })).body).toEqual({ monthlyEmail: true });
    expect((await mhAdmin.request('PUT', '/api/reports/subscription', { monthlyEmail: 'yes' })).status).toBe(400);
    expect(await sendMonthlySummaries(t.ctx)).toBe(1);
    expect(await sendMonthlySummaries(t.ctx)).toBe(0);
    const mails = await t.ctx.db.selectFrom('messages').select(['subject', 'body', 'channel']).where('template', '=', 'monthly_report').execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.channel).toBe('email');
    expect(mails[0]?.subject).toContain('चिकित्सा स्वास्थ्य');
    expect(mails[0]?.body).toMatch(/पंजीकृत: \d/);
    expect(mails[0]?.body).toContain('/reports?org=');
    expect(mails[0]?.body).not.toContain('/admin/reports');
  }, 60_000);
});
