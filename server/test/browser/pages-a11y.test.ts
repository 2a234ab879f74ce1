import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkPage, DEMO_PASSWORD, MDO_ADMIN_SW, signIn, startBrowserEnv, tr, trPattern, type BrowserEnv, type Lang } from './browser-harness';
import { waitForLang } from './flows';
import { recordCourseCompletion } from '../../src/modules/competencies/passbook.service';
import { designationId, makeUser, orgId, TEST_PASSWORD } from '../factories';
import { makePublishedCourse } from '../course-factories';
import { insertProgramme, replaceCourses } from '../../src/modules/programmes/programmes.repo';
import { enrolInProgramme } from '../../src/modules/programmes/enrolment.service';
import { enrolLearner } from '../../src/modules/learning/enrolment.service';
import { markSubtreeDirty } from '../../src/modules/reports/refresh.repo';
import { drainAll } from '../../src/modules/reports/rollup.jobs';

let env: BrowserEnv;
beforeAll(async () => {
  env = await startBrowserEnv();
});
afterAll(async () => {
  await env?.close();
});

/** Opens a page, waits for its <h1>, then runs axe and the 360 px overflow check. */
async function visit(page: Page, url: string, lang: Lang, titleKey: string, params: Record<string, string> = {}, ready?: (p: Page) => Promise<unknown>) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: tr(lang, titleKey, params) }).waitFor();
  if (ready) await ready(page);
  await checkPage(page, `${url} (${lang})`);
}

describe('every main page passes axe at 360 px', () => {
  it('public pages: home, sign-in, register, forgot-password, dev outbox', async () => {
    const page = await env.newPage();
    await visit(page, '/', 'en', 'home.welcomeTitle');
    await visit(page, '/sign-in', 'en', 'signIn.title');
    await visit(page, '/register', 'en', 'register.title', {}, (p) => p.getByLabel(tr('en', 'orgPicker.search'), { exact: true }).waitFor());
    await visit(page, '/forgot-password', 'en', 'reset.title');
    await visit(page, '/dev/outbox', 'en', 'outbox.title');
    await visit(page, '/verify', 'en', 'certificates.verify.title');
  });

  it('a learner’s profile (signed in)', async () => {
    const page = await env.newPage();
    await signIn(page, 'ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    await visit(page, '/', 'en', 'home.greeting', { name: 'Ramesh Yadav' });
    await visit(page, '/profile', 'en', 'profile.title', {}, (p) => p.getByText('REV-1042').first().waitFor());
    await visit(page, '/my-certificates', 'en', 'certificates.mine.title', {}, (p) => p.getByText(tr('en', 'certificates.mine.nameNote')).waitFor());
  });

  it('the MDO admin’s approvals, users and import pages (signed in, Hindi account)', async () => {
    const page = await env.newPage();
    await signIn(page, MDO_ADMIN_SW, DEMO_PASSWORD);
    await page.goto('/admin');
    await waitForLang(page, 'hi'); // the admin's account language
    await visit(page, '/admin/approvals', 'hi', 'admin.approvals.title', {}, (p) => p.getByText(tr('hi', 'admin.approvals.empty')).waitFor());
    await visit(page, '/admin/users', 'hi', 'admin.users.title', {}, (p) => p.getByText('SW-0001').first().waitFor());
    await visit(page, '/admin/import', 'hi', 'admin.import.title');
    await visit(page, '/admin/orgs', 'hi', 'admin.orgTree.title', {}, (p) => p.getByText('UP-SW-LKO', { exact: false }).first().waitFor());
    await page.getByRole('button', { name: tr('hi', 'admin.orgTree.manage') }).nth(1).click();
    await page.getByText(tr('hi', 'admin.orgTree.create')).click();
    await page.getByText(tr('hi', 'admin.orgTree.rename')).click();
    await page.getByLabel(tr('hi', 'admin.orgTree.nameHi')).first().waitFor();
    await checkPage(page, '/admin/orgs with the add and rename forms (hi)');
  });

  it('programmes: catalog, programme page with enrolment, My Learning, and the authoring screens', async () => {
    const { ctx } = env.t;
    const courses = [
      await makePublishedCourse(ctx, { titleEn: 'Floods for district officers', titleHi: 'ज़िला अधिकारियों के लिए बाढ़', durationMinutes: 90, lessons: [{ type: 'html' }] }),
      await makePublishedCourse(ctx, { titleEn: 'RTI in practice', titleHi: 'व्यवहार में आरटीआई', durationMinutes: 50, lessons: [{ type: 'html' }] }),
      await makePublishedCourse(ctx, { titleEn: 'Buying on GeM', titleHi: 'जेम पर ख़रीद', durationMinutes: 60, lessons: [{ type: 'html' }] }),
    ];
    const provider = await orgId(ctx, 'UP-REV');
    const make = async (code: string, en: string, hi: string, status: 'draft' | 'published') => {
      const texts = { en: { title: en, summary: `${en}: three courses.`, description: 'Take one a day.' }, hi: { title: hi, summary: `${hi}: तीन पाठ्यक्रम।`, description: 'प्रतिदिन एक करें।' } };
      const id = await insertProgramme(ctx.db, { code, provider_org_id: provider, status, texts: JSON.stringify(texts), search_text: `${code} ${en} ${hi}`.toLowerCase(), published_at: status === 'published' ? new Date() : null });
      if (!id) throw new Error('programme not created');
      await ctx.db.transaction().execute((trx) => replaceCourses(trx, id, courses.map((c, i) => ({ courseId: c.courseId, required: i < 2 }))));
      return id;
    };
    const enrolled = await make('a11y-district-essentials', 'District essentials (a11y)', 'ज़िला आवश्यक (सुलभता)', 'published');
    await make('a11y-second-programme', 'Second programme (a11y)', 'दूसरा कार्यक्रम (सुलभता)', 'published');
    const draftId = await make('a11y-draft-programme', 'Draft programme (a11y)', 'प्रारूप कार्यक्रम (सुलभता)', 'draft');
    const learner = await makeUser(ctx, { org: 'UP-REV-LKO' });
    await ctx.db.transaction().execute((trx) => enrolInProgramme(trx, { userId: learner.id, programmeId: enrolled, source: 'self' }));

    const page = await env.newPage();
    await signIn(page, learner.email, TEST_PASSWORD);
    await visit(page, '/programmes', 'en', 'programmes.title', {}, (p) => p.getByTestId('programme-result').first().waitFor());
    await page.goto('/programmes/a11y-district-essentials');
    await page.getByRole('heading', { level: 1, name: 'District essentials (a11y)' }).waitFor();
    await page.getByTestId('programme-missing').waitFor();
    await checkPage(page, 'programme page (enrolled)');
    await page.goto('/programmes/a11y-second-programme');
    await page.getByRole('heading', { level: 1, name: 'Second programme (a11y)' }).waitFor();
    await checkPage(page, 'programme page (not enrolled)');
    await page.getByTestId('programme-enrol').click();
    await page.getByTestId('programme-progress').waitFor();
    await visit(page, '/my-learning', 'en', 'myLearning.title', {}, (p) => p.getByTestId('my-programmes').getByRole('link', { name: 'District essentials (a11y)' }).waitFor());

    const hindi = await env.newPage();
    const hindiLearner = await makeUser(ctx, { org: 'UP-REV-LKO', language: 'hi' });
    await signIn(hindi, hindiLearner.email, TEST_PASSWORD);
    await waitForLang(hindi, 'hi');
    await hindi.goto('/programmes/a11y-district-essentials');
    await hindi.getByRole('heading', { level: 1, name: 'ज़िला आवश्यक (सुलभता)' }).waitFor();
    await hindi.getByRole('button', { name: tr('hi', 'programmes.page.enrol') }).waitFor();
    await checkPage(hindi, 'programme page (Hindi)');

    const author = await makeUser(ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }, { role: 'content_publisher', org: 'UP-REV' }] });
    const authoring = await env.newPage();
    await signIn(authoring, author.email, TEST_PASSWORD);
    await visit(authoring, '/authoring/programmes', 'en', 'programmes.authoring.title', {}, (p) => p.getByTestId('authoring-programme').first().waitFor());
    await authoring.goto(`/authoring/programmes/${draftId}`);
    await authoring.getByRole('heading', { level: 1, name: 'Draft programme (a11y)' }).waitFor();
    await authoring.getByTestId('programme-course-picker').getByText(tr('en', 'programmes.authoring.added')).first().waitFor();
    await checkPage(authoring, 'programme editor (draft)');
    await authoring.getByTestId('programme-publish').click();
    await authoring.getByText(tr('en', 'programmes.authoring.readOnly')).waitFor();
    await checkPage(authoring, 'programme editor (published)');
  });
  it('competency hub: home prompt and recommendations, passbook, onboarding, gaps, career; admin framework, requirements, import, coverage', async () => {
    const { ctx } = env.t;
    const course = await makePublishedCourse(ctx, { titleEn: 'Relief and rehabilitation basics', titleHi: 'राहत और पुनर्वास की मूल बातें', lessons: [{ type: 'html' }] });
    await ctx.db
      .updateTable('course_versions')
      .set({ competencies: JSON.stringify([{ code: 'relief-rehabilitation', level: 2 }, { code: 'disaster-management', level: 1 }]) })
      .where('id', '=', course.versionId)
      .execute();
    const earned = await makePublishedCourse(ctx, { titleEn: 'Mutation cases', titleHi: 'नामांतरण के मामले', lessons: [{ type: 'html' }] });
    await ctx.db.updateTable('course_versions').set({ competencies: JSON.stringify([{ code: 'land-revenue', level: 2 }]) }).where('id', '=', earned.versionId).execute();
    const learner = await makeUser(ctx, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', name: 'Meena Gupta' });
    await recordCourseCompletion(ctx, { userId: learner.id, courseId: earned.courseId, versionId: earned.versionId, completedAt: new Date().toISOString() });

    const page = await env.newPage();
    await signIn(page, learner.email, TEST_PASSWORD);
    await visit(page, '/', 'en', 'home.greeting', { name: 'Meena Gupta' }, async (p) => {
      await p.getByRole('heading', { name: tr('en', 'competencies.prompt.title') }).waitFor();
      await p.getByRole('link', { name: 'Relief and rehabilitation basics' }).waitFor();
    });
    await visit(page, '/competencies/start', 'en', 'competencies.onboarding.title', {}, (p) => p.getByText(tr('en', 'competencies.onboarding.confirmYes')).waitFor());
    await page.getByText(tr('en', 'competencies.onboarding.confirmYes')).click();
    await page.getByLabel(`${tr('en', 'competencies.onboarding.row', { n: 1 })} (${tr('en', 'common.optional')})`, { exact: true }).selectOption('land-records');
    await page.getByRole('button', { name: tr('en', 'competencies.onboarding.save') }).click();
    await page.waitForURL((url) => url.pathname === '/competencies');
    await page.getByRole('heading', { level: 1, name: tr('en', 'competencies.title') }).waitFor();
    await page.getByRole('link', { name: 'Mutation cases' }).waitFor();
    await checkPage(page, '/competencies (en)');
    await visit(page, '/competencies/gaps', 'en', 'competencies.gaps.title', {}, (p) => p.getByRole('heading', { name: 'Land revenue administration' }).waitFor());
    await visit(page, '/career', 'en', 'career.title', {}, (p) => p.getByText(tr('en', 'career.youAreHere')).first().waitFor());
    await page.getByRole('button', { name: tr('en', 'career.setTarget', { post: 'Sub-Divisional Magistrate' }) }).click();
    await page.getByRole('link', { name: tr('en', 'career.seeGap') }).click();
    await page.getByRole('heading', { name: tr('en', 'competencies.gaps.for', { post: 'Sub-Divisional Magistrate' }) }).waitFor();
    await checkPage(page, '/competencies/gaps?for=target (en)');

    const hindi = await env.newPage();
    const hindiLearner = await makeUser(ctx, { org: 'UP-MH-BAH', designation: 'ASHA', language: 'hi', name: 'Kamla Devi' });
    await signIn(hindi, hindiLearner.email, TEST_PASSWORD);
    await waitForLang(hindi, 'hi');
    await hindi.getByRole('heading', { name: tr('hi', 'competencies.prompt.title') }).waitFor();
    await checkPage(hindi, 'home with the competency prompt (hi)');
    await visit(hindi, '/competencies', 'hi', 'competencies.title', {}, (p) => p.getByText(tr('hi', 'competencies.noEntries')).waitFor());
    await visit(hindi, '/competencies/gaps', 'hi', 'competencies.gaps.title', {}, (p) => p.getByRole('heading', { name: 'मातृ एवं शिशु स्वास्थ्य' }).waitFor());
    await visit(hindi, '/career', 'hi', 'career.title', {}, (p) => p.getByText(tr('hi', 'career.youAreHere')).first().waitFor());

    const admin = await env.newPage();
    await signIn(admin, 'nodal.revenue@up.gov.in', DEMO_PASSWORD);
    await visit(admin, '/admin/competencies', 'en', 'competencies.admin.framework.title', {}, (p) => p.getByRole('heading', { name: 'Land administration' }).waitFor());
    await visit(admin, '/admin/competencies/requirements', 'en', 'competencies.admin.requirements.title', {}, (p) => p.getByRole('link', { name: 'Tehsildar', exact: true }).waitFor());
    const tehsildar = await designationId(ctx, 'TEHSILDAR');
    await visit(admin, `/admin/competencies/requirements/${tehsildar}`, 'en', 'competencies.admin.requirements.editorTitle', { post: 'Tehsildar' }, (p) =>
      p.getByLabel(tr('en', 'competencies.admin.requirements.roleNameEn', { n: 1 })).waitFor(),
    );
    await visit(admin, '/admin/competencies/import', 'en', 'competencies.admin.import.title');
    await admin.getByLabel(tr('en', 'competencies.admin.import.file'), { exact: true }).setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('designation_code,role_en,role_hi,activity_en,activity_hi,competency_code,level\nLEKHPAL,Village,ग्राम,Keep records,अभिलेख रखना,land-records,9\n'),
    });
    await admin.getByRole('button', { name: tr('en', 'competencies.admin.import.check') }).click();
    await admin.getByRole('heading', { name: tr('en', 'competencies.admin.import.problems') }).waitFor();
    await checkPage(admin, '/admin/competencies/import with row problems (en)');
    await visit(admin, '/admin/competencies/coverage', 'en', 'competencies.admin.coverage.title', {}, (p) => p.getByRole('heading', { name: 'Land revenue administration' }).waitFor());

    const sw = await env.newPage();
    await signIn(sw, MDO_ADMIN_SW, DEMO_PASSWORD);
    await sw.goto('/admin');
    await waitForLang(sw, 'hi');
    const dswo = await designationId(ctx, 'DSWO');
    await visit(sw, `/admin/competencies/requirements/${dswo}`, 'hi', 'competencies.admin.requirements.editorTitle', { post: 'जिला समाज कल्याण अधिकारी' }, (p) =>
      p.getByLabel(tr('hi', 'competencies.admin.requirements.roleNameEn', { n: 1 })).waitFor(),
    );
    await visit(sw, '/admin/competencies/coverage', 'hi', 'competencies.admin.coverage.title', {}, (p) => p.getByText(trPattern('hi', 'competencies.admin.coverage.employees')).waitFor());
  });
  it('reports: dashboard with drill-down, people, downloads, leaderboards, learning weeks and a course report (en and hi)', async () => {
    const { ctx } = env.t;
    const course = await makePublishedCourse(ctx, { titleEn: 'Snakebite first aid', titleHi: 'सर्पदंश प्राथमिक उपचार', durationMinutes: 60, lessons: [{ type: 'html' }, { type: 'html' }] });
    const learner = await makeUser(ctx, { org: 'UP-MH-BAH', name: 'Geeta Maurya' });
    const stalled = await makeUser(ctx, { org: 'UP-MH-BAH', name: 'Suman Pal' });
    for (const u of [learner, stalled]) await ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId: u.id, courseId: course.courseId, source: 'self' }));
    await ctx.db.updateTable('enrolments').set({ status: 'completed', progress_percent: 100, completed_at: new Date(), learning_minutes_credited: 60 }).where('user_id', '=', learner.id).execute();
    await markSubtreeDirty(ctx.db, '/');
    await drainAll(ctx);
    const mh = await orgId(ctx, 'UP-MH');

    const state = await env.newPage();
    await signIn(state, 'state.admin@up.gov.in', DEMO_PASSWORD);
    await visit(state, '/reports', 'en', 'reports.dashboard.titleOf', { org: 'Uttar Pradesh' }, (p) => p.getByRole('link', { name: 'Medical Health and Family Welfare Department' }).waitFor());
    await state.getByRole('link', { name: 'Medical Health and Family Welfare Department' }).click();
    await state.getByRole('heading', { level: 1, name: tr('en', 'reports.dashboard.titleOf', { org: 'Medical Health and Family Welfare Department' }) }).waitFor();
    await state.getByRole('heading', { name: tr('en', 'reports.plans.title') }).waitFor();
    await checkPage(state, '/reports?org=UP-MH (en)');
    await state.getByRole('link', { name: tr('en', 'reports.people.see') }).click();
    await state.getByRole('heading', { level: 1, name: tr('en', 'reports.people.pageTitle') }).waitFor();
    await state.getByText('Geeta Maurya').waitFor();
    // 60 credited minutes: learning hours with one decimal, as in the export.
    await state.getByRole('row', { name: /Geeta Maurya/ }).getByRole('cell', { name: '1.0', exact: true }).waitFor();
    await checkPage(state, '/reports/people (en)');
    await state.goto(`/reports?org=${mh}`);
    await state.getByRole('button', { name: tr('en', 'reports.exports.prepare') }).click();
    await state.getByText(tr('en', 'reports.exports.queued')).waitFor();
    await visit(state, '/reports/exports', 'en', 'reports.exports.pageTitle', {}, (p) => p.getByText(tr('en', 'reports.exports.status.ready')).waitFor({ timeout: 20_000 }));
    await visit(state, '/learning-weeks', 'en', 'reports.weeks.title');
    await state.getByRole('button', { name: tr('en', 'reports.weeks.new') }).click();
    await state.getByLabel(tr('en', 'reports.weeks.nameEn'), { exact: true }).fill('State learning week');
    await state.getByLabel(tr('en', 'reports.weeks.nameHi'), { exact: true }).fill('राज्य लर्निंग वीक');
    const today = new Date().toISOString().slice(0, 10);
    await state.getByLabel(tr('en', 'reports.weeks.startsOn'), { exact: true }).fill(today);
    await state.getByLabel(tr('en', 'reports.weeks.endsOn'), { exact: true }).fill(today);
    await checkPage(state, '/learning-weeks with the form (en)');
    await state.getByRole('button', { name: tr('en', 'reports.weeks.create') }).click();
    await state.getByRole('heading', { level: 1, name: 'State learning week' }).waitFor();
    await state.getByRole('heading', { name: tr('en', 'reports.weeks.leading') }).waitFor();
    await checkPage(state, '/learning-weeks/:id (en)');

    const sw = await env.newPage();
    await signIn(sw, MDO_ADMIN_SW, DEMO_PASSWORD);
    await sw.goto('/reports');
    await waitForLang(sw, 'hi');
    await sw.getByRole('heading', { level: 1, name: tr('hi', 'reports.dashboard.titleOf', { org: 'समाज कल्याण विभाग' }) }).waitFor();
    await sw.getByRole('heading', { name: tr('hi', 'reports.monthly.title') }).waitFor();
    await checkPage(sw, '/reports (hi)');

    const colleague = await env.newPage();
    await signIn(colleague, learner.email, TEST_PASSWORD);
    await visit(colleague, '/leaderboards', 'en', 'reports.leaderboard.title', {}, (p) => p.getByRole('rowheader', { name: /Geeta M\./ }).waitFor());
    await visit(colleague, '/learning-weeks', 'en', 'reports.weeks.title', {}, (p) => p.getByRole('link', { name: 'State learning week' }).waitFor());

    const author = await makeUser(ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] });
    const provider = await env.newPage();
    await signIn(provider, author.email, TEST_PASSWORD);
    await visit(provider, `/reports/courses/${course.courseId}`, 'en', 'reports.quality.titleOf', { course: 'Snakebite first aid' }, (p) => p.getByText(tr('en', 'reports.quality.noFinal')).waitFor());
  });

  it('training plans: the admin list, the plan form, HRMS access (the journey is in plans-journey.test.ts)', async () => {
    const page = await env.newPage();
    await signIn(page, 'nodal.revenue@up.gov.in', DEMO_PASSWORD);
    await visit(page, '/admin/plans', 'en', 'plans.admin.title');
    await visit(page, '/admin/plans/new', 'en', 'plans.form.title', {}, (p) => p.getByLabel(tr('en', 'plans.form.nameEn'), { exact: true }).waitFor());
    await visit(page, '/admin/hrms', 'en', 'plans.hrms.title');
    await visit(page, '/', 'en', 'home.greeting', { name: 'Sanjay Tripathi' }, (p) => p.getByRole('heading', { name: tr('en', 'plans.home.title') }).waitFor());
  });
});
