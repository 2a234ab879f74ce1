import { sql } from 'kysely';
import type { Language } from '../db/column-types';
import type { AppContext } from '../platform/context';
import { lessonsOfPublishedVersion, type PublishedLesson } from '../modules/courses';
import { DEMO_COURSES } from './courses';
import { DEMO_LEARNERS, seedDemoLearners } from './learners.seed';
import { enrolAt, isAssessment, leaveAttemptOpen, learnerActor, lessonUpdate, rateAt, recordResult, reportAt, takeAssessment } from './learning-actions.seed';

/** Where a demo learner stands in one course; days are counted back from the moment the seed runs. */
interface Plan {
  course: string;
  state: 'not_started' | 'in_progress' | 'open_attempt' | 'completed';
  enrolledDaysAgo: number;
  /** in_progress: the share of the syllabus done (the next lesson is left half-way). */
  share?: number;
  /** completed: when. */
  doneDaysAgo?: number;
  assigned?: { dueInDays: number };
  rating?: { stars: number; review?: string };
  /** completed: fails the final assessment once before passing it. */
  failFirst?: boolean;
}

const DAY = 24 * 3600 * 1000;

/** The demo accounts people sign in with (`npm start` prints them): a lively My Learning for each. */
const DEMO_PLANS: Record<string, Plan[]> = {
  'ramesh.yadav@up.gov.in': [
    { course: 'DM-DISTRICT', state: 'in_progress', share: 0.5, enrolledDaysAgo: 9, assigned: { dueInDays: 21 } },
    { course: 'RTI-2005', state: 'open_attempt', enrolledDaysAgo: 14 },
    { course: 'Y-BREAK', state: 'in_progress', share: 0.34, enrolledDaysAgo: 3 },
    { course: 'E-OFFICE', state: 'in_progress', share: 0.2, enrolledDaysAgo: 40, assigned: { dueInDays: -5 } },
    { course: 'NOTING-DRAFTING', state: 'not_started', enrolledDaysAgo: 1 },
    { course: 'AI-BASICS', state: 'completed', enrolledDaysAgo: 60, doneDaysAgo: 45, assigned: { dueInDays: -30 }, rating: { stars: 5, review: 'Clear examples of where AI helps in a tehsil office, and where it must not decide.' } },
    { course: 'CYBER-SEC', state: 'completed', enrolledDaysAgo: 60, doneDaysAgo: 38, assigned: { dueInDays: -30 }, rating: { stars: 4, review: 'The phishing examples looked exactly like the mails we get.' } },
    { course: 'GEM-PROC', state: 'completed', enrolledDaysAgo: 110, doneDaysAgo: 100, failFirst: true, rating: { stars: 4 } },
  ],
  'sunita.devi.asha@gmail.com': [
    { course: 'MCH-ANM-ASHA', state: 'completed', enrolledDaysAgo: 35, doneDaysAgo: 20, assigned: { dueInDays: -10 }, rating: { stars: 5, review: 'गृह भ्रमण की सूची बहुत काम की है। सरल भाषा में समझाया गया है।' } },
    { course: 'Y-BREAK', state: 'completed', enrolledDaysAgo: 16, doneDaysAgo: 12, rating: { stars: 5, review: 'रोज़ पाँच मिनट का योग, थकान कम होती है।' } },
    { course: 'CYBER-SEC', state: 'in_progress', share: 0.6, enrolledDaysAgo: 25, assigned: { dueInDays: -3 } },
    { course: 'POSH-2013', state: 'not_started', enrolledDaysAgo: 2, assigned: { dueInDays: 30 } },
    { course: 'AI-BASICS', state: 'in_progress', share: 0.2, enrolledDaysAgo: 6 },
  ],
  'arvind.kumar@up.gov.in': [
    { course: 'COMMUNITY-POLICING', state: 'in_progress', share: 0.7, enrolledDaysAgo: 10, assigned: { dueInDays: 14 } },
    { course: 'AI-BASICS', state: 'in_progress', share: 0.3, enrolledDaysAgo: 30, assigned: { dueInDays: -20 } },
    { course: 'CYBER-SEC', state: 'completed', enrolledDaysAgo: 70, doneDaysAgo: 50, assigned: { dueInDays: -30 }, rating: { stars: 4, review: 'ओटीपी धोखाधड़ी के उदाहरण थाने में रोज़ काम आते हैं।' } },
    { course: 'POSH-2013', state: 'completed', enrolledDaysAgo: 90, doneDaysAgo: 80, rating: { stars: 5 } },
  ],
};

const REVIEWS: Record<Language, string[]> = {
  en: ['Useful and to the point.', 'Good examples from our own offices.', 'The quiz made me read the material again, in a good way.', 'Short enough to finish in a lunch break.'],
  hi: ['उपयोगी और सटीक।', 'हमारे कार्यालयों के अच्छे उदाहरण।', 'हिंदी में सामग्री होने से समझना आसान रहा।', 'दोपहर के अवकाश में पूरा हो जाता है।'],
};
const SELF_COURSES = ['POSH-2013', 'RTI-2005', 'Y-BREAK', 'NOTING-DRAFTING', 'E-OFFICE', 'GEM-PROC', 'NEP-2020'];

/** Plans of the generated Social Welfare learners: the two mandated courses, and one or two of their own choice. */
function generatedPlans(i: number, language: Language): Plan[] {
  const review = (k: number) => (k % 2 === 0 ? REVIEWS[language][(i + k) % REVIEWS[language].length] : undefined);
  const ai: Plan = i % 5 < 3
    ? { course: 'AI-BASICS', state: 'completed', enrolledDaysAgo: 70 - i, doneDaysAgo: 40 - i, assigned: { dueInDays: -30 }, rating: { stars: 3 + (i % 3), review: review(0) } }
    : { course: 'AI-BASICS', state: i % 5 === 3 ? 'in_progress' : 'not_started', share: 0.5, enrolledDaysAgo: 70 - i, assigned: { dueInDays: -30 } };
  const cyber: Plan = i % 4 < 2
    ? { course: 'CYBER-SEC', state: 'completed', enrolledDaysAgo: 30, doneDaysAgo: 20 - (i % 10), assigned: { dueInDays: 10 }, failFirst: i % 8 === 0, rating: { stars: 4 + (i % 2), review: review(1) } }
    : { course: 'CYBER-SEC', state: i % 4 === 2 ? 'in_progress' : 'not_started', share: 0.6, enrolledDaysAgo: 30, assigned: { dueInDays: 10 } };
  const own = SELF_COURSES[i % SELF_COURSES.length] ?? 'POSH-2013';
  const plans = [ai, cyber];
  const shares = [0.25, 0.5, 0.75];
  plans.push(
    i % 3 === 0
      ? { course: own, state: 'completed', enrolledDaysAgo: 25, doneDaysAgo: 5 + (i % 7), rating: { stars: 4 + (i % 2), review: review(2) } }
      : { course: own, state: 'in_progress', share: shares[i % 3] ?? 0.5, enrolledDaysAgo: 12 - (i % 5) },
  );
  if (i % 2 === 0) plans.push({ course: SELF_COURSES[(i + 3) % SELF_COURSES.length] ?? 'NEP-2020', state: 'not_started', enrolledDaysAgo: 2 });
  return plans;
}

interface Learner {
  id: string;
  orgId: string;
  tenantId: string;
  language: Language;
  /** The demo accounts take their assessments through real attempts (their history shows them); generated learners' results are recorded directly. */
  attempts: boolean;
}

/**
 * Time a learner spends in each lesson read: 60 % of the course's stated duration spread over its lessons (assessments
 * take the rest), so a completion credits the stated hours under the credit rule (≥ 50 % spent), at most an hour each.
 */
function readingSeconds(durationMinutes: number, lessons: PublishedLesson[]): number {
  const readable = lessons.filter((l) => !isAssessment(l)).length;
  return Math.min(3600, Math.ceil((durationMinutes * 60 * 0.6) / Math.max(1, readable)));
}

/** Follows one plan: enrol, learn part or all of the syllabus, take the assessments, rate. */
async function follow(ctx: AppContext, learner: Learner, courseId: string, lessons: PublishedLesson[], plan: Plan, now: number, durationMinutes: number): Promise<void> {
  const enrolled = now - plan.enrolledDaysAgo * DAY;
  const dueAt = plan.assigned ? new Date(now + plan.assigned.dueInDays * DAY) : null;
  await enrolAt(ctx, learner.id, courseId, plan.assigned ? 'assignment' : 'self', new Date(enrolled), dueAt);
  if (plan.state === 'not_started') return;
  const actor = learnerActor(learner);
  const finalIndex = lessons.findIndex((l) => l.type === 'final_assessment');
  const doneCount =
    plan.state === 'completed' ? lessons.length
    : plan.state === 'open_attempt' ? (finalIndex >= 0 ? finalIndex : lessons.length)
    : Math.floor((plan.share ?? 0.5) * lessons.length);
  const end = plan.state === 'completed' ? now - (plan.doneDaysAgo ?? 1) * DAY : now - 2 * 3600 * 1000;
  // Activity moments: the reading on the day after enrolling, each assessment a little later, the last one at `end`.
  const done = lessons.slice(0, doneCount);
  const tests = done.filter(isAssessment);
  const step = (end - enrolled) / (tests.length + 2);
  let moment = enrolled + step;
  const language = learner.language;
  const test = (key: string, when: number, pass = true) =>
    learner.attempts ? takeAssessment(ctx, actor, courseId, key, new Date(when), pass) : recordResult(ctx, learner.id, courseId, key, new Date(when), pass);
  // Reported in one batch on that day: the pace rule (server time since enrolling) allows the hours spent.
  const perLesson = readingSeconds(durationMinutes, lessons);
  const read = done.filter((l) => !isAssessment(l)).map((l, i) => lessonUpdate(l, 1, language, moment + i));
  await reportAt(ctx, learner.id, courseId, read.map((u) => ({ ...u, timeSpentSeconds: Math.max(u.timeSpentSeconds, perLesson) })), new Date(moment));
  for (const [i, lesson] of tests.entries()) {
    moment = i === tests.length - 1 && plan.state === 'completed' ? end : moment + step;
    if (plan.failFirst && lesson.type === 'final_assessment') await test(lesson.key, moment - DAY / 2, false);
    await test(lesson.key, moment);
  }
  const next = lessons[doneCount];
  if (plan.state === 'in_progress' && next) {
    if (isAssessment(next)) await test(next.key, end, false);
    else await reportAt(ctx, learner.id, courseId, [lessonUpdate(next, 0.45, language, end)], new Date(end));
  }
  if (plan.state === 'open_attempt' && next && isAssessment(next)) await leaveAttemptOpen(ctx, actor, courseId, next.key, new Date(end), 2);
  if (plan.state === 'completed' && plan.rating) await rateAt(ctx, actor, courseId, new Date(end + 3600 * 1000), plan.rating.stars, plan.rating.review);
}

/**
 * Demo learning activity (outside tests, after the demo courses): the demo learner accounts and two dozen generated
 * Social Welfare learners with courses not started, in progress at various points with a resume position, completed
 * (with ratings and reviews), assigned with due dates (some overdue), and one assessment attempt left open.
 * Runs at every start; a course a learner already has activity in is left alone, so a restart adds nothing twice.
 */
export async function seedDemoLearning(ctx: AppContext, password: string): Promise<void> {
  const generatedIds = await seedDemoLearners(ctx, password);
  const demoEmails = Object.keys(DEMO_PLANS);
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'org_id', 'tenant_id', 'language'])
    .where('email', 'in', [...demoEmails, ...generatedIds.keys()])
    .execute();
  if (users.length === 0) return;
  // Per learner and course: an enrolment with any activity is left alone (so a restart adds nothing twice), and so is
  // any enrolment for a course meant to stay not started. An enrolment made by another seed (a programme, a plan)
  // without activity still gets its learning.
  const enrolments = await ctx.db
    .selectFrom('enrolments as e')
    .select(['e.user_id', 'e.course_id'])
    .select(sql<boolean>`e.status = 'completed' OR e.time_spent_seconds > 0
      OR EXISTS (SELECT 1 FROM lesson_progress p WHERE p.user_id = e.user_id AND p.course_id = e.course_id)`.as('active'))
    .where('e.user_id', 'in', users.map((u) => u.id))
    .execute();
  const existing = new Map(enrolments.map((e) => [`${e.user_id}/${e.course_id}`, e.active]));
  const leaveAlone = (userId: string, courseId: string, plan: Plan) => {
    const active = existing.get(`${userId}/${courseId}`);
    return active === true || (active === false && plan.state === 'not_started');
  };

  const courses = await ctx.db
    .selectFrom('courses as c')
    .leftJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .select(['c.id', 'c.code', 'v.duration_minutes'])
    .where('c.code', 'in', DEMO_COURSES.map((c) => c.code))
    .execute();
  const durations = new Map(courses.map((c) => [c.id, c.duration_minutes ?? 0]));
  const courseIds = new Map(courses.flatMap((c) => (c.code ? [[c.code, c.id] as const] : [])));
  const syllabus = new Map<string, PublishedLesson[]>();
  for (const [code, id] of courseIds) syllabus.set(code, await lessonsOfPublishedVersion(ctx.db, id));

  const now = ctx.clock.now().getTime();
  for (const u of users) {
    const learner: Learner = { id: u.id, orgId: u.org_id, tenantId: u.tenant_id, language: u.language, attempts: demoEmails.includes(u.email ?? '') };
    const index = DEMO_LEARNERS.findIndex((l) => l.email === u.email);
    const plans = DEMO_PLANS[u.email ?? ''] ?? (index >= 0 ? generatedPlans(index, u.language) : []);
    for (const plan of plans) {
      const courseId = courseIds.get(plan.course);
      const lessons = syllabus.get(plan.course);
      if (courseId && lessons?.length && !leaveAlone(u.id, courseId, plan)) await follow(ctx, learner, courseId, lessons, plan, now, durations.get(courseId) ?? 0);
    }
  }
}
