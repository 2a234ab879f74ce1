import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../factories';
import { seedDemoCourses } from '../../src/demo/courses.seed';
import { POSH_2013 } from '../../src/demo/courses/POSH-2013';
import { Y_BREAK } from '../../src/demo/courses/Y-BREAK';
import type { DemoCourse } from '../../src/demo/courses/types';
import { checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, trPattern, type BrowserEnv } from './browser-harness';
import {
  answerCorrectly,
  blockExternalHosts,
  demoLessons,
  lessonPath,
  questionFieldsets,
  startAttempt,
  submitAttempt,
  waitLessonCompleted,
} from './learning-flows';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedDemoCourses(env.t.ctx);
});
afterAll(async () => {
  await env?.close();
});

const LEARNER = 'ramesh.yadav@up.gov.in';

/** Catalog (Hindi query) → enrol → every lesson → quiz and final assessment passed → course completed. */
async function learnCourse(course: DemoCourse, hindiQuery: string, learner: { email: string; password: string }): Promise<void> {
  const page = await env.newPage();
  await blockExternalHosts(page, env.baseUrl);
  await signIn(page, learner.email, learner.password);
  const lang = (await page.evaluate(() => document.documentElement.lang)) === 'hi' ? 'hi' : 'en';

  // Catalog: a Hindi query finds the course.
  await page.goto('/courses');
  await page.getByRole('searchbox', { name: tr(lang, 'catalog.search') }).fill(hindiQuery);
  await page.getByRole('button', { name: tr(lang, 'catalog.apply'), exact: true }).click();
  await page.waitForURL((url) => url.searchParams.has('q'));
  const result = page.getByTestId('catalog-result').filter({ hasText: course.title[lang] });
  await result.first().waitFor();
  await checkPage(page, 'catalog search (Hindi query)');

  // Course page: enrol, which opens the first lesson.
  await result.first().getByRole('link', { name: course.title[lang] }).click();
  await page.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
  const courseId = new URL(page.url()).pathname.split('/').pop()!;
  const enrol = page.getByTestId('course-enrol');
  await enrol.waitFor();
  await checkPage(page, 'course page (not enrolled)');
  await enrol.click();
  await page.waitForURL((url) => url.pathname.includes('/learn/'));

  for (const lesson of demoLessons(course)) {
    await page.goto(lessonPath(courseId, lesson));
    await page.getByRole('heading', { level: 1, name: lesson.title[lang] }).waitFor();
    switch (lesson.type) {
      case 'html': {
        await page.locator('.lesson-html').waitFor();
        await checkPage(page, `HTML lesson ${lesson.key}`);
        await page.locator('.end-sentinel').scrollIntoViewIfNeeded();
        await waitLessonCompleted(page);
        break;
      }
      case 'video': {
        // Headless Chromium plays the muted MP4; a raised playbackRate gets through it quickly, and the page
        // reports the ranges it actually played (and the end) through its own progress reporting.
        const video = page.locator('video');
        await video.waitFor();
        await checkPage(page, `video lesson ${lesson.key}`);
        await video.evaluate(async (el: HTMLVideoElement) => {
          el.muted = true;
          el.playbackRate = 4;
          await el.play();
        });
        await waitLessonCompleted(page, 30_000);
        break;
      }
      case 'pdf': {
        // The PDF is drawn page by page in the player; each page scrolled into view counts as viewed.
        const status = page.locator('[data-testid="pdf-pages-seen"]:not([data-total="0"])');
        await status.waitFor();
        const total = Number(await status.getAttribute('data-total'));
        expect(total).toBeGreaterThan(0);
        const pages = page.locator('canvas.pdf-page');
        await pages.nth(total - 1).waitFor();
        await checkPage(page, `PDF lesson ${lesson.key}`);
        for (let i = 0; i < total; i++) await pages.nth(i).scrollIntoViewIfNeeded();
        await waitLessonCompleted(page);
        break;
      }
      case 'link': {
        const [popup] = await Promise.all([
          page.context().waitForEvent('page'),
          page.getByRole('link', { name: tr(lang, 'player.openLink'), exact: true }).click(),
        ]);
        await popup.close();
        await waitLessonCompleted(page);
        break;
      }
      case 'quiz':
      case 'final_assessment': {
        await startAttempt(page, lang);
        const fieldsets = questionFieldsets(page);
        const n = await fieldsets.count();
        expect(n).toBeGreaterThan(0);
        if (lesson.type === 'final_assessment') await checkPage(page, 'assessment player');
        for (let i = 0; i < n; i++) await answerCorrectly(fieldsets.nth(i), lesson.questions ?? [], lang);
        const res = await submitAttempt(page);
        await res.getByText(tr(lang, 'attempt.passed')).waitFor();
        expect(await res.locator('.not-ok').count()).toBe(0);
        await waitLessonCompleted(page);
        break;
      }
      default:
        throw new Error(`lesson type ${lesson.type} not handled by this journey`);
    }
  }

  // The course page shows the course completed, with nothing missing.
  await page.goto(`/courses/${courseId}`);
  await page.getByTestId('course-enrol').filter({ hasText: trPattern(lang, 'course.completedOn') }).waitFor();
  expect(await page.getByTestId('missing-items').count()).toBe(0);
  await checkPage(page, 'course page (completed)');
}

describe('journey: learning a course end to end', () => {
  it('a learner (Ramesh Yadav) finds POSH-2013 by a Hindi query, enrols, completes every lesson, passes the final assessment; the course shows completed', async () => {
    await learnCourse(POSH_2013, 'लैंगिक उत्पीड़न', { email: LEARNER, password: DEMO_PASSWORD });
  });

  it('a learner goes through Y-BREAK, which has a video lesson (played to the end at 4× speed)', async () => {
    const learner = await makeUser(env.t.ctx, { org: 'UP-SW' });
    await learnCourse(Y_BREAK, 'कार्यस्थल पर योग', learner);
  });
});
