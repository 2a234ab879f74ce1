import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv, type Lang } from './browser-harness';
import { waitForLang } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

/** Opens a page, waits for its <h1>, then runs axe and the 360 px overflow check. */
async function visit(page: Page, url: string, lang: Lang, titleKey: string, params: Record<string, string> = {}, ready?: (p: Page) => Promise<unknown>) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: tr(lang, titleKey, params) }).waitFor();
  if (ready) await ready(page);
  await checkPage(page, `${url} (${lang})`);
}

describe('every main page passes axe at 360 px', () => {
  it('public pages: home, sign-in, register, forgot-password, dev outbox', async () => {
    const page = await env.newPage();
    await visit(page, '/', 'en', 'home.welcomeTitle');
    await visit(page, '/sign-in', 'en', 'signIn.title');
    await visit(page, '/register', 'en', 'register.title', {}, (p) => p.getByLabel(tr('en', 'orgPicker.search'), { exact: true }).waitFor());
    await visit(page, '/forgot-password', 'en', 'reset.title');
    await visit(page, '/dev/outbox', 'en', 'outbox.title');
  });

  it('a learner’s profile (signed in)', async () => {
    const page = await env.newPage();
    await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    await visit(page, '/', 'en', 'home.greeting', { name: 'Ramesh Yadav' });
    await visit(page, '/profile', 'en', 'profile.title', {}, (p) => p.getByText('REV-1042').first().waitFor());
  });

  it('the MDO admin’s approvals, users and import pages (signed in, Hindi account)', async () => {
    const page = await env.newPage();
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD);
    await page.goto('/admin');
    await waitForLang(page, 'hi'); // the admin's account language
    await visit(page, '/admin/approvals', 'hi', 'admin.approvals.title', {}, (p) => p.getByText(tr('hi', 'admin.approvals.empty')).waitFor());
    await visit(page, '/admin/users', 'hi', 'admin.users.title', {}, (p) => p.getByText('SW-0001').first().waitFor());
    await visit(page, '/admin/import', 'hi', 'admin.import.title');
  });
});
