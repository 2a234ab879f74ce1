import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { waitForLang } from './flows';
import { seedDemoCourses } from '../../src/demo/courses.seed';
import { seedDemoPlans } from '../../src/demo/plans.seed';
import { seedDemoProgrammes } from '../../src/demo/programmes.seed';
import { notifyUser } from '../../src/modules/notifications';
import { templates } from '../../src/modules/notifications/notifications.templates';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  // The demo's courses (recommendations for Ramesh's post come from them), programmes and live plans (one has a
  // "courses tagged …" rule); the learners' generated activity is not needed here.
  await seedDemoCourses(env.t.ctx);
  await seedDemoProgrammes(env.t.ctx);
  await seedDemoPlans(env.t.ctx);
}, 300_000);
afterAll(async () => {
  await env?.close();
});

const DEVANAGARI = /[\u0900-\u097F]/;
const LATIN_WORD = /[A-Za-z]{3,}/;
const LEARNER = 'ramesh.yadav@up.gov.in';

/** Gives the demo learner an in-app notice written in English (his account language), as the platform would. */
async function englishNotice(): Promise<void> {
  const user = await env.t.ctx.db.selectFrom('users').select(['id', 'email', 'mobile', 'language', 'notification_prefs']).where('email', '=', LEARNER).executeTakeFirstOrThrow();
  expect(user.language).toBe('en');
  await env.t.ctx.db.transaction().execute((trx) => notifyUser(trx, user, 'password_changed', { name: 'Ramesh Yadav' }, { channels: ['inapp'] }));
}

/** Waits until every element of the locator has text matching the pattern (the view re-fetched in the new language). */
async function allMatch(items: Locator, pattern: RegExp): Promise<string[]> {
  let texts: string[] = [];
  await expect
    .poll(async () => {
      texts = await items.allInnerTexts();
      return texts.length > 0 && texts.every((x) => pattern.test(x)) ? 'all' : JSON.stringify(texts);
    }, { timeout: 15_000 })
    .toBe('all');
  return texts;
}

function sections(page: Page) {
  return {
    recommended: page.locator('section[aria-labelledby="recommended"]'),
    notifications: page.locator('section[aria-labelledby="home-notifications"]'),
    plans: page.getByTestId('plan-tile'),
  };
}

describe('journey: switching the language in the header, without a reload', () => {
  it('the home page follows at once: recommended courses and reasons, notices, plan rules with tag names, DD-MM-YYYY dates and local times', async () => {
    await englishNotice();
    const page = await env.newPage({ locale: 'en-IN' });
    await signIn(page, LEARNER, DEMO_PASSWORD);
    await waitForLang(page, 'en');
    const { recommended, notifications, plans } = sections(page);
    await recommended.getByRole('heading', { name: tr('en', 'recommendations.title') }).waitFor();
    const titlesEn = await allMatch(recommended.locator('ol > li > a'), LATIN_WORD);
    const reasonsEn = await allMatch(recommended.locator('ol > li > p.small'), LATIN_WORD);
    expect(reasonsEn.join(' ')).not.toMatch(DEVANAGARI);
    await notifications.getByText(templates.password_changed.subject.en, { exact: true }).waitFor();
    const ruleEn = plans.locator('ul.plain-list strong').filter({ hasText: /Cyber security/ }).first();
    await ruleEn.waitFor();
    expect(await ruleEn.innerText()).toContain('01-01-2026');
    expect(await ruleEn.innerText()).not.toContain('cyber-security');
    const whenEn = await notifications.locator('p.muted.small').first().innerText();
    expect(whenEn).toMatch(/^\d{2}-\d{2}-\d{4}, \d{1,2}:\d{2} (am|pm)$/i);

    // Switch to Hindi in the header: no reload, and every part of the page follows.
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'हिन्दी' }).click();
    await waitForLang(page, 'hi');
    await recommended.getByRole('heading', { name: tr('hi', 'recommendations.title') }).waitFor();
    const titlesHi = await allMatch(recommended.locator('ol > li > a'), DEVANAGARI);
    expect(titlesHi).toHaveLength(titlesEn.length);
    const reasonsHi = await allMatch(recommended.locator('ol > li > p.small'), DEVANAGARI);
    expect(reasonsHi.join(' ')).not.toMatch(/Builds|level/);
    await notifications.getByText(templates.password_changed.subject.hi, { exact: true }).waitFor();
    expect(await notifications.innerText()).not.toContain(templates.password_changed.subject.en);
    const ruleHi = plans.locator('ul.plain-list strong').filter({ hasText: /साइबर सुरक्षा/ }).first();
    await ruleHi.waitFor();
    expect(await ruleHi.innerText()).toContain('01-01-2026');
    expect(await ruleHi.innerText()).not.toMatch(/cyber-security|2026-01-01|टैग वाले/);
    const whenHi = await notifications.locator('p.muted.small').first().innerText();
    expect(whenHi).toMatch(/^\d{2}-\d{2}-\d{4}, /);
    expect(whenHi).not.toMatch(/am|pm/i);
    expect(whenHi).toMatch(/(सुबह|दोपहर|शाम|रात)/);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await checkPage(page, 'home after switching to Hindi');

    // And back to English: the cached English answers show again, still without a reload.
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'English' }).click();
    await waitForLang(page, 'en');
    expect(await allMatch(recommended.locator('ol > li > a'), LATIN_WORD)).toEqual(titlesEn);
    await notifications.getByText(templates.password_changed.subject.en, { exact: true }).waitFor();
    await plans.locator('ul.plain-list strong').filter({ hasText: /Cyber security/ }).first().waitFor();
    await checkPage(page, 'home after switching back to English');
  });

  it('the saved choice follows the account: after a reload the page is still in Hindi (server answers included)', async () => {
    await env.t.ctx.db.updateTable('users').set({ language: 'en' }).where('email', '=', LEARNER).execute();
    const page = await env.newPage({ locale: 'en-IN' });
    await signIn(page, LEARNER, DEMO_PASSWORD);
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'हिन्दी' }).click();
    await waitForLang(page, 'hi');
    const { recommended } = sections(page);
    await allMatch(recommended.locator('ol > li > a'), DEVANAGARI);
    await page.reload();
    await waitForLang(page, 'hi');
    await allMatch(recommended.locator('ol > li > a'), DEVANAGARI);
    // Leave the demo account as it was for the other tests.
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'English' }).click();
    await waitForLang(page, 'en');
    await expect.poll(async () => (await env.t.ctx.db.selectFrom('users').select('language').where('email', '=', LEARNER).executeTakeFirstOrThrow()).language).toBe('en');
  });
});
