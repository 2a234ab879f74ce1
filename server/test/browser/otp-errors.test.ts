import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, latestOtp, startBrowserEnv, tr, trPattern, type BrowserEnv } from './browser-harness';
import { enterOtp, newPerson, register, serverMessage } from './flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('journey: OTP mistakes', () => {
  it('shows the tries left for a wrong code, the expiry message for an old one, and a cool-down on resend', async () => {
    const person = newPerson({ fullName: 'Rohit Awasthi' });
    const page = await env.newPage();
    await register(page, person);
    const input = page.getByTestId('otp-email');
    await input.waitFor();

    // Just after sending, "Resend code" waits out a cool-down and says for how long.
    const resend = page.getByRole('button', { name: tr('en', 'otp.resend') });
    expect(await resend.isDisabled()).toBe(true);
    await page.getByText(trPattern('en', 'otp.resendIn')).waitFor();

    // A wrong code: the message says how many tries are left.
    const right = await latestOtp(env, person.email);
    const wrong = right === '000000' ? '111111' : '000000';
    await enterOtp(page, 'email', wrong);
    await page.getByText(serverMessage('OTP_WRONG', 'en', { triesLeft: 2 })).waitFor();
    await checkPage(page, 'OTP step with a wrong-code error');

    // Sixteen minutes later (server clock) the right code has expired.
    env.t.clock.advance(16 * 60_000);
    await enterOtp(page, 'email', right);
    await page.getByText(serverMessage('OTP_EXPIRED', 'en')).waitFor();
    await checkPage(page, 'OTP step with the expiry error');

    // On reload the server's cool-down is over (its clock moved): resend, which starts a new cool-down.
    await page.reload();
    await input.waitFor();
    await page.waitForFunction(
      (name) => Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === name && !b.disabled),
      tr('en', 'otp.resend'),
    );
    await resend.click();
    await page.getByRole('status').filter({ hasText: trPattern('en', 'otp.resent') }).waitFor();
    await page.getByText(trPattern('en', 'otp.resendIn')).waitFor();
    expect(await resend.isDisabled()).toBe(true);

    // The new code works and the flow moves on to the mobile step.
    const fresh = await latestOtp(env, person.email, { not: right });
    await enterOtp(page, 'email', fresh);
    await page.getByTestId('otp-sms').waitFor();
  });
});
