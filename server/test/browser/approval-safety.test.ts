import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv, type Lang } from './browser-harness';
import { waitForLang } from './flows';
import { makeUser, TEST_PASSWORD } from '../factories';

// Issue 19, item 1: a double tap on Approve approved two people. Now a decision names the person, offers Undo for a
// few seconds, the list does not move under the finger and a second tap of the same gesture does nothing.
let env: BrowserEnv;
const people: Record<'vijay' | 'sunita' | 'ramesh', { id: string; name: string }> = {
  vijay: { id: '', name: 'Vijay Gupta' },
  sunita: { id: '', name: 'Sunita Verma' },
  ramesh: { id: '', name: 'Ramesh Yadav' },
};
let enAdminEmail = '';

beforeAll(async () => {
  env = await startBrowserEnv();
  const { db } = env.t.ctx;
  // Registered long ago, so they head the queue (oldest first) before any demo registration.
  let minute = 0;
  for (const p of Object.values(people)) {
    // Ramesh registered with a personal address: his card must say so instead of calling it official.
    const email = p === people.ramesh ? `ramesh.yadav.${Date.now()}@gmail.com` : undefined;
    const u = await makeUser(env.t.ctx, { org: 'UP-SW-LKO', status: 'pending_approval', name: p.name, email });
    p.id = u.id;
    minute += 1;
    await sql`UPDATE users SET created_at = ${new Date(Date.UTC(2020, 0, 1, 0, minute))} WHERE id = ${u.id}`.execute(db);
  }
  await db.updateTable('users').set({ full_name_hi: 'विजय गुप्ता' }).where('id', '=', people.vijay.id).execute();
  enAdminEmail = (await makeUser(env.t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }], language: 'en' })).email;
}, 120_000);
afterAll(async () => {
  await env?.close();
});

async function statusOf(id: string): Promise<string> {
  return (await env.t.ctx.db.selectFrom('users').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}

async function decisionsOf(ids: string[]) {
  return env.t.ctx.db.selectFrom('registration_decisions').select(['user_id', 'decision', 'undone_at']).where('user_id', 'in', ids).execute();
}

function cardOf(page: Page, name: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function openQueue(page: Page, lang: Lang): Promise<void> {
  await page.goto('/admin/approvals');
  await waitForLang(page, lang);
  await page.getByRole('heading', { level: 1, name: tr(lang, 'admin.approvals.title') }).waitFor();
  await cardOf(page, people.ramesh.name).waitFor();
}

async function top(l: Locator): Promise<number> {
  const box = await l.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.y;
}

describe('approving from the queue at 360 px', () => {
  it('a double tap approves exactly one person, names them, keeps the list still, and Undo puts them back (en)', async () => {
    const page = await env.newPage();
    await signIn(page, enAdminEmail, TEST_PASSWORD);
    await openQueue(page, 'en');
    const first = cardOf(page, people.vijay.name);
    const second = cardOf(page, people.sunita.name);
    // The queue is oldest first: Vijay, then Sunita right below.
    const names = await page.getByRole('listitem').getByRole('heading', { level: 2 }).allInnerTexts();
    expect(names.slice(0, 3)).toEqual([people.vijay.name, people.sunita.name, people.ramesh.name]);
    await first.getByText(tr('en', 'admin.emailOfficial'), { exact: true }).waitFor();
    await cardOf(page, people.ramesh.name).getByText(tr('en', 'admin.emailPersonal'), { exact: true }).waitFor();
    const firstHeight = (await first.boundingBox())?.height ?? 0;
    const secondTop = await top(second);

    await first.getByRole('button', { name: tr('en', 'admin.approve'), exact: true }).dblclick();
    const status = first.getByRole('status');
    await status.filter({ hasText: tr('en', 'admin.decision.registration.approved', { name: people.vijay.name }) }).waitFor();
    // Let the queue refetch: the decided card stays, at its height, and the next card has not moved.
    await page.waitForLoadState('networkidle');
    expect(await top(second)).toBeCloseTo(secondTop, 0);
    expect((await first.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(firstHeight - 1);
    await second.getByRole('button', { name: tr('en', 'admin.approve'), exact: true }).waitFor();

    expect(await statusOf(people.vijay.id)).toBe('active');
    expect(await statusOf(people.sunita.id)).toBe('pending_approval');
    expect(await statusOf(people.ramesh.id)).toBe('pending_approval');
    expect(await decisionsOf(Object.values(people).map((p) => p.id))).toHaveLength(1);

    // Undo, within the window (it ignores taps in the first moments, which belong to the gesture that decided).
    const undo = first.getByRole('button', { name: tr('en', 'admin.decision.undo'), exact: true });
    await undo.waitFor();
    await page.waitForTimeout(800);
    await undo.click();
    await status.filter({ hasText: tr('en', 'admin.decision.registration.undone', { name: people.vijay.name }) }).waitFor();
    await first.getByRole('button', { name: tr('en', 'admin.approve'), exact: true }).waitFor();
    expect(await statusOf(people.vijay.id)).toBe('pending_approval');
    expect(await top(second)).toBeCloseTo(secondTop, 0);
    await checkPage(page, 'approvals after undo (en)');
  }, 120_000);

  it('two taps with the screen updating between them still approve one person; after the window the decision is final and the person is told', async () => {
    const page = await env.newPage();
    await signIn(page, enAdminEmail, TEST_PASSWORD);
    await openQueue(page, 'en');
    const first = cardOf(page, people.sunita.name);
    const approve = first.getByRole('button', { name: tr('en', 'admin.approve'), exact: true });
    await approve.scrollIntoViewIfNeeded();
    const box = await approve.boundingBox();
    if (!box) throw new Error('Approve not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    await first.getByRole('status').filter({ hasText: tr('en', 'admin.decision.registration.approved', { name: people.sunita.name }) }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.mouse.click(x, y);
    await page.waitForLoadState('networkidle');
    await checkPage(page, 'approvals after a decision (en)');
    expect(await statusOf(people.sunita.id)).toBe('active');
    expect(await statusOf(people.ramesh.id)).toBe('pending_approval');
    expect(await statusOf(people.vijay.id)).toBe('pending_approval');

    // The window closes: no Undo any more, the card says the decision is final, and the applicant's message goes out.
    await first.getByText(tr('en', 'admin.decision.final')).waitFor({ timeout: 20_000 });
    expect(await first.getByRole('button', { name: tr('en', 'admin.decision.undo') }).count()).toBe(0);
    const told = async () =>
      env.t.ctx.db.selectFrom('messages').select('id').where('user_id', '=', people.sunita.id).where('template', '=', 'registration_approved').execute();
    for (let i = 0; i < 50 && (await told()).length === 0; i++) await page.waitForTimeout(200);
    expect((await told()).length).toBeGreaterThan(0);
    const late = await page.request.post(`/api/admin/registrations/${people.sunita.id}/undo`, {
      headers: { 'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'ksh_csrf')?.value ?? '' },
    });
    expect(late.status()).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('UNDO_WINDOW_PASSED');
  }, 120_000);

  it('names the person in Hindi, with Undo, and a rejection too (hi)', async () => {
    const page = await env.newPage();
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD);
    await openQueue(page, 'hi');
    const vijay = cardOf(page, people.vijay.name);
    await vijay.getByRole('button', { name: tr('hi', 'admin.approve'), exact: true }).dblclick();
    await vijay.getByRole('status').filter({ hasText: tr('hi', 'admin.decision.registration.approved', { name: 'विजय गुप्ता' }) }).waitFor();
    expect(await statusOf(people.vijay.id)).toBe('active');
    expect(await statusOf(people.ramesh.id)).toBe('pending_approval');
    await page.waitForTimeout(800);
    await vijay.getByRole('button', { name: tr('hi', 'admin.decision.undo'), exact: true }).click();
    await vijay.getByRole('status').filter({ hasText: tr('hi', 'admin.decision.registration.undone', { name: 'विजय गुप्ता' }) }).waitFor();
    expect(await statusOf(people.vijay.id)).toBe('pending_approval');
    await checkPage(page, 'approvals after undo (hi)');

    const ramesh = cardOf(page, people.ramesh.name);
    await ramesh.getByRole('button', { name: tr('hi', 'admin.reject'), exact: true }).click();
    await ramesh.getByLabel(tr('hi', 'admin.reason')).fill('विभाग की सूची में नाम नहीं है');
    await ramesh.getByRole('button', { name: tr('hi', 'admin.confirmReject'), exact: true }).dblclick();
    await ramesh.getByRole('status').filter({ hasText: tr('hi', 'admin.decision.registration.rejected', { name: people.ramesh.name }) }).waitFor();
    expect(await statusOf(people.ramesh.id)).toBe('rejected');
    expect(await statusOf(people.vijay.id)).toBe('pending_approval');
    expect((await decisionsOf([people.ramesh.id])).length).toBe(1);
    await checkPage(page, 'approvals after a rejection (hi)');
  }, 120_000);
});
