import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFromSlug, seedDemoCourses } from '../../src/demo/courses.seed';
import { POSH_2013 } from '../../src/demo/courses/POSH-2013';
import { makeUser } from '../factories';
import { checkPage, signIn, startBrowserEnv, trPattern, type BrowserEnv } from './browser-harness';
import { answerCorrectly, demoLessons, lessonPath, questionFieldsets, startAttempt } from './learning-flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedDemoCourses(env.t.ctx);
});
afterAll(async () => {
  await env?.close();
});

const FINAL = demoLessons(POSH_2013).find((l) => l.type === 'final_assessment')!;

interface Summary {
  attemptsUsed: number;
  attemptsLeft: number | null;
  inProgressAttemptId: string | null;
  attempts: { id: string; status: string }[];
}

async function summary(page: Page, courseId: string): Promise<Summary> {
  const res = await page.request.get(`/api/courses/${courseId}/assessments/${keyFromSlug(FINAL.key)}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Summary;
}

/** What a question shows as answered: checked choices by label, and typed values. */
async function shownAnswer(fieldset: Locator): Promise<string[]> {
  return fieldset.evaluate((el) =>
    Array.from(el.querySelectorAll('input')).flatMap((input) => {
      const label = el.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '';
      if (input.type === 'radio' || input.type === 'checkbox') return input.checked ? [`${label}: checked`] : [];
      return input.value ? [`${label}: ${input.value}`] : [];
    }),
  );
}

/** The fieldset of the question whose demo prompt is `prompt`. */
function questionByPrompt(page: Page, prompt: string): Locator {
  return questionFieldsets(page).filter({ has: page.locator('legend', { hasText: prompt }) });
}

describe('journey: an interrupted assessment resumes', () => {
  it('answers two questions, sees "saved", closes the page; a new page resumes the same attempt with both answers', async () => {
    const learner = await makeUser(env.t.ctx);
    const page = await env.newPage();
    await signIn(page, learner.email, learner.password);
    const lang = (await page.evaluate(() => document.documentElement.lang)) === 'hi' ? 'hi' : 'en';

    // Find the course and enrol from its page.
    await page.goto(`/courses?q=${encodeURIComponent('पॉश')}`);
    await page.getByTestId('catalog-result').getByRole('link', { name: POSH_2013.title[lang] }).click();
    await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    const courseId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('course-enrol').click();
    await page.waitForURL((url) => url.pathname.includes('/learn/'));

    // Start the final assessment and answer two questions.
    await page.goto(lessonPath(courseId, FINAL));
    await startAttempt(page, lang);
    const fieldsets = questionFieldsets(page);
    const prompts: string[] = [];
    for (let i = 0; i < 2; i++) {
      const fieldset = fieldsets.nth(i);
      await answerCorrectly(fieldset, FINAL.questions ?? [], lang);
      const legend = await fieldset.locator('legend').innerText();
      prompts.push(FINAL.questions!.find((q) => legend.includes(q.prompt[lang]))!.prompt[lang]);
    }
    const status = page.getByTestId('attempt-save-status');
    await page.locator('[data-testid="attempt-save-status"][data-state="saved"]').waitFor();
    expect(await status.innerText()).toMatch(trPattern(lang, 'attempt.savedAt'));
    await checkPage(page, 'assessment player (saved)');
    const before = await Promise.all(prompts.map((p) => shownAnswer(questionByPrompt(page, p))));
    for (const answer of before) expect(answer.length).toBeGreaterThan(0);
    const started = await summary(page, courseId);
    expect(started.inProgressAttemptId).toBeTruthy();
    expect(started.attempts).toHaveLength(1);

    // Close the page; open a new one for the same user (same browser profile) and resume.
    const context = page.context();
    await page.close();
    const again = await context.newPage();
    await again.goto(lessonPath(courseId, FINAL));
    await startAttempt(again, lang); // the button now says "Resume your attempt"
    for (const [i, p] of prompts.entries()) {
      const fieldset = questionByPrompt(again, p);
      await fieldset.waitFor();
      expect(await shownAnswer(fieldset)).toEqual(before[i]);
    }
    const resumed = await summary(again, courseId);
    expect(resumed.inProgressAttemptId).toBe(started.inProgressAttemptId);
    expect(resumed.attempts).toHaveLength(1);
    expect(resumed.attemptsUsed).toBe(started.attemptsUsed);
    expect(resumed.attemptsLeft).toBe(started.attemptsLeft);
  });
});
