import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueMobile } from '../factories';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { definition, waitForLang } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

/** Three employees of UP-SW-LKO; the one on spreadsheet row 3 (header is row 1) has a 5-digit mobile. */
function importCsv(): { csv: string; badRow: number } {
  const tag = Date.now().toString(36);
  const header = 'employee_id,full_name,full_name_hi,email,mobile,org_code,designation_code,employee_group,cadre,service';
  const rows = [
    `IMP-${tag}-1,Neha Saxena,नेहा सक्सेना,neha.${tag}@up.gov.in,${uniqueMobile()},UP-SW-LKO,DSWO,B,Social Welfare,PCS`,
    `IMP-${tag}-2,Alok Pandey,आलोक पांडेय,alok.${tag}@up.gov.in,12345,UP-SW-LKO,JR_ASSISTANT,C,,`,
    `IMP-${tag}-3,Farhan Ali,फरहान अली,farhan.${tag}@up.gov.in,${uniqueMobile()},UP-SW-LKO,JR_ASSISTANT,C,,`,
  ];
  return { csv: [header, ...rows].join('\n') + '\n', badRow: 3 };
}

describe('journey: bulk import with an error report', () => {
  it('imports 2 of 3 rows and offers an error report naming the bad row', async () => {
    const page = await env.newPage();
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD);
    const lang = 'hi' as const; // the admin's account language
    await page.goto('/admin/import');
    await waitForLang(page, lang);
    await page.getByRole('heading', { level: 1, name: tr(lang, 'admin.import.title') }).waitFor();
    await checkPage(page, 'admin import (hi)');

    const { csv, badRow } = importCsv();
    await page.getByLabel(tr(lang, 'admin.import.file'), { exact: true }).setInputFiles({ name: 'employees.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: tr(lang, 'admin.import.upload') }).click();

    // The job runs in the worker; the page polls until it reports the totals.
    const created = definition(page, tr(lang, 'admin.import.created'));
    const failed = definition(page, tr(lang, 'admin.import.failed'));
    await page.waitForFunction(
      (terms) => {
        const dd = (term: string) =>
          Array.from(document.querySelectorAll('dt')).find((dt) => dt.textContent?.trim() === term)?.nextElementSibling?.textContent?.trim();
        return dd(terms.created) === '2' && dd(terms.failed) === '1';
      },
      { created: tr(lang, 'admin.import.created'), failed: tr(lang, 'admin.import.failed') },
      { timeout: 20_000 },
    );
    expect(await created.innerText()).toBe('2');
    expect(await failed.innerText()).toBe('1');
    await checkPage(page, 'admin import finished (hi)');

    // The error report downloads as CSV and names the bad row.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: tr(lang, 'admin.import.errors') }).click();
    const file = await (await download).path();
    const report = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const lines = report.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^row,/);
    const bad = lines.slice(1);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.startsWith(`${badRow},`)).toBe(true);
    expect(bad[0]).toContain('12345');
  });
});
