import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../factories';
import { eventually } from '../harness';
import { checkPage, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

const lang = 'en' as const;

async function contentUser(role: 'content_creator' | 'content_reviewer' | 'content_publisher'): Promise<Page> {
  const user = await makeUser(env.t.ctx, { org: 'UP-SW', roles: [{ role, org: 'UP-SW' }], language: 'en' });
  const page = await env.newPage();
  await signIn(page, user.email, user.password, lang);
  return page;
}

/** The workflow state tag of the course editor (e.g. "In review"). */
async function waitForState(page: Page, state: 'draft' | 'in_review' | 'published'): Promise<void> {
  const panel = page.locator('section[aria-labelledby="workflow-heading"]');
  await panel.locator('.tag', { hasText: tr(lang, `authoring.state.${state}`) }).first().waitFor();
}

describe('journey: creator → reviewer → publisher', () => {
  it('a creator builds a bilingual course with one HTML lesson, a reviewer approves it, a publisher publishes it, and it is in the catalog', async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const title = { en: `Grievance redressal basics ${tag}`, hi: `शिकायत निवारण की मूल बातें ${tag}` };
    const module = { en: 'Receiving a grievance', hi: 'शिकायत प्राप्त करना' };
    const lesson = { en: 'How to register a grievance', hi: 'शिकायत कैसे दर्ज करें' };

    // Creator: create the draft.
    const creator = await contentUser('content_creator');
    await creator.goto('/authoring');
    await creator.getByRole('heading', { level: 1, name: tr(lang, 'authoring.title') }).waitFor();
    await checkPage(creator, 'authoring list (creator)');
    await creator.getByLabel(tr(lang, 'authoring.titleEn'), { exact: true }).fill(title.en);
    await creator.getByLabel(tr(lang, 'authoring.titleHi'), { exact: true }).fill(title.hi);
    await creator.getByRole('button', { name: tr(lang, 'authoring.create'), exact: true }).click();
    await creator.waitForURL(/\/authoring\/[0-9a-f-]{36}$/);
    const courseId = new URL(creator.url()).pathname.split('/').pop()!;
    await creator.getByRole('heading', { level: 1, name: title.en }).waitFor();

    // Texts in both languages.
    const texts = creator.locator('form[aria-labelledby="texts-heading"]');
    for (const l of ['en', 'hi'] as const) {
      const block = texts.locator(`div[lang="${l}"]`);
      await block.getByLabel(tr(lang, 'authoring.summary'), { exact: true }).fill(l === 'en' ? 'How offices receive and settle public grievances.' : 'कार्यालय जन शिकायतें कैसे प्राप्त और निपटाते हैं।');
      await block.getByLabel(tr(lang, 'authoring.description'), { exact: true }).fill(l === 'en' ? 'Registering, forwarding and closing a grievance on time.' : 'शिकायत दर्ज करना, अग्रेषित करना और समय पर बंद करना।');
    }
    await texts.getByLabel(tr(lang, 'authoring.durationMinutes'), { exact: true }).fill('20');
    await texts.getByRole('button', { name: tr(lang, 'common.save'), exact: true }).click();
    await texts.getByText(tr(lang, 'common.saved')).waitFor();

    // One module with one HTML lesson.
    const modules = creator.locator('section[aria-labelledby="modules-heading"]');
    await modules.getByLabel(tr(lang, 'authoring.moduleTitleEn'), { exact: true }).fill(module.en);
    await modules.getByLabel(tr(lang, 'authoring.moduleTitleHi'), { exact: true }).fill(module.hi);
    await modules.getByRole('button', { name: tr(lang, 'authoring.addModule'), exact: true }).click();
    await modules.getByRole('heading', { level: 3, name: module.en }).waitFor();
    const addLesson = creator.getByRole('form', { name: tr(lang, 'authoring.addLessonTo', { name: module.en }) });
    await addLesson.getByLabel(tr(lang, 'authoring.lessonType'), { exact: true }).selectOption('html');
    await addLesson.getByLabel(tr(lang, 'authoring.lessonTitleEn'), { exact: true }).fill(lesson.en);
    await addLesson.getByLabel(tr(lang, 'authoring.lessonTitleHi'), { exact: true }).fill(lesson.hi);
    await addLesson.getByRole('button', { name: tr(lang, 'authoring.addLesson'), exact: true }).click();
    await creator.getByRole('button', { name: tr(lang, 'authoring.editNamed', { name: lesson.en }), exact: true }).click();
    const editor = creator.locator('form.lesson-editor');
    for (const l of ['en', 'hi'] as const) {
      const fieldset = editor.getByRole('group', { name: tr(lang, 'authoring.contentIn', { language: tr(lang, `language.${l}`) }) });
      await fieldset
        .getByLabel(tr(lang, 'authoring.html'), { exact: true })
        .fill(l === 'en' ? '<h2>Registering</h2><p>Every grievance gets a number and an acknowledgement within three days.</p>' : '<h2>दर्ज करना</h2><p>हर शिकायत को एक संख्या और तीन दिन के भीतर पावती मिलती है।</p>');
    }
    await editor.getByRole('button', { name: tr(lang, 'common.save'), exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await checkPage(creator, 'course editor (draft)');

    // Submit for review.
    await creator.getByRole('button', { name: tr(lang, 'authoring.submit'), exact: true }).click();
    await waitForState(creator, 'in_review');

    // Reviewer approves.
    const reviewer = await contentUser('content_reviewer');
    await reviewer.goto('/authoring?state=in_review');
    await reviewer.getByRole('link', { name: title.en }).click();
    await reviewer.waitForURL(`**/authoring/${courseId}`);
    await checkPage(reviewer, 'course editor (reviewer)');
    await reviewer.getByRole('button', { name: tr(lang, 'authoring.approve'), exact: true }).click();
    await reviewer
      .locator('section[aria-labelledby="workflow-heading"] .tag', { hasText: tr(lang, 'authoring.approved') })
      .first()
      .waitFor();

    // Publisher publishes.
    const publisher = await contentUser('content_publisher');
    await publisher.goto(`/authoring/${courseId}`);
    await publisher.getByRole('button', { name: tr(lang, 'authoring.publish'), exact: true }).click();
    await waitForState(publisher, 'published');

    // The course is in the catalog (search indexing may run as a job).
    await eventually(async () => {
      const res = await fetch(`${env.baseUrl}/api/catalog?q=${encodeURIComponent(title.en)}&lang=en`);
      const body = (await res.json()) as { items: { id: string }[] };
      return body.items.some((i) => i.id === courseId);
    }, 20_000);
    await publisher.goto(`/courses?q=${encodeURIComponent(title.en)}`);
    const card = publisher.getByTestId('catalog-result').filter({ hasText: title.en });
    await card.waitFor();
    expect(await card.count()).toBe(1);
    await card.getByRole('link', { name: title.en }).click();
    await publisher.getByRole('heading', { level: 1, name: title.en }).waitFor();
    await publisher.getByText(lesson.en).first().waitFor();
  });
});
