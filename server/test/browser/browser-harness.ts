import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../harness';
import { DEMO_PASSWORD } from '../../src/demo/index';

export { DEMO_PASSWORD };

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '../../../web');
const webDist = process.env.KSH_WEB_DIST ? path.resolve(process.env.KSH_WEB_DIST) : path.join(webRoot, 'dist');

export const VIEWPORT = { width: 360, height: 740 } as const;
export const MDO_ADMIN_SW = 'nodal.sw@up.gov.in';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Lang = 'en' | 'hi';

export interface BrowserEnv {
  /** The running platform (DB, worker, shared TestClock). */
  t: TestApp;
  /** Where the server listens, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  browser: Browser;
  /** A page in a fresh browser context (own cookies and storage), 360×740, with the given locale. */
  newPage(opts?: { locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the platform on a real port and launches Chromium; web/dist must already be built. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(
      `web/dist/index.html is missing (${webDist}). Build the web app first: \`npm run build -w web\` ` +
        '(or run `npm run test:browser` from the repository root, which builds it).',
    );
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  const t = await startTestApp();
  let browser: Browser | undefined;
  try {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const launched = browser;
    const contexts: BrowserContext[] = [];
    return {
      t,
      baseUrl,
      browser: launched,
      async newPage(opts = {}) {
        const context = await launched.newContext({
          baseURL: baseUrl,
          locale: opts.locale ?? 'en-IN',
          viewport: VIEWPORT,
          acceptDownloads: true,
        });
        context.setDefaultTimeout(15_000);
        contexts.push(context);
        return context.newPage();
      },
      async close() {
        for (const c of contexts) await c.close().catch(() => undefined);
        await launched.close().catch(() => undefined);
        await t.close();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await t.close();
    throw error;
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A+AA and best practice) and fails on any serious or critical violation. */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations;
  });
  const bad = (violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) {
    const lines = bad.map(
      (v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      at ${JSON.stringify(n.target)}`).join('\n')}`,
    );
    throw new Error(`axe found ${bad.length} serious/critical violation(s) on ${label}:\n${lines.join('\n')}`);
  }
}

/** Fails when the page scrolls sideways at the 360 px viewport. */
export async function expectNoHorizontalScroll(page: Page, label = page.url()): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > VIEWPORT.width) {
    const wide = await page.evaluate((limit) => {
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect();
        if (r.right > limit + 1 && out.length < 5) {
          out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (right=${Math.round(r.right)})`);
        }
      }
      return out;
    }, VIEWPORT.width);
    throw new Error(
      `horizontal scroll on ${label}: scrollWidth ${scrollWidth} > ${VIEWPORT.width} (clientWidth ${clientWidth}). Widest: ${wide.join(', ')}`,
    );
  }
}

/** Both page checks every journey step runs: axe and no sideways scroll at 360 px. */
export async function checkPage(page: Page, label?: string): Promise<void> {
  await expectNoHorizontalScroll(page, label);
  await checkA11y(page, label);
}

interface OutboxMessage {
  id: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string | null;
  status: string;
  createdAt: string;
}

/** The dev outbox as the API returns it (newest first). */
export async function readOutbox(env: BrowserEnv): Promise<OutboxMessage[]> {
  const res = await fetch(`${env.baseUrl}/api/dev/outbox`);
  if (!res.ok) throw new Error(`GET /api/dev/outbox → ${res.status}`);
  return (await res.json()) as OutboxMessage[];
}

/** Waits for and returns the newest 6-digit code sent to a recipient, optionally different from a known one. */
export async function latestOtp(env: BrowserEnv, recipient: string, opts: { not?: string; timeoutMs?: number } = {}): Promise<string> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    const message = (await readOutbox(env)).find((m) => m.recipient === recipient);
    const code = message?.body?.match(/\b(\d{6})\b/)?.[1];
    if (code && code !== opts.not) return code;
    if (Date.now() > deadline) throw new Error(`no${opts.not ? ' new' : ''} OTP in the dev outbox for ${recipient}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const catalogs = new Map<Lang, Record<string, unknown>>();

function catalog(lang: Lang): Record<string, unknown> {
  let c = catalogs.get(lang);
  if (!c) {
    const file = path.join(webRoot, 'src/i18n', `${lang}.json`);
    if (!fs.existsSync(file)) throw new Error(`web i18n catalogue missing: ${file}`);
    c = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    catalogs.set(lang, c);
  }
  return c;
}

/** The UI text for an i18n key (dotted path) in web/src/i18n/{lang}.json, with {{param}} filled in. */
export function tr(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = catalog(lang);
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`i18n key "${key}" missing in web/src/i18n/${lang}.json (the test locates the UI by it)`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** Like tr(), but as a RegExp matching the text with any value in the {{param}} slots. */
export function trPattern(lang: Lang, key: string): RegExp {
  const text = tr(lang, key);
  const parts = text.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+?'));
}

/** Does the i18n key exist (used to pick between labels the web app may still be adding)? */
export function hasKey(lang: Lang, key: string): boolean {
  try {
    tr(lang, key);
    return true;
  } catch {
    return false;
  }
}

/** Signs in through the sign-in page and waits to land on the home page. */
export async function signIn(page: Page, identifier: string, password: string, lang: Lang = 'en'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(tr(lang, 'signIn.identifier'), { exact: true }).fill(identifier);
  await page.getByLabel(tr(lang, 'fields.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: tr(lang, 'signIn.submit'), exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/', { timeout: 15_000 });
}

/** The current text content of the page body (for assertions that tolerate layout). */
export async function bodyText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}
