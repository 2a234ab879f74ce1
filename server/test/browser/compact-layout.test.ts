import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCourses } from '../../src/demo/courses.seed';
import { POSH_2013 } from '../../src/demo/courses/POSH-2013';
import { makeUser, orgId } from '../factories';
import { checkA11y, checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, trPattern, type BrowserEnv, type Lang } from './browser-harness';
import { waitForLang } from './flows';
import { demoLessons, lessonPath, questionFieldsets, startAttempt } from './learning-flows';

/* Issue 19 (layout): at 360×740 the header is one compact row with a menu, section menus are one row, quiz prompts
   wrap inside their box, the catalog's filters are a real disclosure, and report tables and charts read well;
   at 1280×800 the links show inline and the reports use the width. */

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedDemoCourses(env.t.ctx);
}, 180_000);
afterAll(async () => {
  await env?.close();
});

const WIDE = { width: 1280, height: 800 } as const;
const LANGS: readonly Lang[] = ['en', 'hi'];
const FINAL = demoLessons(POSH_2013).find((l) => l.type === 'final_assessment');

const height = (l: Locator) => l.evaluate((el) => el.getBoundingClientRect().height);
const menuButton = (page: Page) => page.getByRole('banner').getByTestId('menu-button');
const mainNav = (page: Page, lang: Lang) => page.getByRole('navigation', { name: tr(lang, 'nav.label'), exact: true });
const focusedIn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

/** Signs in (the sign-in page in English) and waits for the account's language to apply. */
async function signInAs(page: Page, email: string, password: string, lang: Lang) {
  await signIn(page, email, password);
  await waitForLang(page, lang);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** The header at 360 px: one row, at most 64 px tall, the navigation hidden behind a closed menu button. */
async function expectCompactHeader(page: Page, lang: Lang) {
  expect(await height(page.getByRole('banner'))).toBeLessThanOrEqual(64);
  const button = menuButton(page);
  expect(await button.innerText()).toContain(tr(lang, 'nav.menu'));
  expect(await button.getAttribute('aria-expanded')).toBe('false');
  expect(await button.getAttribute('aria-controls')).toBe('site-nav');
  expect(await mainNav(page, lang).isVisible()).toBe(false);
  // The links stay in the page (the landmark is there for assistive tech once opened).
  expect(await page.locator('#site-nav a').count()).toBeGreaterThan(4);
}

/** Every question's prompt (legend) lies inside its box and shows in full; at 360 px at least one wraps. */
async function expectPromptsInside(page: Page, wraps: boolean) {
  const report = await questionFieldsets(page).evaluateAll((sets) =>
    sets.map((set) => {
      const legend = set.querySelector('legend');
      if (!legend) return { ok: false, lines: 0, text: 'no legend' };
      const box = set.getBoundingClientRect();
      const r = legend.getBoundingClientRect();
      const top = box.top + parseFloat(getComputedStyle(set).borderTopWidth);
      const inside = r.top >= top - 0.5 && r.bottom <= box.bottom + 0.5 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
      const shown = legend.scrollHeight <= legend.clientHeight + 1 && legend.scrollWidth <= legend.clientWidth + 1;
      return { ok: inside && shown, lines: r.height / parseFloat(getComputedStyle(legend).lineHeight), text: legend.textContent ?? '' };
    }),
  );
  expect(report.length).toBeGreaterThan(0);
  expect(report.filter((q) => !q.ok).map((q) => q.text)).toEqual([]);
  if (wraps) expect(Math.max(...report.map((q) => q.lines))).toBeGreaterThan(1.5);
}

describe('learner at 360 px and 1280 px', () => {
  for (const lang of LANGS) {
    it(`(${lang}) compact header with a keyboard menu, Filters disclosure, quiz prompts that wrap, inline links when wide`, async () => {
      const learner = await makeUser(env.t.ctx, { language: lang });
      const page = await env.newPage();
      await signInAs(page, learner.email, learner.password, lang);
      await page.reload(); // the first page keeps focus at the top, so the skip link comes first
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectCompactHeader(page, lang);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      await checkPage(page, `home, menu closed (${lang})`);

      // Keyboard: Enter opens, Tab goes into the links, Escape closes and gives focus back to the button.
      const button = menuButton(page);
      await button.focus();
      await page.keyboard.press('Enter');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      const nav = mainNav(page, lang);
      await nav.waitFor();
      await page.keyboard.press('Tab');
      expect(await focusedIn(page, '#site-nav')).toBe(true);
      const signOut = nav.getByRole('button', { name: tr(lang, 'nav.signOut'), exact: true });
      await signOut.scrollIntoViewIfNeeded();
      expect(await signOut.isVisible()).toBe(true);
      await checkPage(page, `home, menu open (${lang})`);
      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      expect(await focusedIn(page, '[data-testid="menu-button"]')).toBe(true);

      // A tap outside closes it; following a link closes it too.
      await page.keyboard.press('Space');
      await nav.waitFor();
      await page.mouse.click(4, 730);
      await nav.waitFor({ state: 'hidden' });
      await button.click();
      await nav.getByRole('link', { name: tr(lang, 'nav.courses'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/courses');
      await page.getByRole('heading', { level: 1, name: tr(lang, 'catalog.title') }).waitFor();
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);

      // Filters: a disclosure with a drawn open/closed marker, closed at first, opened and closed by keyboard.
      const details = page.locator('details.filter-more');
      const summary = page.locator('details.filter-more > summary');
      const isOpen = () => details.evaluate((d) => (d as HTMLDetailsElement).open);
      expect(await isOpen()).toBe(false);
      expect(await page.getByTestId('catalog-filters').isVisible()).toBe(false);
      expect(await summary.evaluate((s) => parseFloat(getComputedStyle(s, '::before').borderRightWidth))).toBeGreaterThan(0);
      await summary.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('catalog-filters').waitFor();
      expect(await isOpen()).toBe(true);
      await checkPage(page, `catalog, filters open (${lang})`);
      await page.keyboard.press('Enter');
      await page.getByTestId('catalog-filters').waitFor({ state: 'hidden' });
      // With filters in the address it stays closed and its label counts them.
      await page.goto('/courses?type=video&language=hi');
      await page.getByRole('heading', { level: 1, name: tr(lang, 'catalog.title') }).waitFor();
      await expect.poll(() => summary.innerText()).toMatch(trPattern(lang, 'catalog.filtersActive_other'));
      expect(await isOpen()).toBe(false);

      // Quiz prompts (long Hindi ones too) wrap inside their box.
      await page.goto(`/courses?q=${encodeURIComponent('पॉश')}`);
      await page.getByTestId('catalog-result').getByRole('link', { name: POSH_2013.title[lang] }).click();
      await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
      const courseId = new URL(page.url()).pathname.split('/').pop() ?? '';
      await page.getByTestId('course-enrol').click();
      await page.waitForURL((url) => url.pathname.includes('/learn/'));
      if (!FINAL) throw new Error('POSH 2013 has no final assessment');
      await page.goto(lessonPath(courseId, FINAL));
      await startAttempt(page, lang);
      await expectPromptsInside(page, true);
      await checkPage(page, `final assessment (${lang})`);

      // Wide: no menu button, the links inline and visible, the prompts still inside.
      await page.setViewportSize(WIDE);
      expect(await button.isVisible()).toBe(false);
      expect(await nav.getByRole('link', { name: tr(lang, 'nav.myLearning'), exact: true }).isVisible()).toBe(true);
      await expectPromptsInside(page, false);
      await checkA11y(page, `final assessment at 1280 px (${lang})`);
    }, 120_000);
  }
});

const ADMINS: Record<Lang, string> = { en: 'nodal.revenue@up.gov.in', hi: MDO_ADMIN_SW };

describe('MDO admin at 360 px', () => {
  for (const lang of LANGS) {
    it(`(${lang}) compact header and a one-row admin menu that scrolls sideways to the current page`, async () => {
      const page = await env.newPage();
      await signInAs(page, ADMINS[lang], DEMO_PASSWORD, lang);
      await page.goto('/admin/certificate-template');
      await page.getByRole('heading', { level: 1, name: tr(lang, 'certificates.template.title') }).waitFor();
      await expectCompactHeader(page, lang);
      const sub = page.getByRole('navigation', { name: tr(lang, 'admin.menu'), exact: true });
      expect(await height(sub)).toBeLessThanOrEqual(56);
      expect((await sub.boundingBox())?.y ?? 999).toBeLessThanOrEqual(64);
      const strip = sub.locator('ul');
      expect(await strip.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
      // The current page's link (the last one) has been scrolled into the strip's view.
      const current = sub.getByRole('link', { name: tr(lang, 'certificates.template.menu'), exact: true });
      const [stripBox, linkBox] = [await strip.boundingBox(), await current.boundingBox()];
      expect(linkBox && stripBox && linkBox.x >= stripBox.x && linkBox.x + linkBox.width <= stripBox.x + stripBox.width + 1).toBe(true);
      await checkPage(page, `admin certificate template (${lang})`);

      // The admin's main menu opens and offers Administration.
      await menuButton(page).click();
      await mainNav(page, lang).getByRole('link', { name: tr(lang, 'nav.admin'), exact: true }).waitFor();
      await page.keyboard.press('Escape');

      await page.setViewportSize(WIDE);
      expect(await current.isVisible()).toBe(true);
      expect(await sub.getByRole('link', { name: tr(lang, 'admin.approvals.title'), exact: true }).isVisible()).toBe(true);
      await checkA11y(page, `admin at 1280 px (${lang})`);
    }, 90_000);
  }
});

/** The page at 1280 px must not scroll sideways either. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
}

describe('reports at 360 px and 1280 px', () => {
  for (const lang of LANGS) {
    it(`(${lang}) one separator per breadcrumb step, a scrolling table with a pinned first column, the partial month named, the width used`, async () => {
      const page = await env.newPage();
      if (lang === 'en') {
        await signInAs(page, 'state.admin@up.gov.in', DEMO_PASSWORD, lang);
        await page.goto(`/reports?org=${await orgId(env.t.ctx, 'UP-MH')}`);
      } else {
        await signInAs(page, MDO_ADMIN_SW, DEMO_PASSWORD, lang);
        await page.goto('/reports');
      }
      // The scrolling region of the table (the section around it is a region of the same name).
      const children = page.getByRole('region', { name: tr(lang, 'reports.children.title'), exact: true }).and(page.locator('.table-wrap'));
      await children.waitFor();
      await expectCompactHeader(page, lang);

      // Breadcrumb: the separator is drawn once, by CSS, after every step but the current one.
      const crumbs = page.getByRole('navigation', { name: tr(lang, 'reports.dashboard.breadcrumb'), exact: true });
      const steps = await crumbs.locator('li').evaluateAll((lis) => lis.map((li) => ({ text: li.textContent ?? '', after: getComputedStyle(li, '::after').content })));
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(steps.filter((s) => s.text.includes('›'))).toEqual([]);
      expect(steps.slice(0, -1).every((s) => s.after === '"›"')).toBe(true);
      expect(steps.at(-1)?.after).toBe('none');
      expect(await crumbs.innerText()).not.toMatch(/›\s*›/);

      // The table keeps readable columns, scrolls inside its focusable region, and its first column stays put.
      expect(await children.getAttribute('tabindex')).toBe('0');
      expect(await children.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      const first = children.locator('tbody th').first();
      expect(await first.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
      await children.focus();
      await page.keyboard.press('ArrowRight'); // the region scrolls by keyboard
      await expect.poll(() => children.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await children.evaluate((el) => el.scrollTo({ left: 200 }));
      await expect.poll(() => children.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
      const regionBox = await children.boundingBox();
      const firstBox = await first.boundingBox();
      const nextBox = await children.locator('tbody td').first().boundingBox();
      if (!regionBox || !firstBox || !nextBox) throw new Error('the table has no layout');
      expect(Math.abs(firstBox.x - regionBox.x)).toBeLessThanOrEqual(2); // pinned at the left edge
      expect(nextBox.x).toBeLessThan(firstBox.x + firstBox.width - 10); // the figures slid under it

      // The chart names the month that is not over yet, and so does its table.
      const note = page.getByTestId('chart-partial');
      expect(await note.innerText()).toMatch(trPattern(lang, 'reports.chart.partial.m'));
      await page.getByText(tr(lang, 'reports.chart.table'), { exact: true }).click();
      const chartTable = page.getByRole('region', { name: tr(lang, 'reports.chart.title'), exact: true });
      expect(await chartTable.locator('tbody tr').last().locator('th').innerText()).toContain(`(${tr(lang, 'reports.chart.soFar')})`);
      expect(await chartTable.locator('tbody tr').first().locator('th').innerText()).not.toContain(`(${tr(lang, 'reports.chart.soFar')})`);
      await checkPage(page, `reports (${lang})`);

      // Wide: the main column uses the width and the table fits without scrolling.
      await page.setViewportSize(WIDE);
      expect((await page.getByRole('main').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(1100);
      await expect.poll(() => children.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await expectNoSidewaysScroll(page);
      await checkA11y(page, `reports at 1280 px (${lang})`);
    }, 90_000);
  }
});
