import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../factories';
import { makePublishedCourse } from '../course-factories';
import { enrolLearner } from '../../src/modules/learning/enrolment.service';
import { seedDemoActivity } from '../../src/demo';
import { seedDemoCourses } from '../../src/demo/courses.seed';
import { seedDemoPlans } from '../../src/demo/plans.seed';
import { seedDemoProgrammes } from '../../src/demo/programmes.seed';
import { checkPage, DEMO_PASSWORD, signIn, startBrowserEnv, tr, type BrowserEnv } from './browser-harness';
import { blockExternalHosts, waitLessonCompleted } from './learning-flows';

/*
 * Clear next steps (issue 19): the course to continue comes first in My Learning at 360 px; Home and My Learning
 * name a course's state with the same word; a completed course's page shows its certificate and the learner is told.
 */

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

describe('next steps', () => {
  it('My Learning shows the one course in progress above seven untouched assigned ones, on screen at 360 px', async () => {
    const t = env.t;
    const user = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const courses = await Promise.all(Array.from({ length: 8 }, (_, i) => makePublishedCourse(t.ctx, { titleEn: `Assigned course ${i + 1}`, titleHi: `सौंपा गया पाठ्यक्रम ${i + 1}` })));
    const now = t.clock.now().getTime();
    await t.ctx.db.transaction().execute(async (trx) => {
      for (const [i, c] of courses.entries()) {
        await enrolLearner(trx, { userId: user.id, courseId: c.courseId, source: 'assignment', dueAt: new Date(now + (i + 1) * 86_400_000) });
      }
    });
    // The course due last is the one the learner started: 40 %.
    const started = courses[7];
    if (!started) throw new Error('no course');
    await t.ctx.db
      .updateTable('enrolments')
      .set({ progress_percent: 40, last_activity_at: new Date(now), last_lesson_key: started.lessons[0]?.key ?? null })
      .where('user_id', '=', user.id)
      .where('course_id', '=', started.courseId)
      .execute();

    const page = await env.newPage();
    await signIn(page, user.email, TEST_PASSWORD);
    await page.goto('/my-learning');
    await page.getByRole('heading', { level: 1, name: tr('en', 'myLearning.title') }).waitFor();
    const first = page.getByTestId('my-course').first();
    await first.waitFor();
    expect(await first.getAttribute('data-state')).toBe('in_progress');
    expect(await first.getByRole('heading').innerText()).toBe('Assigned course 8');
    await first.getByText(tr('en', 'course.state.in_progress', { percent: 40 })).waitFor();
    // Its Continue button is on the first screen, without scrolling past untouched courses.
    const button = first.getByRole('link', { name: new RegExp(`^${tr('en', 'course.action.in_progress')}`) });
    const box = await button.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    // The untouched ones follow, by deadline, each "Not started" with "Start".
    const assigned = page.locator('section[aria-labelledby="ml-assigned"]').getByTestId('my-course');
    expect(await assigned.count()).toBe(7);
    expect(await assigned.first().getByRole('heading').innerText()).toBe('Assigned course 1');
    expect(await assigned.getByText(tr('en', 'course.state.not_started'), { exact: true }).count()).toBe(7);
    expect(await assigned.getByRole('link', { name: new RegExp(`^${tr('en', 'course.action.not_started')}\\s*:`) }).count()).toBe(7);
    await checkPage(page, 'My Learning, continue first (360 px)');
  });

  it('Home and My Learning use one word for each course state (no "in progress (0%)" for an untouched course)', async () => {
    // The demo courses, the training plans that assign them and the demo learners' activity.
    await seedDemoCourses(env.t.ctx);
    await seedDemoProgrammes(env.t.ctx);
    await seedDemoPlans(env.t.ctx);
    await seedDemoActivity(env.t.ctx);
    const page = await env.newPage();
    await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    await page.goto('/my-learning');
    await page.getByTestId('my-course').first().waitFor();
    const onMyLearning = new Map<string, string | null>();
    for (const card of await page.getByTestId('my-course').all()) {
      onMyLearning.set((await card.getByRole('heading').innerText()).trim(), await card.getAttribute('data-state'));
    }
    await page.goto('/');
    const plans = page.getByTestId('home-plans');
    await plans.getByTestId('plan-tile').first().waitFor();
    // Each required course of a plan: its title links to the course, its tag says its state.
    const rows = await plans.locator('ul.link-list > li').filter({ has: page.getByTestId('course-state') }).all();
    let compared = 0;
    for (const row of rows) {
      const title = (await row.getByRole('link').first().innerText()).trim();
      const tag = row.getByTestId('course-state');
      const state = await tag.getAttribute('data-state');
      if (state === 'not_started') expect(await tag.innerText()).toBe(tr('en', 'course.state.not_started'));
      if (onMyLearning.has(title) && onMyLearning.get(title) !== 'completed') {
        expect({ title, state }).toEqual({ title, state: onMyLearning.get(title) });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(await plans.innerText()).not.toMatch(/\(0 ?%\)/);
    await checkPage(page, 'Home plans with course states');
  }, 300_000);

  it('a completed course page shows "Your certificate is ready" with its links, and Home has the notice', async () => {
    const t = env.t;
    const course = await makePublishedCourse(t.ctx, {
      provider: 'UP-SW',
      titleEn: 'Leave Rules in Brief',
      titleHi: 'अवकाश नियम संक्षेप में',
      lessons: [{ type: 'html', content: { html: '<p>Earned leave, half pay leave and casual leave.</p>' } }],
    });
    const user = await makeUser(t.ctx, { org: 'UP-SW-LKO', name: 'Meena Kumari' });
    const page = await env.newPage();
    await blockExternalHosts(page, env.baseUrl);
    await signIn(page, user.email, TEST_PASSWORD);
    await page.goto(`/courses/${course.courseId}`);
    await page.getByTestId('course-enrol').click();
    await page.waitForURL((url) => url.pathname.includes('/learn/'));
    await page.locator('.lesson-html').waitFor();
    await page.locator('.end-sentinel').scrollIntoViewIfNeeded();
    await waitLessonCompleted(page);

    await page.goto(`/courses/${course.courseId}`);
    const panel = page.getByTestId('course-certificate');
    // "Being prepared" while the job issues it, then ready (the page polls).
    await panel.and(page.locator('[data-status="issued"]')).waitFor({ timeout: 20_000 });
    await panel.getByText(tr('en', 'course.certificate.ready')).waitFor();
    const [cert] = (await t.ctx.db.selectFrom('certificates').select(['id', 'number']).where('user_id', '=', user.id).execute());
    if (!cert) throw new Error('no certificate');
    expect(await panel.getByRole('link', { name: tr('en', 'certificates.mine.view'), exact: true }).getAttribute('href')).toBe(`/api/me/certificates/${cert.id}/pdf`);
    expect(await panel.getByRole('link', { name: tr('en', 'certificates.mine.downloadPdf'), exact: true }).getAttribute('href')).toBe(`/api/me/certificates/${cert.id}/pdf?download=true`);
    await panel.getByRole('link', { name: tr('en', 'certificates.mine.openVerify'), exact: true }).waitFor();
    await checkPage(page, 'completed course with its certificate');

    await page.goto('/');
    const notice = page.locator('.notification-list li', { hasText: 'Kshamata: your certificate for "Leave Rules in Brief" is ready' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain(cert.number);
    expect(await notice.innerText()).toContain('/my-certificates');
    await checkPage(page, 'home with the certificate notice');

    await page.goto(`/courses/${course.courseId}`);
    await page.getByTestId('course-certificate').getByRole('link', { name: tr('en', 'certificates.mine.openVerify'), exact: true }).click();
    await page.waitForURL((u) => u.pathname === `/verify/${cert.number}`);
  });
});
