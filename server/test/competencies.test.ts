import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { DEMO_PASSWORD } from '../src/demo/index';
import { seedDemoCourses } from '../src/demo/courses.seed';
import { enrolLearner } from '../src/modules/learning/enrolment.service';
import { recordAssessmentPass, recordCourseCompletion } from '../src/modules/competencies/passbook.service';
import { rankRecommendations, type Candidate, type Need } from '../src/modules/competencies/recommendations.rules';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

/** Tags a published course with competencies (the factory publishes it untagged). */
async function tag(versionId: string, competencies: { code: string; level: number }[], languages: ('en' | 'hi')[] = ['en', 'hi']) {
  await t.ctx.db.updateTable('course_versions').set({ competencies: JSON.stringify(competencies), languages }).where('id', '=', versionId).execute();
}

/** A signed-in learner with the given designation. */
async function learner(opts: { designation?: string; org?: string; language?: 'en' | 'hi' } = {}): Promise<{ id: string; c: TestClient }> {
  const user = await makeUser(t.ctx, { designation: opts.designation, org: opts.org, language: opts.language });
  return { id: user.id, c: await t.client(opts.language ?? 'en').signIn(user.email, TEST_PASSWORD) };
}

/** Completes a course for a learner as the learning module would, then delivers the course.completed event. */
async function complete(userId: string, courseId: string) {
  const course = await t.ctx.db.selectFrom('courses').select('published_version_id').where('id', '=', courseId).executeTakeFirstOrThrow();
  const completedAt = t.ctx.clock.now();
  await t.ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId, courseId, source: 'self' }));
  await t.ctx.db.updateTable('enrolments').set({ status: 'completed', completed_at: completedAt, progress_percent: 100 }).where('user_id', '=', userId).where('course_id', '=', courseId).execute();
  return recordCourseCompletion(t.ctx, { userId, courseId, versionId: course.published_version_id ?? '', completedAt: completedAt.toISOString() });
}

describe('framework', () => {
  it('is seeded with at least 40 competencies across the three types, the course tags among them, five levels each in en and hi', async () => {
    const { c } = await learner();
    const res = await c.get('/api/competencies/framework');
    expect(res.status).toBe(200);
    expect(res.body.competencyCount).toBeGreaterThanOrEqual(40);
    expect(res.body.permissions.edit).toBe(false);
    const all = res.body.areas.flatMap((a: { themes: { competencies: unknown[] }[] }) => a.themes.flatMap((th) => th.competencies));
    const types = new Set(all.map((x: { type: string }) => x.type));
    expect([...types].sort()).toEqual(['behavioural', 'domain', 'functional']);
    for (const type of types) expect(all.filter((x: { type: string }) => x.type === type).length).toBeGreaterThanOrEqual(10);
    const codes = new Set(all.map((x: { code: string }) => x.code));
    const tagged = ['ai-literacy', 'citizen-service', 'community-outreach', 'community-policing', 'crisis-leadership', 'cyber-security', 'data-protection', 'digital-literacy', 'disaster-management', 'e-governance', 'education-policy', 'financial-management', 'gender-sensitivity', 'integrity', 'noting-drafting', 'procurement', 'public-health', 'public-policy', 'rti', 'self-management', 'transparency', 'wellbeing', 'written-communication'];
    expect(tagged.filter((code) => !codes.has(code))).toEqual([]);
    for (const x of all as { levels: { level: number; en: string; hi: string }[]; nameHi: string }[]) {
      expect(x.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
      expect(x.levels.every((l) => l.en.length > 10 && /[\u0900-\u097F]/.test(l.hi))).toBe(true);
      expect(x.nameHi).toMatch(/[\u0900-\u097F]/);
    }
    expect((await t.client().get('/api/competencies/framework')).status).toBe(401);
  });

  it('platform admins add and edit competencies; others are refused; five levels are required', async () => {
    const admin = await t.client().signIn('platform.admin@dopt.gov.in', DEMO_PASSWORD);
    const mdo = await t.client().signIn('nodal.revenue@up.gov.in', DEMO_PASSWORD);
    const levels = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n} of election duty`, hi: `चुनाव ड्यूटी का स्तर ${n}` }));
    const body = { themeCode: 'dom-land', nameEn: 'Election management', nameHi: 'निर्वाचन प्रबंधन', levels };
    expect((await mdo.request('PUT', '/api/admin/competency-framework/competencies/election-management', body)).status).toBe(403);
    const created = await admin.request('PUT', '/api/admin/competency-framework/competencies/election-management', body);
    expect([created.status, created.body]).toEqual([201, { code: 'election-management', created: true }]);
    const again = await admin.request('PUT', '/api/admin/competency-framework/competencies/election-management', { ...body, nameEn: 'Election management (RO/ARO)' });
    expect([again.status, again.body.created]).toEqual([200, false]);
    const short = await admin.request('PUT', '/api/admin/competency-framework/competencies/election-management', { ...body, levels: levels.slice(0, 4) });
    expect([short.status, short.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const noTheme = await admin.request('PUT', '/api/admin/competency-framework/competencies/election-management', { ...body, themeCode: 'no-such-theme' });
    expect([noTheme.status, noTheme.body.error.code]).toEqual([404, 'THEME_NOT_FOUND']);
    const framework = await admin.get('/api/competencies/framework');
    expect(framework.body.permissions.edit).toBe(true);
    const land = framework.body.areas.flatMap((a: { themes: { code: string; competencies: { code: string; nameEn: string }[] }[] }) => a.themes).find((th: { code: string }) => th.code === 'dom-land');
    expect(land.competencies.find((x: { code: string }) => x.code === 'election-management').nameEn).toBe('Election management (RO/ARO)');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', 'election-management').execute();
    expect(audit.map((a) => a.action)).toEqual(['competency.created', 'competency.updated']);
  });
});

describe('passbook', () => {
  it('completing a tagged course raises the passbook level exactly once, whatever the replays and concurrency', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    await tag(course.versionId, [{ code: 'procurement', level: 3 }, { code: 'financial-management', level: 2 }, { code: 'not-in-framework', level: 2 }]);
    const { id, c } = await learner({ designation: 'SR_ASSISTANT', org: 'UP-SW-LKO' });
    expect((await c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
    const done = await c.post(`/api/courses/${course.courseId}/progress`, {
      updates: [{ lessonKey: course.lessons[0]?.key, timeSpentSeconds: 5, language: 'en', html: { scrolledToEnd: true } }],
    });
    expect(done.body.completion.status).toBe('completed');
    // The worker consumes course.completed from the outbox.
    const passbook = await eventually(async () => {
      const res = await c.get('/api/me/competencies');
      return res.body.entries.length >= 2 ? res.body : null;
    });
    expect(passbook.levels.map((l: { competency: { code: string }; earnedLevel: number }) => [l.competency.code, l.earnedLevel]).sort()).toEqual([
      ['financial-management', 2],
      ['procurement', 3],
    ]);
    const entry = passbook.entries.find((e: { competency: { code: string } }) => e.competency.code === 'procurement');
    expect(entry).toMatchObject({ level: 3, source: 'course', sourceLabel: 'Completed a course', countsAsEarned: true, evidence: { url: `/courses/${course.courseId}` } });
    expect(entry.evidence.title).toMatch(/^Test course/);

    // Replays of the same event, several at once, plus the event delivered again through the queue.
    const event = { userId: id, courseId: course.courseId, versionId: course.versionId, completedAt: new Date().toISOString() };
    const replays = await Promise.all(Array.from({ length: 6 }, () => recordCourseCompletion(t.ctx, event)));
    expect(replays.every((r) => !r.claimed && r.entries === 0)).toBe(true);
    await t.ctx.db.insertInto('outbox').values({ topic: 'course.completed', payload: JSON.stringify(event) }).execute();
    await eventually(async () => (await t.ctx.db.selectFrom('outbox').select('id').where('dispatched_at', 'is', null).execute()).length === 0);
    await new Promise((r) => setTimeout(r, 500));
    const entries = await t.ctx.db.selectFrom('competency_entries').select(['source', 'level']).where('user_id', '=', id).execute();
    expect(entries).toHaveLength(2);
    const rollup = await t.ctx.db
      .selectFrom('designation_course_completions')
      .select('completions')
      .where('designation_id', '=', await designationId(t.ctx, 'SR_ASSISTANT'))
      .where('course_id', '=', course.courseId)
      .executeTakeFirstOrThrow();
    expect(rollup.completions).toBe(1);
  });

  it('concurrent first deliveries of one completion claim it once', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    await tag(course.versionId, [{ code: 'rti', level: 2 }]);
    const { id } = await learner({ designation: 'JR_ASSISTANT' });
    await t.ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId: id, courseId: course.courseId, source: 'self' }));
    const event = { userId: id, courseId: course.courseId, versionId: course.versionId, completedAt: new Date().toISOString() };
    const results = await Promise.all(Array.from({ length: 8 }, () => recordCourseCompletion(t.ctx, event)));
    expect(results.filter((r) => r.claimed)).toHaveLength(1);
    const levels = await t.ctx.db.selectFrom('competency_levels').select('earned_level').where('user_id', '=', id).execute();
    expect(levels).toEqual([{ earned_level: 2 }]);
  });

  it('a passed final assessment adds assessment evidence once; a failed one or a quiz adds nothing', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'quiz' }, { type: 'final_assessment' }] });
    await tag(course.versionId, [{ code: 'cyber-security', level: 2 }]);
    const { id, c } = await learner();
    const [quiz, final] = course.lessons;
    const base = { userId: id, courseId: course.courseId, attemptId: crypto.randomUUID(), scorePercent: 80 };
    expect(await recordAssessmentPass(t.ctx, { ...base, lessonKey: quiz?.key ?? '', passed: true })).toBe(0);
    expect(await recordAssessmentPass(t.ctx, { ...base, lessonKey: final?.key ?? '', passed: false })).toBe(0);
    expect(await recordAssessmentPass(t.ctx, { ...base, lessonKey: final?.key ?? '', passed: true })).toBe(1);
    expect(await recordAssessmentPass(t.ctx, { ...base, attemptId: crypto.randomUUID(), lessonKey: final?.key ?? '', passed: true })).toBe(0);
    const res = await c.get('/api/me/competencies');
    expect(res.body.entries).toHaveLength(1);
    expect(res.body.entries[0]).toMatchObject({ source: 'assessment', level: 2, countsAsEarned: true, evidence: { scorePercent: 80 } });
    expect(res.body.levels[0]).toMatchObject({ earnedLevel: 2, declaredLevel: null });
  });

  it('self-declared levels are marked as such and never counted as earned, in the passbook or the gaps', async () => {
    const { c } = await learner({ designation: 'TEHSILDAR', org: 'UP-REV-GKP-SADAR', language: 'hi' });
    const before = await c.get('/api/me/competencies/gaps');
    const declared = await c.post('/api/me/competencies/declarations', { declarations: [{ code: 'land-revenue', level: 4 }, { code: 'rti', level: 3 }] });
    expect(declared.status).toBe(200);
    const line = declared.body.levels.find((l: { competency: { code: string } }) => l.competency.code === 'land-revenue');
    expect(line).toMatchObject({ earnedLevel: 0, declaredLevel: 4, descriptor: null });
    expect(declared.body.entries.every((e: { source: string; countsAsEarned: boolean; sourceLabel: string }) => e.source === 'self' && !e.countsAsEarned && e.sourceLabel === 'स्व-घोषित (सत्यापित नहीं)')).toBe(true);
    const after = await c.get('/api/me/competencies/gaps');
    expect(after.body.summary).toEqual(before.body.summary);
    const gapLine = after.body.items.find((i: { competency: { code: string } }) => i.competency.code === 'land-revenue');
    expect(gapLine).toMatchObject({ requiredLevel: 3, currentLevel: 0, declaredLevel: 4, gap: 3, met: false });
    const bad = await c.post('/api/me/competencies/declarations', { declarations: [{ code: 'no-such', level: 2 }, { code: 'rti', level: 9 }] });
    expect(bad.status).toBe(400);
    const dup = await c.post('/api/me/competencies/declarations', { declarations: [{ code: 'rti', level: 2 }, { code: 'rti', level: 3 }] });
    expect(dup.body.error.fields).toEqual([{ field: 'declarations.1.code', code: 'DUPLICATE', message: 'यह मान दो बार दिया गया है।' }]);
    const withdrawn = await c.delete('/api/me/competencies/declarations/rti');
    expect(withdrawn.body.levels.find((l: { competency: { code: string } }) => l.competency.code === 'rti')).toBeUndefined();
  });

  it('the first-sign-in prompt is pending, can be skipped, and stays reachable to complete later', async () => {
    const { c } = await learner({ designation: 'ANM', org: 'UP-MH-BAH' });
    const first = await c.get('/api/me/competencies/onboarding');
    expect(first.body).toMatchObject({ state: 'pending', designation: { code: 'ANM' }, designationConfirmedAt: null, declared: [] });
    expect(first.body.suggestions.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['maternal-child-health', 'immunisation', 'community-outreach', 'public-health']),
    );
    expect((await c.post('/api/me/competencies/onboarding/skip')).body.state).toBe('skipped');
    expect((await c.get('/api/me/competencies')).body.onboarding).toBe('skipped');
    const done = await c.post('/api/me/competencies/onboarding', { designationConfirmed: true, declarations: [{ code: 'immunisation', level: 2 }] });
    expect(done.body).toMatchObject({ state: 'completed', declared: [{ code: 'immunisation', level: 2 }] });
    expect(done.body.designationConfirmedAt).not.toBeNull();
    expect((await c.post('/api/me/competencies/onboarding/skip')).body.state).toBe('completed');
    const tooMany = await c.post('/api/me/competencies/onboarding', { designationConfirmed: true, declarations: Array.from({ length: 11 }, () => ({ code: 'rti', level: 1 })) });
    expect(tooMany.status).toBe(400);
  });
});

describe('career hub', () => {
  it('shows the ladders with the learner’s place, and accepts only a target post on a path other than their own', async () => {
    const { c } = await learner({ designation: 'CONSTABLE', org: 'UP-POLICE-AGR' });
    const hub = await c.get('/api/me/career');
    expect(hub.status).toBe(200);
    expect(hub.body.paths[0]).toMatchObject({ code: 'up-police', includesCurrent: true });
    expect(hub.body.paths[0].steps.map((s: { designation: { code: string }; current: boolean }) => [s.designation.code, s.current])).toEqual([
      ['CONSTABLE', true],
      ['HEAD_CONSTABLE', false],
      ['SI', false],
    ]);
    expect(hub.body.paths.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['up-revenue', 'up-community-health', 'ministerial']));
    const revenue = hub.body.paths.find((p: { code: string }) => p.code === 'up-revenue');
    expect(revenue.steps.map((s: { designation: { code: string } }) => s.designation.code)).toEqual(['NAIB_TEHSILDAR', 'TEHSILDAR', 'SDM', 'ADM', 'DM']);
    const put = (id: string | null) => c.request('PUT', '/api/me/career/target', { designationId: id });
    expect((await put(await designationId(t.ctx, 'BDO'))).body.error.code).toBe('TARGET_NOT_ON_PATH');
    expect((await put(await designationId(t.ctx, 'CONSTABLE'))).body.error.code).toBe('TARGET_IS_CURRENT');
    const set = await put(await designationId(t.ctx, 'HEAD_CONSTABLE'));
    expect(set.body.target.code).toBe('HEAD_CONSTABLE');
    const gaps = await c.get('/api/me/competencies/gaps?for=target');
    expect(gaps.body.designation.code).toBe('HEAD_CONSTABLE');
    expect((await put(null)).body.target).toBeNull();
    expect((await c.get('/api/me/competencies/gaps?for=target')).body).toMatchObject({ designation: null, items: [] });
  });
});

describe('a seeded Tehsildar targeting SDM (hand-worked)', () => {
  it('gets exactly the expected gaps and recommendations, with reasons in their language', async () => {
    await seedDemoCourses(t.ctx);
    const courseIds = new Map((await t.ctx.db.selectFrom('courses').select(['id', 'code']).where('code', 'is not', null).execute()).map((r) => [r.code ?? '', r.id]));
    const id = (code: string) => courseIds.get(code) ?? '';
    const ramesh = await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'ramesh.yadav@up.gov.in').executeTakeFirstOrThrow();
    const c = await t.client().signIn('ramesh.yadav@up.gov.in', DEMO_PASSWORD);

    // Ramesh completed RTI-2005 (rti 2, transparency 1) and E-OFFICE (e-governance 2, digital-literacy 2), and declares land revenue 3.
    await complete(ramesh.id, id('RTI-2005'));
    await complete(ramesh.id, id('E-OFFICE'));
    await c.post('/api/me/competencies/declarations', { declarations: [{ code: 'land-revenue', level: 3 }] });
    // Peers: three other Tehsildars completed AI-BASICS, two CYBER-SEC and NOTING-DRAFTING, one Y-BREAK (too few to count).
    const peers = await Promise.all([0, 1, 2].map(() => makeUser(t.ctx, { designation: 'TEHSILDAR', org: 'UP-REV-LKO-SADAR' })));
    for (const p of peers) await complete(p.id, id('AI-BASICS'));
    for (const p of peers.slice(0, 2)) {
      await complete(p.id, id('CYBER-SEC'));
      await complete(p.id, id('NOTING-DRAFTING'));
    }
    await complete(peers[0]?.id ?? '', id('Y-BREAK'));
    expect((await c.request('PUT', '/api/me/career/target', { designationId: await designationId(t.ctx, 'SDM') })).status).toBe(200);

    // Tehsildar requires (seed): land-revenue 3, land-records 3, revenue-courts 2, decision-making 2, citizen-service 2,
    // relief-rehabilitation 2, team-leadership 2, integrity 2, noting-drafting 2, e-governance 2, rti 2, disaster-management 1.
    const current = await c.get('/api/me/competencies/gaps?for=current');
    expect(current.body.designation.code).toBe('TEHSILDAR');
    const lines = current.body.items.map((i: { competency: { code: string }; requiredLevel: number; currentLevel: number; gap: number }) => [i.competency.code, i.requiredLevel, i.currentLevel, i.gap]);
    expect(lines).toEqual([
      ['land-records', 3, 0, 3],
      ['land-revenue', 3, 0, 3],
      ['citizen-service', 2, 0, 2],
      ['decision-making', 2, 0, 2],
      ['integrity', 2, 0, 2],
      ['noting-drafting', 2, 0, 2],
      ['relief-rehabilitation', 2, 0, 2],
      ['revenue-courts', 2, 0, 2],
      ['team-leadership', 2, 0, 2],
      ['disaster-management', 1, 0, 1],
      ['e-governance', 2, 2, 0],
      ['rti', 2, 2, 0],
    ]);
    expect(current.body.items[1]).toMatchObject({ declaredLevel: 3, met: false });
    expect(current.body.summary).toEqual({ required: 12, met: 2, open: 10, levelsToGo: 21 });

    // SDM requires: citizen-service 3, decision-making 3, grievance-redressal 3, integrity 3, land-revenue 3, law-and-order 3,
    // revenue-courts 3, rti 3, team-leadership 3, crisis-leadership 2, disaster-management 2, e-governance 2,
    // monitoring-evaluation 2, relief-rehabilitation 2.
    const target = await c.get('/api/me/competencies/gaps?for=target');
    expect(target.body.designation.code).toBe('SDM');
    expect(target.body.items.map((i: { competency: { code: string }; gap: number }) => `${i.competency.code}:${i.gap}`)).toEqual([
      'citizen-service:3', 'decision-making:3', 'grievance-redressal:3', 'integrity:3', 'land-revenue:3', 'law-and-order:3', 'revenue-courts:3', 'team-leadership:3',
      'crisis-leadership:2', 'disaster-management:2', 'monitoring-evaluation:2', 'relief-rehabilitation:2', 'rti:1', 'e-governance:0',
    ]);
    expect(target.body.summary).toEqual({ required: 14, met: 1, open: 13, levelsToGo: 33 });

    // Courses that close gaps (RTI-2005 and E-OFFICE are completed; RTI at level 2 cannot reach SDM's 3 anyway):
    //   DM-DISTRICT  disaster-management 2 (Tehsildar needs 1, SDM 2: closes 2) + crisis-leadership 2 (SDM: 2) = 4, current
    //   COMMUNITY-POLICING citizen-service 2 (closes 2) + integrity 1 (closes 1) = 3, current
    //   NOTING-DRAFTING noting-drafting 2 = 2, current; two Tehsildars completed it
    //   POSH-2013 integrity 1 = 1, current
    // then courses popular with Tehsildars that close no gap: AI-BASICS (3), CYBER-SEC (2); Y-BREAK (1) is below the threshold.
    const recs = await c.get('/api/me/recommendations');
    expect(recs.status).toBe(200);
    const codeOf = new Map([...courseIds].map(([code, courseId]) => [courseId, code]));
    expect(recs.body.items.map((i: { course: { id: string } }) => codeOf.get(i.course.id))).toEqual([
      'DM-DISTRICT', 'COMMUNITY-POLICING', 'NOTING-DRAFTING', 'POSH-2013', 'AI-BASICS', 'CYBER-SEC',
    ]);
    const messages = recs.body.items.map((i: { reasons: { message: string }[] }) => i.reasons.map((r) => r.message));
    expect(messages).toEqual([
      ['Builds Disaster management to level 2, required for Tehsildar', 'Builds Crisis leadership to level 2, required for Sub-Divisional Magistrate (your target post)'],
      ['Builds Citizen service to level 2, required for Tehsildar', 'Builds Integrity to level 1, required for Tehsildar'],
      ['Builds Noting and drafting to level 2, required for Tehsildar', 'Completed by 2 colleagues who are Tehsildar'],
      ['Builds Integrity to level 1, required for Tehsildar'],
      ['Completed by 3 colleagues who are Tehsildar'],
      ['Completed by 2 colleagues who are Tehsildar'],
    ]);
    expect(recs.body.items[0].course).toMatchObject({ title: 'Disaster Management for District Officers: Floods, Heatwave and Lightning', inYourLanguage: true });
    expect(recs.body.items[0].reasons[1]).toMatchObject({ kind: 'target', competency: { code: 'crisis-leadership' }, level: 2, requiredLevel: 2 });

    // The same in Hindi once Ramesh switches his language; and deterministic on a second read.
    await c.patch('/api/me', { language: 'hi' });
    const hindi = await c.get('/api/me/recommendations?limit=3');
    expect(hindi.body.items.map((i: { course: { id: string } }) => codeOf.get(i.course.id))).toEqual(['DM-DISTRICT', 'COMMUNITY-POLICING', 'NOTING-DRAFTING']);
    expect(hindi.body.items[0].reasons.map((r: { message: string }) => r.message)).toEqual([
      'आपदा प्रबंधन को स्तर 2 तक ले जाता है, तहसीलदार के लिए आवश्यक',
      'संकट में नेतृत्व को स्तर 2 तक ले जाता है, उपजिलाधिकारी (आपका लक्ष्य पद) के लिए आवश्यक',
    ]);
    expect(hindi.body.items[2].reasons[1].message).toBe('तहसीलदार पद के 2 सहकर्मियों ने पूरा किया');
    expect(hindi.body.items[0].course.title).toMatch(/[\u0900-\u097F]/);
  }, 120_000);
});

describe('recommendation rules (hand-built cases)', () => {
  const need = (earned: number, current: number, target: number): Need => ({ earned, current, target });
  const course = (courseId: string, competencies: { code: string; level: number }[], languages: ('en' | 'hi')[] = ['en', 'hi'], peerCount = 0): Candidate => ({
    courseId,
    competencies,
    languages,
    peerCount,
  });

  it('puts current-post gaps first, then the learner’s language, then levels closed, then peers, then id', () => {
    const needs = new Map([
      ['a', need(0, 2, 3)],
      ['b', need(1, 0, 3)],
      ['c', need(2, 2, 0)],
    ]);
    const ranked = rankRecommendations({
      needs,
      candidates: [
        course('c1-target-only', [{ code: 'b', level: 3 }]),
        course('c2-current-english', [{ code: 'a', level: 3 }], ['en']),
        course('c3-current-hindi-small', [{ code: 'a', level: 1 }], ['hi']),
        course('c4-current-hindi-big', [{ code: 'a', level: 2 }], ['hi']),
        course('c5-met-already', [{ code: 'c', level: 2 }]),
        course('c6-tie-more-peers', [{ code: 'a', level: 1 }], ['hi'], 5),
        course('c7-completed', [{ code: 'a', level: 3 }]),
      ],
      popularWithPeers: [course('p1', [], ['en'], 4), course('p2', [], ['hi'], 4), course('p3', [], ['hi'], 1)],
      completed: new Set(['c7-completed']),
      language: 'hi',
      limit: 20,
    });
    expect(ranked.map((r) => r.courseId)).toEqual(['c4-current-hindi-big', 'c6-tie-more-peers', 'c3-current-hindi-small', 'c2-current-english', 'c1-target-only', 'p2', 'p1']);
    expect(ranked.find((r) => r.courseId === 'c2-current-english')).toMatchObject({ closure: 3, inLanguage: false });
    expect(ranked.find((r) => r.courseId === 'c1-target-only')?.reasons).toEqual([{ kind: 'target', code: 'b', level: 3, required: 3 }]);
    expect(ranked.find((r) => r.courseId === 'c6-tie-more-peers')?.reasons).toEqual([{ kind: 'current', code: 'a', level: 1, required: 2 }, { kind: 'peers', count: 5 }]);
  });

  it('is deterministic whatever the input order, and honours the limit', () => {
    const needs = new Map([['x', need(0, 1, 0)]]);
    const list = ['z', 'y', 'x', 'w'].map((id) => course(id, [{ code: 'x', level: 1 }]));
    const one = rankRecommendations({ needs, candidates: list, popularWithPeers: [], completed: new Set(), language: 'en', limit: 3 });
    const two = rankRecommendations({ needs, candidates: [...list].reverse(), popularWithPeers: [], completed: new Set(), language: 'en', limit: 3 });
    expect(one.map((r) => r.courseId)).toEqual(['w', 'x', 'y']);
    expect(two).toEqual(one);
  });
});

describe('merged accounts', () => {
  it('moves the duplicate’s passbook to the account kept', async () => {
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    await tag(course.versionId, [{ code: 'data-analysis', level: 2 }]);
    const duplicate = await makeUser(t.ctx);
    const kept = await makeUser(t.ctx);
    await complete(duplicate.id, course.courseId);
    await t.ctx.db.transaction().execute((trx) =>
      sql`INSERT INTO outbox (topic, payload) VALUES ('user.merged', ${JSON.stringify({ duplicateUserId: duplicate.id, targetUserId: kept.id })}::jsonb)`.execute(trx),
    );
    const moved = await eventually(async () => {
      const rows = await t.ctx.db.selectFrom('competency_levels').select('earned_level').where('user_id', '=', kept.id).execute();
      return rows.length > 0 ? rows : null;
    });
    expect(moved).toEqual([{ earned_level: 2 }]);
    expect(await t.ctx.db.selectFrom('competency_entries').select('id').where('user_id', '=', duplicate.id).execute()).toEqual([]);
  });
});
