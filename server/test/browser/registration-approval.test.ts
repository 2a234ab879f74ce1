import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, DEMO_PASSWORD, latestOtp, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { enterOtp, newPerson, otpFromOutboxPage, register, serverMessage, waitForLang } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('journey: register with a personal e-mail, verify, get approved, sign in', () => {
  it('takes a new employee from the form to their signed-in home page via the MDO admin’s approval', async () => {
    const person = newPerson({ personal: true, fullName: 'Kavya Nigam' });
    const page = await env.newPage();

    // The form, filled in with the organisation picker and the selects.
    await page.goto('/register');
    await page.getByRole('heading', { level: 1, name: tr('en', 'register.title') }).waitFor();
    await checkPage(page, 'register form');
    await register(page, person);

    // Step 1: the e-mail code, read from the dev outbox page.
    await page.getByTestId('otp-email').waitFor();
    await checkPage(page, 'OTP step 1 (e-mail)');
    await enterOtp(page, 'email', await otpFromOutboxPage(page, person.email));

    // Step 2: the SMS code, read from the dev outbox API.
    await page.getByTestId('otp-sms').waitFor();
    await checkPage(page, 'OTP step 2 (mobile)');
    await enterOtp(page, 'sms', await latestOtp(env, person.mobile));

    const status = page.getByTestId('registration-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('pending_approval');
    expect(await status.innerText()).toContain(tr('en', 'registration.status.pending_approval.title'));
    await checkPage(page, 'registration status (pending approval)');

    // Signing in before approval says why it cannot.
    await page.goto('/sign-in');
    await page.getByLabel(tr('en', 'signIn.identifier'), { exact: true }).fill(person.email);
    await page.getByLabel(tr('en', 'fields.password'), { exact: true }).fill(person.password);
    await page.getByRole('button', { name: tr('en', 'signIn.submit') }).click();
    await page.getByRole('alert').filter({ hasText: serverMessage('AWAITING_APPROVAL', 'en') }).waitFor();

    // The MDO admin of Social Welfare approves, in another browser context (her account language is Hindi).
    const admin = await env.newPage();
    await signIn(admin, MDO_ADMIN_SW, DEMO_PASSWORD);
    await admin.goto('/admin/approvals');
    await waitForLang(admin, 'hi');
    await admin.getByRole('heading', { level: 1, name: tr('hi', 'admin.approvals.title') }).waitFor();
    const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: person.fullName }) });
    await card.waitFor();
    expect(await card.innerText()).toContain(person.employeeId);
    await checkPage(admin, 'admin approvals (hi)');
    await card.getByRole('button', { name: tr('hi', 'admin.approve') }).click();
    // The card stays where it was and names who was approved (with Undo for a few seconds).
    await card.getByRole('status').filter({ hasText: tr('hi', 'admin.decision.registration.approved', { name: person.fullName }) }).waitFor();

    // The person signs in and sees their name.
    await signIn(page, person.email, person.password);
    await page.getByRole('heading', { level: 1, name: tr('en', 'home.greeting', { name: person.fullName }) }).waitFor();
    await checkPage(page, 'home (signed in)');
  });
});
