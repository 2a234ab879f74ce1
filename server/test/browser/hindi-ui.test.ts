import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { openMenu, serverMessage, waitForLang } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

const DEVANAGARI = /[\u0900-\u097F]/;

describe('journey: the Hindi UI', () => {
  it('switches to हिन्दी: Hindi labels, <html lang="hi">, a server error in Hindi, and axe still passes', async () => {
    const page = await env.newPage({ locale: 'en-IN' });
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: tr('en', 'signIn.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The switch in the header shows its target language as visible text.
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'हिन्दी' }).click();
    await waitForLang(page, 'hi');

    const heading = page.getByRole('heading', { level: 1, name: tr('hi', 'signIn.title') });
    await heading.waitFor();
    expect(await heading.innerText()).toMatch(DEVANAGARI);
    const identifier = page.getByLabel(tr('hi', 'signIn.identifier'), { exact: true });
    const password = page.getByLabel(tr('hi', 'fields.password'), { exact: true });
    await identifier.waitFor();
    expect(tr('hi', 'signIn.identifier')).toMatch(DEVANAGARI);
    expect(tr('hi', 'fields.password')).toMatch(DEVANAGARI);
    await checkPage(page, 'sign-in (hi)');

    // A refusal from the server arrives in Hindi.
    await identifier.fill('nobody.here@up.gov.in');
    await password.fill('Wrong-pass-2026');
    await page.getByRole('button', { name: tr('hi', 'signIn.submit') }).click();
    const alert = page.getByRole('alert').filter({ hasText: serverMessage('INVALID_CREDENTIALS', 'hi') });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(DEVANAGARI);
    await checkPage(page, 'sign-in error (hi)');

    // The choice is remembered on reload, and the other pages follow it.
    await page.reload();
    await heading.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: tr('hi', 'register.title') }).waitFor();
    await page.getByLabel(tr('hi', 'fields.employeeId'), { exact: true }).waitFor();
    await checkPage(page, 'register (hi)');
  });

  it('after signing in (no reload), the header follows the account: its Hindi language and the admin links', async () => {
    const page = await env.newPage({ locale: 'en-IN' });
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD); // Priya Verma's account language is Hindi
    await waitForLang(page, 'hi');
    await page.getByRole('heading', { level: 1, name: tr('hi', 'home.greeting', { name: 'प्रिया वर्मा' }) }).waitFor();
    const header = page.getByRole('banner');
    await openMenu(page); // at 360 px the links are behind the header's menu button
    await header.getByRole('link', { name: tr('hi', 'nav.admin'), exact: true }).waitFor();
    await header.getByRole('button', { name: tr('hi', 'nav.signOut'), exact: true }).waitFor();
    expect(await header.getByRole('link', { name: tr('hi', 'nav.signIn'), exact: true }).count()).toBe(0);
  });
});
