import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bodyText, checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, trPattern, type BrowserEnv } from './browser-harness';
import { waitForLang } from './flows';
import { makeUser, TEST_PASSWORD } from '../factories';
import { makePublishedCourse } from '../course-factories';

/*
 * Training plans in the browser: an MDO admin creates a plan whose audience has two criteria groups (a designation; an
 * organisation) and one person excluded, and publishes it; a matching learner sees it on the home page with its due
 * date; completing the course turns it "completed on time". Every page of the journey is checked with axe at 360 px,
 * and the admin pages in Hindi too.
 */

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

const dueDate = (days: number) => {
  const at = new Date(Date.now() + 330 * 60_000 + days * 86_400_000);
  // Dates show as DD-MM-YYYY (web/src/i18n/format.ts).
  return at.toISOString().slice(0, 10).split('-').reverse().join('-');
};

/** Completes the learner's course through the progress API, from the signed-in page (as the player would). */
async function completeFromPage(page: Page, courseId: string, lessonKey: string): Promise<void> {
  const status = await page.evaluate(
    async ({ courseId, lessonKey }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('ksh_csrf='))?.split('=')[1] ?? '';
      const headers = { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) };
      await fetch(`/api/courses/${courseId}/enrol`, { method: 'POST', headers });
      const res = await fetch(`/api/courses/${courseId}/progress`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ updates: [{ lessonKey, timeSpentSeconds: 120, language: 'en', html: { scrolledToEnd: true } }] }),
      });
      return ((await res.json()) as { completion: { status: string } }).completion.status;
    },
    { courseId, lessonKey },
  );
  expect(status).toBe('completed');
}

describe('training plans in the browser', () => {
  it('an MDO admin creates a plan for two groups less one person; a matching learner sees it with its due date and completes it on time', async () => {
    const { ctx } = env.t;
    const course = await makePublishedCourse(ctx, {
      titleEn: 'Flood preparedness for Tehsildars',
      titleHi: 'तहसीलदारों के लिए बाढ़ तैयारी',
      lessons: [{ type: 'html', content: { html: '<p>Know the embankments of your tehsil.</p>' } }],
    });
    const learner = await makeUser(ctx, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', name: 'Mohan Lal' });
    const other = await makeUser(ctx, { org: 'UP-REV-LKO-SADAR', designation: 'LEKHPAL', name: 'Not A Tehsildar' });
    const boardOfficer = await makeUser(ctx, { org: 'UP-REV-BOR', name: 'Board Officer' });
    const excluded = await makeUser(ctx, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', name: 'Excluded Tehsildar' });

    const admin = await env.newPage();
    await signIn(admin, 'nodal.revenue@up.gov.in', DEMO_PASSWORD);
    await admin.goto('/admin/plans');
    await admin.getByRole('heading', { level: 1, name: tr('en', 'plans.admin.title') }).waitFor();
    await checkPage(admin, '/admin/plans (en)');
    await admin.getByRole('link', { name: tr('en', 'plans.admin.create') }).click();
    await admin.getByRole('heading', { level: 1, name: tr('en', 'plans.form.title') }).waitFor();
    await checkPage(admin, '/admin/plans/new (en)');

    await admin.getByLabel(tr('en', 'plans.form.nameEn'), { exact: true }).fill('Flood preparedness for Tehsildars');
    await admin.getByLabel(tr('en', 'plans.form.nameHi'), { exact: true }).fill('तहसीलदारों के लिए बाढ़ तैयारी');
    await admin.getByLabel(tr('en', 'plans.form.audience_criteria'), { exact: true }).check();
    // Group 1: Tehsildars; group 2: everyone under the Board of Revenue; less one Tehsildar, excluded by employee ID.
    await admin.getByTestId('audience-group-0').getByLabel('Tehsildar', { exact: true }).check();
    await admin.getByRole('button', { name: tr('en', 'plans.form.addGroup') }).click();
    const group2 = admin.getByTestId('audience-group-1');
    await group2.getByLabel('Board of Revenue', { exact: true }).check();
    await admin.getByLabel(tr('en', 'plans.form.findPerson'), { exact: true }).fill(excluded.employeeId);
    await admin.getByRole('button', { name: tr('en', 'plans.form.lookUp') }).click();
    const excludedLabel = `Excluded Tehsildar (${excluded.employeeId})`;
    await admin.getByRole('button', { name: tr('en', 'plans.form.excludePerson', { name: excludedLabel }) }).click();
    await admin.getByTestId('audience-exclude').getByText(excludedLabel).waitFor();
    await admin.getByRole('button', { name: tr('en', 'plans.form.preview') }).click();
    await admin.getByText(trPattern('en', 'plans.form.previewCount_other')).first().waitFor();
    await admin.getByLabel(tr('en', 'plans.form.days'), { exact: true }).fill('30');
    await admin.getByLabel(tr('en', 'plans.form.findCourse'), { exact: true }).fill('Flood preparedness');
    await admin.getByRole('button', { name: tr('en', 'plans.form.search') }).click();
    await admin.getByRole('button', { name: tr('en', 'plans.form.addCourse', { name: 'Flood preparedness for Tehsildars' }) }).click();
    await admin.getByTestId('requirement-courses-1').getByText('Flood preparedness for Tehsildars').waitFor();
    await checkPage(admin, '/admin/plans/new filled (en)');
    await admin.getByRole('button', { name: tr('en', 'plans.form.save') }).click();

    await admin.getByRole('heading', { level: 1, name: 'Flood preparedness for Tehsildars' }).waitFor();
    const planId = new URL(admin.url()).pathname.split('/').pop() ?? '';
    // The saved audience: both groups and the exclusion, as the API gives them back and as the page words them.
    const saved = await admin.evaluate(async (id) => (await (await fetch(`/api/admin/plans/${id}`)).json()) as { audience: { mode: string; groups: { designationIds?: string[]; orgIds?: string[] }[]; excludeUserIds: string[]; includeUserIds: string[] } }, planId);
    const tehsildar = await ctx.db.selectFrom('designations').select('id').where('code', '=', 'TEHSILDAR').executeTakeFirstOrThrow();
    const board = await ctx.db.selectFrom('orgs').select('id').where('code', '=', 'UP-REV-BOR').executeTakeFirstOrThrow();
    expect(saved.audience.mode).toBe('criteria');
    expect(saved.audience.groups).toEqual([{ designationIds: [tehsildar.id] }, { orgIds: [board.id] }]);
    expect(saved.audience.excludeUserIds).toEqual([excluded.id]);
    expect(saved.audience.includeUserIds).toEqual([]);
    const groupsList = admin.getByTestId('plan-audience-groups');
    await groupsList.getByText(/Tehsildar/).waitFor();
    await groupsList.getByText(/Board of Revenue/).waitFor();
    await admin.getByRole('button', { name: tr('en', 'plans.admin.publish') }).click();
    // Publishing asks first (issue 19): the count and the deadline, then the confirmation.
    await admin.getByRole('dialog').getByRole('button', { name: trPattern('en', 'plans.publish.confirm_other') }).click();
    await admin.getByText(tr('en', 'plans.status.live'), { exact: true }).waitFor();
    await admin.getByTestId('plan-counts').getByText(tr('en', 'plans.bucket.pending')).waitFor();
    await checkPage(admin, '/admin/plans/$id (en)');

    // The matching learner sees the plan with its due date, 30 days from today; the Lekhpal does not.
    const page = await env.newPage();
    await signIn(page, learner.email, TEST_PASSWORD);
    const upcoming = page.getByTestId('plans-upcoming');
    await upcoming.getByText('Flood preparedness for Tehsildars').first().waitFor({ timeout: 20_000 });
    expect(await upcoming.innerText()).toContain(tr('en', 'plans.dueOn', { date: dueDate(30) }));
    await checkPage(page, 'home with a plan (en)');
    await upcoming.getByRole('link', { name: 'Flood preparedness for Tehsildars' }).click();
    await page.waitForURL((url) => url.pathname === `/courses/${course.courseId}`);

    await page.goto('/');
    await completeFromPage(page, course.courseId, course.lessons[0]?.key ?? '');
    await page.getByTestId('home-plans').waitFor();
    await expectEventually(page, async () => {
      await page.reload();
      const done = page.getByTestId('plans-completed');
      await done.waitFor({ timeout: 3000 });
      return (await done.innerText()).includes(tr('en', 'plans.status.completed_on_time'));
    });
    await checkPage(page, 'home with a completed plan (en)');

    // Once the go-live sweep is done: the Tehsildar and the Board officer are assigned; the excluded Tehsildar and the
    // Lekhpal are not.
    await expectEventually(page, async () => {
      const plan = await ctx.db.selectFrom('plans').select('sweep_status').where('id', '=', planId).executeTakeFirstOrThrow();
      return plan.sweep_status === 'done';
    });
    const assigned = await ctx.db
      .selectFrom('plan_assignments')
      .select('user_id')
      .where('plan_id', '=', planId)
      .where('user_id', 'in', [learner.id, boardOfficer.id, excluded.id, other.id])
      .execute();
    expect(assigned.map((a) => a.user_id).sort()).toEqual([learner.id, boardOfficer.id].sort());

    const lekhpal = await env.newPage();
    await signIn(lekhpal, other.email, TEST_PASSWORD);
    await lekhpal.getByText(tr('en', 'plans.home.none')).waitFor();

    // The admin's drill-down: the learner completed on time; their page shows the requirement and history.
    await admin.reload();
    await admin.getByRole('button', { name: tr('en', 'plans.bucket.completed_on_time') }).click();
    await admin.getByTestId('plan-people').getByRole('link', { name: 'Mohan Lal' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Mohan Lal' }).waitFor();
    await admin.getByRole('heading', { name: tr('en', 'plans.person.grant') }).waitFor();
    await checkPage(admin, '/plans/$planId/people/$userId (en)');
    await admin.goto('/admin/hrms');
    await admin.getByRole('heading', { level: 1, name: tr('en', 'plans.hrms.title') }).waitFor();
    await admin.getByLabel(tr('en', 'plans.hrms.tokenName'), { exact: true }).fill('Manav Sampada');
    await admin.getByRole('button', { name: tr('en', 'plans.hrms.createToken') }).click();
    await admin.getByText(tr('en', 'plans.hrms.showOnce')).waitFor();
    await checkPage(admin, '/admin/hrms (en)');
  });

  it('the plan pages in Hindi, and a compliance statement verified from its number', async () => {
    const sw = await env.newPage();
    await signIn(sw, 'nodal.sw@up.gov.in', DEMO_PASSWORD);
    await sw.goto('/admin/plans');
    await waitForLang(sw, 'hi');
    await sw.getByRole('heading', { level: 1, name: tr('hi', 'plans.admin.title') }).waitFor();
    await checkPage(sw, '/admin/plans (hi)');
    await sw.goto('/admin/plans/new');
    await sw.getByRole('heading', { level: 1, name: tr('hi', 'plans.form.title') }).waitFor();
    await sw.getByLabel(tr('hi', 'plans.form.audience_criteria'), { exact: true }).check();
    await sw.getByRole('button', { name: tr('hi', 'plans.form.addGroup') }).click();
    await sw.getByTestId('audience-group-1').getByLabel(tr('hi', 'plans.group.A'), { exact: true }).check();
    await sw.getByRole('button', { name: tr('hi', 'plans.form.save') }).click();
    // A refused draft: the server's problems in Hindi, next to the fields (the empty group 1, not group 2).
    await sw.getByText(tr('hi', 'plans.form.requirementN', { n: 1 })).waitFor();
    await sw.getByRole('alert').first().waitFor();
    expect(await bodyText(sw)).toContain('प्रशिक्षण योजना पूरी या सुसंगत नहीं है');
    await sw.getByTestId('audience-group-0').getByRole('alert').waitFor();
    expect(await sw.getByTestId('audience-group-1').getByRole('alert').count()).toBe(0);
    await checkPage(sw, '/admin/plans/new with problems (hi)');
    await sw.goto('/admin/hrms');
    await sw.getByRole('heading', { level: 1, name: tr('hi', 'plans.hrms.title') }).waitFor();
    await checkPage(sw, '/admin/hrms (hi)');

    const { ctx } = env.t;
    const learner = await makeUser(ctx, { org: 'UP-SW-LKO', language: 'hi', name: 'Rekha Pal' });
    const page = await env.newPage();
    await signIn(page, learner.email, TEST_PASSWORD);
    await waitForLang(page, 'hi');
    const pdf = await page.evaluate(async () => (await fetch('/api/me/compliance/statement.pdf')).status);
    expect(pdf).toBe(200);
    const row = await ctx.db.selectFrom('compliance_statements').select('number').where('user_id', '=', learner.id).executeTakeFirstOrThrow();
    await page.goto(`/verify/compliance/${row.number}`);
    await page.getByRole('heading', { level: 1, name: tr('hi', 'plans.verify.title') }).waitFor();
    await page.getByText(tr('hi', 'plans.verify.valid')).waitFor();
    await page.getByText(trPattern('hi', 'plans.outcome.not_applicable')).first().waitFor();
    await checkPage(page, '/verify/compliance/$number (hi)');
  });
});

/** Retries a check until it passes (the plan completes through the outbox and a job). */
async function expectEventually(page: Page, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not there yet
    }
    if (Date.now() > deadline) throw new Error(`condition not met in time on ${page.url()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
