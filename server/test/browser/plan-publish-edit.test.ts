import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { makeUser, TEST_PASSWORD } from '../factories';
import { makePublishedCourse } from '../course-factories';

/*
 * Issue 19 (2, 3) at 360 px: publishing a plan asks first, stating how many people it assigns and the deadline
 * (cancelling publishes nothing); the people assigned find the notice on their home page; a draft's title is edited
 * and a live plan's deadline extended from the web app, with what the change does said before it is saved; an admin
 * records a reporting officer. axe runs on every new screen.
 */

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

/** Today + days in India as YYYY-MM-DD, and as the app shows it (DD-MM-YYYY). */
function dayFromNow(days: number): { iso: string; shown: string } {
  const iso = new Date(Date.now() + 330 * 60_000 + days * 86_400_000).toISOString().slice(0, 10);
  return { iso, shown: iso.split('-').reverse().join('-') };
}

/** A JSON call from the signed-in page, with the CSRF header. */
async function call(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = document.cookie.split('; ').find((c) => c.startsWith('ksh_csrf='))?.split('=')[1] ?? '';
      const res = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
    },
    { method, url, body },
  );
}

describe('publishing and editing training plans in the browser', () => {
  it('publish asks with the count and the deadline; the learner is told; a draft and a live plan are edited from the UI', async () => {
    const { ctx } = env.t;
    const course = await makePublishedCourse(ctx, { titleEn: 'Revenue records basics', titleHi: 'राजस्व अभिलेख की मूल बातें', lessons: [{ type: 'html' }] });
    const admin = await makeUser(ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }], name: 'Revenue Nodal Officer' });
    const learner = await makeUser(ctx, { org: 'UP-REV-GKP-SADAR', name: 'Sita Devi' });
    const second = await makeUser(ctx, { org: 'UP-REV-GKP-SADAR', name: 'Ram Prasad' });
    const officer = await makeUser(ctx, { org: 'UP-REV-GKP', name: 'Kamla Officer' });
    const ownerId = (await ctx.db.selectFrom('orgs').select('id').where('code', '=', 'UP-REV').executeTakeFirstOrThrow()).id;
    const due = dayFromNow(60);
    const later = dayFromNow(90);

    const page = await env.newPage();
    await signIn(page, admin.email, TEST_PASSWORD);
    const draft = await call(page, 'POST', '/api/admin/plans', {
      ownerOrgId: ownerId,
      name: { en: 'Records plan draft', hi: 'अभिलेख योजना' },
      audience: { mode: 'criteria', groups: [], includeUserIds: [learner.id, second.id] },
      deadline: { kind: 'fixed', date: due.iso },
      requirements: [{ kind: 'courses', courseIds: [course.courseId] }],
    });
    expect(draft.status).toBe(201);
    const planId = String(draft.body.id);

    // Editing the draft: the creation form, prefilled, saved with PUT.
    await page.goto(`/admin/plans/${planId}`);
    await page.getByRole('heading', { level: 1, name: 'Records plan draft' }).waitFor();
    await page.getByRole('link', { name: tr('en', 'plans.edit.action') }).click();
    await page.getByRole('heading', { level: 1, name: tr('en', 'plans.edit.title', { name: 'Records plan draft' }) }).waitFor();
    const nameField = page.getByLabel(tr('en', 'plans.form.nameEn'), { exact: true });
    expect(await nameField.inputValue()).toBe('Records plan draft');
    expect(await page.getByLabel(tr('en', 'plans.form.date'), { exact: true }).inputValue()).toBe(due.iso);
    await page.getByTestId('audience-include').getByText(/Sita Devi/).waitFor();
    await checkPage(page, '/admin/plans/$id/edit draft (en)');
    await nameField.fill('Land records plan');
    await page.getByRole('button', { name: tr('en', 'plans.edit.save') }).click();
    await page.getByRole('heading', { level: 1, name: 'Land records plan' }).waitFor();

    // Publishing asks first, with the number of people and the deadline; cancelling publishes nothing.
    await page.getByRole('button', { name: tr('en', 'plans.admin.publish') }).click();
    const dialog = page.getByRole('dialog', { name: tr('en', 'plans.publish.title', { name: 'Land records plan' }) });
    await dialog.getByText(tr('en', 'plans.publish.count_other', { n: 2 })).waitFor();
    await dialog.getByText(tr('en', 'plans.publish.dueDate', { date: due.shown })).waitFor();
    await checkPage(page, 'publish confirmation (en)');
    await dialog.getByRole('button', { name: tr('en', 'common.cancel') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await call(page, 'GET', `/api/admin/plans/${planId}`)).body.status).toBe('draft');

    await page.getByRole('button', { name: tr('en', 'plans.admin.publish') }).click();
    await dialog.getByRole('button', { name: tr('en', 'plans.publish.confirm_other', { n: 2 }) }).click();
    await page.getByText(tr('en', 'plans.status.live'), { exact: true }).waitFor();
    expect((await call(page, 'GET', `/api/admin/plans/${planId}`)).body.status).toBe('live');

    // The assigned learner finds the notice on their home page, with the plan and its deadline.
    const home = await env.newPage();
    await signIn(home, learner.email, TEST_PASSWORD);
    await expect.poll(async () => {
      await home.reload();
      return home.getByText(new RegExp(`Land records plan.*${due.shown}`)).count();
    }, { timeout: 30_000, interval: 1000 }).toBeGreaterThan(0);
    await checkPage(home, 'home with the assignment notice (en)');

    // The live plan: a later deadline, with what it does to the people assigned said before saving.
    await page.getByRole('link', { name: tr('en', 'plans.change.action') }).click();
    await page.getByRole('heading', { level: 1, name: tr('en', 'plans.change.title', { name: 'Land records plan' }) }).waitFor();
    await checkPage(page, '/admin/plans/$id/edit live (en)');
    await page.getByLabel(tr('en', 'plans.change.newDate'), { exact: true }).fill(later.iso);
    await page.getByRole('button', { name: tr('en', 'plans.change.review') }).click();
    const confirm = page.getByRole('dialog', { name: tr('en', 'plans.change.confirmTitle') });
    await confirm.getByText(tr('en', 'plans.change.deadlineMovesTo_other', { n: 2, date: later.shown })).waitFor();
    await checkPage(page, 'live change confirmation (en)');
    await confirm.getByRole('button', { name: tr('en', 'plans.change.save') }).click();
    await page.getByRole('heading', { level: 1, name: 'Land records plan' }).waitFor();
    await page.getByText(tr('en', 'plans.deadline.fixedOn', { date: later.shown })).waitFor();
    const cycles = await ctx.db.selectFrom('plan_cycles').select('due_at').where('plan_id', '=', planId).execute();
    expect(cycles.map((c) => new Date(c.due_at).toISOString())).toEqual([`${later.iso}T18:30:00.000Z`, `${later.iso}T18:30:00.000Z`]);

    // The reporting officer, recorded on the person's admin page.
    await page.goto(`/admin/users/${learner.id}`);
    await page.getByRole('heading', { name: tr('en', 'plans.officer.title') }).waitFor();
    await page.getByText(tr('en', 'plans.officer.none')).waitFor();
    await page.getByLabel(tr('en', 'plans.officer.search'), { exact: true }).fill(officer.employeeId);
    await page.getByRole('search', { name: tr('en', 'plans.officer.find') }).getByRole('button', { name: tr('en', 'plans.form.lookUp') }).click();
    const label = `Kamla Officer (${officer.employeeId})`;
    await page.getByRole('button', { name: tr('en', 'plans.officer.choose', { name: label }) }).click();
    await page.getByTestId('reporting-officer-current').getByText(tr('en', 'plans.officer.current', { name: label })).waitFor();
    await checkPage(page, '/admin/users/$id with a reporting officer (en)');
    const row = await ctx.db.selectFrom('plan_reporting_officers').select('officer_id').where('user_id', '=', learner.id).executeTakeFirstOrThrow();
    expect(row.officer_id).toBe(officer.id);
  });
});
