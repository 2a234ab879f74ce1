import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, orgId } from '../factories';
import { seedDemoCourses } from '../../src/demo/courses.seed';
import { seedDemoActivity } from '../../src/demo';
import { checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, trPattern, type BrowserEnv } from './browser-harness';
import { waitForLang } from './flows';

/* The catalog's filter controls and shareable URLs, My Learning of a seeded demo learner, and editing a question. */

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
  await seedDemoCourses(env.t.ctx);
  await seedDemoActivity(env.t.ctx);
}, 180_000);
afterAll(async () => {
  await env?.close();
});

const filters = (page: Page) => page.getByTestId('catalog-filters');

describe('catalog filters', () => {
  it('filters by real options with counts, keeps every choice in the URL, and a shared URL shows the same choices', async () => {
    const lang = 'en';
    const page = await env.newPage();
    await page.goto('/courses');
    await page.getByRole('heading', { level: 1, name: tr(lang, 'catalog.title') }).waitFor();
    await page.getByText(tr(lang, 'catalog.filters'), { exact: true }).click();
    const language = filters(page).getByLabel(tr(lang, 'catalog.language'), { exact: true });
    await language.locator('option', { hasText: /\(\d+\)$/ }).first().waitFor({ state: 'attached' });
    await language.selectOption('hi');
    await filters(page).getByLabel(tr(lang, 'catalog.lessonType'), { exact: true }).selectOption('video');
    await filters(page).getByLabel(tr(lang, 'catalog.durationFilter'), { exact: true }).selectOption('short');
    await page.getByLabel(tr(lang, 'catalog.sort'), { exact: true }).selectOption('rating');
    await page.getByRole('button', { name: tr(lang, 'catalog.apply'), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'video');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ language: 'hi', type: 'video', duration: 'short', sort: 'rating' });
    const results = page.getByTestId('catalog-result');
    await results.first().waitFor();
    expect(await results.count()).toBe(1); // Y-BREAK is the demo course with a video, and it is short
    await checkPage(page, 'catalog with filters');

    // The same URL in a fresh browser shows the same choices and results.
    const shared = await env.newPage();
    await shared.goto(`${url.pathname}${url.search}`);
    await shared.getByTestId('catalog-result').first().waitFor();
    await expect.poll(() => filters(shared).getByLabel(tr(lang, 'catalog.lessonType'), { exact: true }).inputValue()).toBe('video');
    expect(await filters(shared).getByLabel(tr(lang, 'catalog.language'), { exact: true }).inputValue()).toBe('hi');
    expect(await shared.getByLabel(tr(lang, 'catalog.sort'), { exact: true }).inputValue()).toBe('rating');

    // Keyboard: clear everything from the link, then a competency from its list.
    await shared.getByRole('link', { name: tr(lang, 'catalog.clear'), exact: true }).focus();
    await shared.keyboard.press('Enter');
    await shared.waitForURL((u) => u.search === '');
    await shared.getByText(tr(lang, 'catalog.filters'), { exact: true }).click();
    await filters(shared).getByLabel(tr(lang, 'catalog.competency'), { exact: true }).selectOption('disaster-management');
    await shared.getByRole('button', { name: tr(lang, 'catalog.apply'), exact: true }).press('Enter');
    await shared.waitForURL((u) => u.searchParams.get('competency') === 'disaster-management');
    // The previous results stay on screen until the new ones arrive (placeholder data): wait for the filtered list.
    await expect.poll(() => shared.getByTestId('catalog-result').count()).toBe(1);
  });
});

describe('My Learning of a seeded demo learner', () => {
  it('Ramesh Yadav sees assigned courses with due dates (one overdue), courses in progress to resume, completed ones with hours', async () => {
    const lang = 'en';
    const page = await env.newPage();
    await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    await page.goto('/my-learning');
    await page.getByRole('heading', { level: 1, name: tr(lang, 'myLearning.title') }).waitFor();
    await page.getByTestId('learning-totals').waitFor();
    // Due dates show wherever the course is listed: under Continue once started, else under Assigned.
    await page.getByText(tr(lang, 'myLearning.overdue'), { exact: true }).first().waitFor();
    expect(await page.getByText(trPattern(lang, 'myLearning.due')).count()).toBeGreaterThanOrEqual(2);
    const inProgress = page.locator('section[aria-labelledby="ml-continue"]');
    expect(await inProgress.getByRole('link', { name: new RegExp(`^${tr(lang, 'course.action.in_progress')}`) }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('link', { name: new RegExp(`^${tr(lang, 'course.action.not_started')}\\s*:`) }).count()).toBeGreaterThanOrEqual(1);
    // What to continue comes first.
    expect(await page.getByTestId('my-course').first().getAttribute('data-state')).toBe('in_progress');
    const completed = page.locator('section[aria-labelledby="ml-completed"]');
    expect(await completed.getByText(trPattern(lang, 'myLearning.completedOn')).count()).toBeGreaterThanOrEqual(3);
    await checkPage(page, 'My Learning (Ramesh)');

    // Resume the course whose final assessment was left open: the attempt resumes with its saved answers.
    const rti = inProgress.locator('li', { hasText: 'Right to Information' });
    await rti.getByRole('link', { name: new RegExp(`^${tr(lang, 'course.action.in_progress')}`) }).click();
    await page.waitForURL((u) => u.pathname.includes('/learn/'));
    await page.getByRole('button', { name: tr(lang, 'attempt.resume'), exact: true }).click();
    await page.locator('form.attempt fieldset.question').first().waitFor();
    await checkPage(page, 'open attempt resumed');
  });

  it('Sunita Devi (Hindi account) sees hers in Hindi, at 360 px, without axe violations', async () => {
    const page = await env.newPage();
    await signIn(page, 'sunita.devi.asha@gmail.com', DEMO_PASSWORD);
    await page.goto('/my-learning');
    await waitForLang(page, 'hi');
    await page.getByRole('heading', { level: 1, name: tr('hi', 'myLearning.title') }).waitFor();
    await page.locator('section[aria-labelledby="ml-completed"] li').first().waitFor();
    await checkPage(page, 'My Learning (Sunita, Hindi)');
  });
});

describe('course editor', () => {
  it('a creator edits a question of the bank, sets a thumbnail (a wrong file is refused with a clear message) and sees the audience editor', async () => {
    const lang = 'en';
    const creatorUser = await makeUser(env.t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }], language: 'en' });
    const api = await env.t.client().signIn(creatorUser.email, creatorUser.password);
    const course = await api.post('/api/authoring/courses', {
      providerOrgId: await orgId(env.t.ctx, 'UP-SW'),
      languages: ['en', 'hi'],
      texts: { en: { title: 'Pension cases', summary: 'Settling pension cases' }, hi: { title: 'पेंशन मामले', summary: 'पेंशन मामलों का निपटारा' } },
    });
    const mod = await api.post(`/api/authoring/courses/${course.body.id}/modules`, { titles: { en: 'Basics', hi: 'मूल बातें' } });
    const quiz = await api.post(`/api/authoring/modules/${mod.body.id}/lessons`, { type: 'quiz', titles: { en: 'Check', hi: 'जाँच' } });
    await api.post(`/api/authoring/courses/${course.body.id}/questions`, {
      lessonKey: quiz.body.key,
      type: 'single_choice',
      prompt: { en: 'Who sanctions a pension?', hi: 'पेंशन कौन स्वीकृत करता है?' },
      explanation: { en: 'The head of office.', hi: 'कार्यालय प्रमुख।' },
      options: [{ text: { en: 'Head of office', hi: 'कार्यालय प्रमुख' }, correct: true }, { text: { en: 'Anyone', hi: 'कोई भी' }, correct: false }],
    });

    const page = await env.newPage();
    await signIn(page, creatorUser.email, creatorUser.password);
    await page.goto(`/authoring/${course.body.id}`);
    await page.getByRole('heading', { level: 1, name: 'Pension cases' }).waitFor();
    await page.getByText(tr(lang, 'authoring.questions'), { exact: true }).click();
    const name = tr(lang, 'authoring.questionN', { n: 1 });
    await page.getByRole('button', { name: tr(lang, 'authoring.editNamed', { name }), exact: true }).click();
    const form = page.getByRole('form', { name: tr(lang, 'authoring.editNamed', { name }) });
    await form.getByLabel(tr(lang, 'authoring.promptIn', { language: tr(lang, 'language.en') }), { exact: true }).fill('Who sanctions a family pension?');
    await form.getByLabel(tr(lang, 'authoring.correctOptionN', { n: 2 }), { exact: true }).check();
    await form.getByLabel(tr(lang, 'authoring.optionN', { n: 2, language: tr(lang, 'language.en') }), { exact: true }).fill('The Pension Directorate');
    await form.getByLabel(tr(lang, 'authoring.optionN', { n: 2, language: tr(lang, 'language.hi') }), { exact: true }).fill('पेंशन निदेशालय');
    await checkPage(page, 'course editor with a question open');
    await form.getByRole('button', { name: tr(lang, 'authoring.saveQuestion'), exact: true }).click();
    await page.getByText(tr(lang, 'authoring.questionSaved')).waitFor();
    await page.getByText('Who sanctions a family pension?').waitFor();
    await page.getByText('✓ The Pension Directorate').waitFor();

    // Thumbnail: a PDF is refused before upload with the rule; a PNG is taken and shown.
    const thumb = page.locator('section[aria-labelledby="thumb-heading"]');
    const input = thumb.getByLabel(tr(lang, 'authoring.uploadThumbnail'), { exact: true });
    await input.setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await thumb.getByText(tr(lang, 'authoring.fileWrongType', { allowed: 'png, jpg, jpeg, webp' })).waitFor();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAABAAAAAJCAYAAAA7KqwyAAAAFklEQVR42mNk+M9Qz0AEYBxVSF+FAPzlBPmpCmsKAAAAAElFTkSuQmCC',
      'base64',
    );
    await input.setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: png });
    await thumb.locator('img.course-thumb').waitFor();
    await page.locator('section[aria-labelledby="audience-heading"]').getByLabel(tr(lang, 'authoring.moderated'), { exact: true }).waitFor();
    await checkPage(page, 'course editor with thumbnail');
  });
});
