import type { Locator, Page } from 'playwright-core';
import type { DemoCourse, DemoLesson, DemoQuestion } from '../../src/demo/courses/types';
import { keyFromSlug } from '../../src/demo/courses.seed';
import { tr, type Lang } from './browser-harness';

/** All lessons of a demo course, in syllabus order. */
export function demoLessons(course: DemoCourse): DemoLesson[] {
  return course.modules.flatMap((m) => m.lessons);
}

/** The player URL of a demo lesson. */
export function lessonPath(courseId: string, lesson: DemoLesson): string {
  return `/courses/${courseId}/learn/${keyFromSlug(lesson.key)}`;
}

/** Aborts every request that leaves the test server (there is no external network here). */
export async function blockExternalHosts(page: Page, baseUrl: string): Promise<void> {
  const origin = new URL(baseUrl).origin;
  await page.context().route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
}

/** Waits until the lesson's status chip says completed. */
export async function waitLessonCompleted(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('[data-testid="lesson-complete-status"][data-status="completed"]').waitFor({ timeout });
}

/** The question fieldsets of the attempt in progress. */
export function questionFieldsets(page: Page): Locator {
  return page.locator('form.attempt fieldset.question');
}

function findQuestion(legend: string, questions: DemoQuestion[], lang: Lang): DemoQuestion {
  const q = questions.find((x) => legend.includes(x.prompt[lang]));
  if (!q) throw new Error(`no demo question matches the legend "${legend}"`);
  return q;
}

/** Answers one shown question correctly from the demo course definition. */
export async function answerCorrectly(fieldset: Locator, questions: DemoQuestion[], lang: Lang): Promise<void> {
  const legend = await fieldset.locator('legend').innerText();
  const q = findQuestion(legend, questions, lang);
  switch (q.type) {
    case 'single':
      await fieldset.getByLabel(q.options[q.correct]![lang], { exact: true }).check();
      return;
    case 'multiple':
      for (const i of q.correct) await fieldset.getByLabel(q.options[i]![lang], { exact: true }).check();
      return;
    case 'true_false':
      await fieldset.getByLabel(tr(lang, q.correct ? 'attempt.true' : 'attempt.false'), { exact: true }).check();
      return;
    case 'fill_text':
      await fieldset.getByLabel(tr(lang, 'attempt.yourAnswer'), { exact: true }).fill(q.accepted[lang][0]!);
      return;
    case 'fill_numeric':
      await fieldset.getByLabel(tr(lang, 'attempt.yourAnswer'), { exact: true }).fill(String(q.value));
      return;
    case 'match':
      for (const pair of q.pairs) {
        await fieldset.getByLabel(pair.left[lang], { exact: true }).selectOption({ label: pair.right[lang] });
      }
      return;
  }
}

/** Starts (or resumes) the attempt on the current assessment lesson and waits for its questions. */
export async function startAttempt(page: Page, lang: Lang = 'en'): Promise<void> {
  const button = page.getByRole('button', { name: new RegExp(`^(${escape(tr(lang, 'attempt.start'))}|${escape(tr(lang, 'attempt.resume'))}|${escape(tr(lang, 'attempt.tryAgain'))})$`) });
  await button.click();
  await questionFieldsets(page).first().waitFor();
}

/** Submits the attempt in progress (with confirmation) and returns the result section. */
export async function submitAttempt(page: Page): Promise<Locator> {
  await page.getByTestId('attempt-submit').click();
  await page.getByTestId('attempt-submit-confirm').click();
  const result = page.getByTestId('attempt-result');
  await result.waitFor();
  return result;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
