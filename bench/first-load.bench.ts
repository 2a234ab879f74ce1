/**
 * First load on a phone: the sign-in and catalog pages in Chromium at 360 px on a throttled profile (300 ms latency,
 * 1.6 Mbit/s down, 750 kbit/s up, CPU ×4), cold (empty cache) and warm (a second visit). Prints the JS bytes sent
 * (compressed, as on the wire), first contentful paint and the time until the page is usable (the sign-in button, the
 * first course card), on a second and a third visit too: by the page's own clock from the start of navigation (a MutationObserver notes when the element
 * appears), and as Playwright sees it (which adds its round trips to the browser and its polling, about 100-200 ms).
 * Same-run baseline: /api/health fetched through the same throttle (the network floor).
 * Needs web/dist (`npm run build -w web`). Run: `cd server && npx tsx ../bench/first-load.bench.ts` (RUNS=5).
 */
import type { CDPSession, Page } from 'playwright-core';
import { seedDemoCourses } from '../server/src/demo/courses.seed';
import { DEMO_PASSWORD, signIn, startBrowserEnv, type BrowserEnv } from '../server/test/browser/browser-harness';

const RUNS = Number(process.env.RUNS ?? 5);
const PROFILE = { latency: 300, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };

interface Visit {
  jsBytes: number;
  fcpMs: number;
  /** Navigation start to the ready element in the DOM, by the page's clock. */
  usableMs: number;
  /** The same, from Playwright's goto to its waitFor returning. */
  seenMs: number;
}

/** Before any page script: note (performance.now) when an element matching `selector` first appears. */
async function markWhenPresent(page: Page, selector: string): Promise<void> {
  await page.context().addInitScript((sel: string) => {
    const w = window as unknown as { __ready?: number };
    new MutationObserver((_m, observer) => {
      if (w.__ready === undefined && document.querySelector(sel)) {
        w.__ready = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/** Loads `url` and waits for `ready`; counts the script bytes on the wire. */
async function visit(page: Page, cdp: CDPSession, url: string, ready: Ready): Promise<Visit> {
  const scripts = new Set<string>();
  let jsBytes = 0;
  const onResponse = (e: { requestId: string; type: string }) => e.type === 'Script' && scripts.add(e.requestId);
  const onFinished = (e: { requestId: string; encodedDataLength: number }) => {
    if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready.wait(page);
  const seenMs = Date.now() - started;
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
  const usableMs = await page.evaluate(() => (window as unknown as { __ready?: number }).__ready ?? -1);
  cdp.off('Network.responseReceived', onResponse);
  cdp.off('Network.loadingFinished', onFinished);
  return { jsBytes, fcpMs: Math.round(fcpMs), usableMs: Math.round(usableMs), seenMs };
}

/** What makes a page usable: an element, as a CSS selector for the page's clock and a Playwright wait. */
interface Ready {
  selector: string;
  wait: (p: Page) => Promise<void>;
}
const signInReady: Ready = { selector: 'main form button[type="submit"]', wait: (p) => p.getByRole('button', { name: 'Sign in', exact: true }).waitFor() };
const catalogReady: Ready = { selector: 'main a[href^="/courses/"]', wait: (p) => p.locator('main a[href^="/courses/"]').first().waitFor() };

async function measure(env: BrowserEnv, path: string, ready: Ready, signedIn: boolean): Promise<{ cold: Visit; warm: Visit; repeat: Visit; floorMs: number }> {
  const page = await env.newPage();
  if (signedIn) await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
  await markWhenPresent(page, ready.selector);
  const cdp = await throttle(page);
  await cdp.send('Network.clearBrowserCache');
  const floorStart = Date.now();
  await page.goto('/api/health');
  const floorMs = Date.now() - floorStart;
  const cold = await visit(page, cdp, path, ready);
  const warm = await visit(page, cdp, path, ready);
  // A third visit: Chromium now also runs the scripts from V8's code cache (made after a script has run twice).
  const repeat = await visit(page, cdp, path, ready);
  await page.context().close();
  return { cold, warm, repeat, floorMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const range = (xs: number[]) => `median ${median(xs)} (${Math.min(...xs)}–${Math.max(...xs)})`;

async function main(): Promise<void> {
  const env = await startBrowserEnv();
  try {
    await seedDemoCourses(env.t.ctx);
    console.log(`first load, ${RUNS} runs, Chromium 360×740, latency ${PROFILE.latency} ms, 1.6 Mbit/s down, CPU ×4`);
    for (const [name, path, ready, signedIn] of [
      ['sign-in', '/sign-in', signInReady, false],
      ['catalog', '/courses', catalogReady, true],
    ] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(env, path, ready, signedIn));
      const kb = (n: number) => Math.round(n / 1024);
      console.log(`${name}:`);
      console.log(`  baseline /api/health   ms ${range(runs.map((r) => r.floorMs))}`);
      console.log(`  cold  JS on the wire   KiB ${range(runs.map((r) => kb(r.cold.jsBytes)))}`);
      console.log(`  cold  first paint      ms ${range(runs.map((r) => r.cold.fcpMs))}`);
      console.log(`  cold  usable           ms ${range(runs.map((r) => r.cold.usableMs))}   (target < 3000)`);
      console.log(`  cold  seen by Playwright ms ${range(runs.map((r) => r.cold.seenMs))}`);
      console.log(`  warm  JS on the wire   KiB ${range(runs.map((r) => kb(r.warm.jsBytes)))}`);
      console.log(`  warm  usable           ms ${range(runs.map((r) => r.warm.usableMs))}   (target < 1000)`);
      console.log(`  warm  seen by Playwright ms ${range(runs.map((r) => r.warm.seenMs))}`);
      console.log(`  repeat usable          ms ${range(runs.map((r) => r.repeat.usableMs))}`);
    }
  } finally {
    await env.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
