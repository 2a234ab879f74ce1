import crypto from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { format } from '../../src/platform/i18n';
import { identityErrors } from '../../src/modules/identity/identity.messages';
import { uniqueMobile } from '../factories';
import { tr, type Lang } from './browser-harness';

export interface Person {
  employeeId: string;
  fullName: string;
  email: string;
  mobile: string;
  password: string;
}

/** A new person to register; `personal` gives a gmail address (needs approval), else an @up.gov.in one. */
export function newPerson(opts: { personal?: boolean; fullName?: string } = {}): Person {
  const tag = crypto.randomBytes(3).toString('hex');
  const fullName = opts.fullName ?? 'Kavya Nigam';
  const local = `${fullName.split(' ')[0]?.toLowerCase() ?? 'user'}.${tag}`;
  return {
    employeeId: `SWB-${tag}`.toUpperCase(),
    fullName,
    email: opts.personal ? `${local}@gmail.com` : `${local}@up.gov.in`,
    mobile: uniqueMobile(),
    password: 'Learn-2026-ok',
  };
}

/** A server error message as the API sends it, in the given language. */
export function serverMessage(code: keyof typeof identityErrors, lang: Lang, params: Record<string, unknown> = {}): string {
  return format(identityErrors[code][lang], params);
}

/** Picks "District Social Welfare Office, Lucknow" (UP-SW-LKO) by searching the organisation picker. */
export async function pickOrg(page: Page, lang: Lang, search: string, name: string): Promise<void> {
  await page.getByLabel(tr(lang, 'orgPicker.search'), { exact: true }).fill(search);
  await page.getByRole('button', { name }).first().click();
  // The picker shows the chosen org as the last breadcrumb item.
  await page.locator('.org-picker').getByText(tr(lang, 'orgPicker.selected')).waitFor();
}

/** Chooses the option of a <select> whose text contains `text` (waits until the select is enabled and has it). */
export async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  if (!value) throw new Error(`option "${text}" has no value`);
  await select.selectOption(value);
}

/** Fills and submits the registration form for UP-SW-LKO / DSWO / group B; resolves with the registration id. */
export async function register(page: Page, person: Person, lang: Lang = 'en'): Promise<string> {
  await page.goto('/register');
  await page.getByRole('heading', { level: 1, name: tr(lang, 'register.title') }).waitFor();
  await page.getByLabel(tr(lang, 'fields.employeeId'), { exact: true }).fill(person.employeeId);
  await page.getByLabel(tr(lang, 'fields.fullName'), { exact: true }).fill(person.fullName);
  await pickOrg(page, lang, 'Social Welfare Office, Lucknow', 'District Social Welfare Office, Lucknow');
  const designation = page.getByLabel(tr(lang, 'fields.designation'), { exact: true });
  await selectOptionContaining(designation, 'District Social Welfare Officer');
  await page.getByLabel(tr(lang, 'fields.employeeGroup'), { exact: true }).selectOption('B');
  await page.getByLabel(tr(lang, 'fields.email'), { exact: true }).fill(person.email);
  await page.getByLabel(tr(lang, 'fields.mobile'), { exact: true }).fill(person.mobile);
  await page.getByLabel(tr(lang, 'fields.password'), { exact: true }).fill(person.password);
  await page.getByRole('button', { name: tr(lang, 'register.submit'), exact: true }).click();
  await page.waitForURL(/\/register\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  const id = new URL(page.url()).pathname.split('/').pop();
  if (!id) throw new Error('no registration id in the URL');
  return id;
}

/** Enters an OTP on the current step and presses the verify button. */
export async function enterOtp(page: Page, channel: 'email' | 'sms', code: string, lang: Lang = 'en'): Promise<void> {
  const input = page.getByTestId(`otp-${channel}`);
  await input.fill(code);
  await page.getByRole('button', { name: tr(lang, 'otp.verify'), exact: true }).click();
}

/** Reads the newest code for a recipient from the dev outbox page (a second tab of the same browser). */
export async function otpFromOutboxPage(page: Page, recipient: string): Promise<string> {
  const outbox = await page.context().newPage();
  try {
    await outbox.goto('/dev/outbox');
    const row = outbox.getByTestId('outbox-row').filter({ hasText: recipient }).first();
    await row.waitFor({ timeout: 10_000 });
    const code = (await row.innerText()).match(/\b(\d{6})\b/)?.[1];
    if (!code) throw new Error(`no 6-digit code in the outbox row for ${recipient}`);
    return code;
  } finally {
    await outbox.close();
  }
}

/** The definition (<dd>) that follows a term (<dt>) with the given text. */
export function definition(scope: Page | Locator, term: string): Locator {
  return scope.locator(`xpath=.//dt[normalize-space(.)=${JSON.stringify(term)}]/following-sibling::dd[1]`);
}

/** Waits until <html lang> is the given language (the UI switched, e.g. to the account's language). */
export async function waitForLang(page: Page, lang: Lang): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/** Opens the header's "Menu" (below 48rem the navigation sits behind it); does nothing where the links show inline. */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('banner').getByTestId('menu-button');
  if (!(await button.isVisible())) return;
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('#site-nav').waitFor();
}

/** Follows a link of the main navigation by its name, opening the menu first when it is collapsed. */
export async function navigate(page: Page, name: string): Promise<void> {
  await openMenu(page);
  await page.locator('#site-nav').getByRole('link', { name, exact: true }).click();
}
