import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../factories';
import { makePublishedCourse } from '../course-factories';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { blockExternalHosts, waitLessonCompleted } from './learning-flows';
import { waitForLang } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

/** Rasterises page 1 of a PDF (pdftoppm) and decodes the QR code on it. */
function qrOnPdf(pdf: Buffer): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-qr-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'page')]);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('certificate journey', () => {
  it('complete a course → the certificate appears → its QR code opens the verification page, which says valid', async () => {
    const course = await makePublishedCourse(env.t.ctx, {
      provider: 'UP-SW',
      titleEn: 'Noting and Drafting Basics',
      titleHi: 'टिप्पण और प्रारूपण की मूल बातें',
      lessons: [{ type: 'html', content: { html: '<p>Write the subject line first, then the facts, then the proposal.</p>' } }],
    });
    const user = await makeUser(env.t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO', name: 'Kshama Trivedi Verma' });
    await env.t.ctx.db.updateTable('users').set({ full_name_hi: 'क्षमा त्रिवेदी वर्मा' }).where('id', '=', user.id).execute();

    const page = await env.newPage();
    await blockExternalHosts(page, env.baseUrl);
    await signIn(page, user.email, TEST_PASSWORD);
    await page.goto(`/courses/${course.courseId}`);
    await page.getByTestId('course-enrol').click();
    await page.waitForURL((url) => url.pathname.includes('/learn/'));
    await page.locator('.lesson-html').waitFor();
    await page.locator('.end-sentinel').scrollIntoViewIfNeeded();
    await waitLessonCompleted(page);

    // My certificates: the certificate appears (the page polls while it is being issued).
    await page.goto('/my-certificates');
    await page.getByRole('heading', { level: 1, name: tr('en', 'certificates.mine.title') }).waitFor();
    const card = page.getByTestId('certificate-card').filter({ hasText: 'Noting and Drafting Basics' });
    await card.locator('[data-testid="certificate-status"][data-status="issued"]').waitFor({ timeout: 15_000 });
    await checkPage(page, 'my certificates');
    const number = await card.getAttribute('data-number');
    expect(number).toMatch(/^KSH-\d{4}-/);

    // The PDF it links to carries a QR code with the verification URL.
    const href = await card.getByRole('link', { name: new RegExp(`^${tr('en', 'certificates.mine.downloadPdf')}`) }).getAttribute('href');
    const pdf = await page.request.get(href ?? '');
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const qrUrl = qrOnPdf(Buffer.from(await pdf.body()));
    expect(qrUrl).toBe(`${env.t.ctx.config.publicUrl}/verify/${number}`);

    // Anyone opens it (a fresh browser, not signed in, in Hindi): valid, with the holder and the course.
    const visitor = await env.newPage({ locale: 'hi-IN' });
    await blockExternalHosts(visitor, env.baseUrl);
    await visitor.goto(new URL(qrUrl ?? '').pathname);
    await waitForLang(visitor, 'hi');
    const verdict = visitor.getByTestId('verification');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-status')).toBe('valid');
    await visitor.getByRole('heading', { level: 2, name: tr('hi', 'certificates.verify.status.valid') }).waitFor();
    await expect(verdict.getByTestId('verify-holder').innerText()).resolves.toContain('क्षमा त्रिवेदी वर्मा');
    await expect(verdict.innerText()).resolves.toContain('टिप्पण और प्रारूपण की मूल बातें');
    await checkPage(visitor, 'verification page (Hindi, anonymous)');
    // A mistyped number is unknown, said plainly.
    await visitor.getByLabel(tr('hi', 'certificates.verify.numberLabel')).fill('KSH-2026-AAAA-AAAA-AAAA');
    await visitor.getByRole('button', { name: tr('hi', 'certificates.verify.check') }).click();
    await visitor.locator('[data-testid="verification"][data-status="unknown"]').waitFor();
  });

  it('the MDO admin’s certificate list and template pages pass axe at 360 px', async () => {
    const page = await env.newPage();
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD);
    await page.goto('/admin');
    await waitForLang(page, 'hi');
    await page.goto('/admin/certificates');
    await page.getByRole('heading', { level: 1, name: tr('hi', 'certificates.admin.title') }).waitFor();
    await page.getByTestId('admin-certificate').first().waitFor();
    await checkPage(page, 'admin certificates (Hindi)');
    await page.goto('/admin/certificate-template');
    await page.getByRole('heading', { level: 1, name: tr('hi', 'certificates.template.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: tr('hi', 'certificates.template.signatory') }).waitFor();
    await checkPage(page, 'certificate template (Hindi)');
  });
});
