import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { waitForLang } from './flows';
import { seedDemoCourses } from '../../src/demo/courses.seed';

// Issue 19, item 4: the first view of sign-in and of the catalog loads only what it needs — at most 200 KB of
// gzipped JS, one language's strings (the other arrives on a switch) — and a hashed asset is never fetched twice.
const JS_BUDGET_BYTES = 200 * 1024;
let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedDemoCourses(env.t.ctx);
}, 120_000);
afterAll(async () => {
  await env?.close();
});

interface Loaded {
  url: string;
  bytes: number;
}

/** Records every script the page fetches, with its bytes on the wire (compressed; 0 when served from the cache). */
async function recordScripts(page: Page): Promise<Loaded[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const scripts: Loaded[] = [];
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') urls.set(e.requestId, new URL(e.response.url).pathname);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url) scripts.push({ url, bytes: e.encodedDataLength });
  });
  return scripts;
}

/** Empties the browser's HTTP cache, for a true first view. */
async function clearCache(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
}

const stringChunks = (scripts: Loaded[]) => scripts.map((s) => /\/assets\/(en|hi)-[\w-]+\.js$/.exec(s.url)?.[1]).filter(Boolean);
const total = (scripts: Loaded[]) => scripts.reduce((sum, s) => sum + s.bytes, 0);

describe('first view', () => {
  it('sign-in: under the JS budget, English strings only; switching fetches the Hindi ones once', async () => {
    const page = await env.newPage({ locale: 'en-IN' });
    const scripts = await recordScripts(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: tr('en', 'signIn.submit'), exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(total(scripts)).toBeGreaterThan(0);
    expect(total(scripts)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(stringChunks(scripts)).toEqual(['en']);
    // A few scripts, not dozens: on a 300 ms line each extra round trip of small chunks costs more than its bytes.
    expect(scripts.length).toBeLessThanOrEqual(6);
    // The shell asked for this language's strings before the main script ran.
    expect(await page.locator('link[rel="modulepreload"][href*="/assets/en-"]').count()).toBe(1);

    await page.getByRole('banner').getByRole('button').filter({ hasText: 'हिन्दी' }).click();
    await waitForLang(page, 'hi');
    await page.getByRole('button', { name: tr('hi', 'signIn.submit'), exact: true }).waitFor();
    await page.getByRole('banner').getByRole('button').filter({ hasText: 'English' }).click();
    await waitForLang(page, 'en');
    await page.getByRole('button', { name: tr('en', 'signIn.submit'), exact: true }).waitFor();
    expect(stringChunks(scripts)).toEqual(['en', 'hi']);
    await checkPage(page, 'sign-in first view');
  });

  it('a browser that chose Hindi preloads and loads only the Hindi strings', async () => {
    const page = await env.newPage({ locale: 'hi-IN' });
    const scripts = await recordScripts(page);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: tr('hi', 'signIn.submit'), exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(stringChunks(scripts)).toEqual(['hi']);
    expect(total(scripts)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
  });

  it('catalog, signed in: under the JS budget; a second visit fetches no script from the network (immutable assets)', async () => {
    const page = await env.newPage({ locale: 'en-IN' });
    await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    await waitForLang(page, 'en'); // Ramesh's account language
    await clearCache(page);
    const cold = await recordScripts(page);
    await page.goto('/courses');
    await page.locator('main a[href^="/courses/"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(total(cold)).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    expect(stringChunks(cold)).toEqual(['en']);

    const warm = await recordScripts(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/catalog')) asked.push(url.pathname + url.search);
    });
    await page.goto('/courses');
    await page.locator('main a[href^="/courses/"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(warm.length).toBeGreaterThan(0);
    expect(total(warm)).toBe(0);
    // The shell started the first page and the filters before the scripts ran, at the very URLs the page then used:
    // each asked for once.
    expect(await page.locator('link[rel="preload"][as="fetch"][href="/api/catalog?lang=en&page=1"]').count()).toBe(1);
    expect(asked.sort()).toEqual(['/api/catalog/filters', '/api/catalog?lang=en&page=1']);
  });
});
