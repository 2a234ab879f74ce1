import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { designationId, orgId } from './factories';
import { makePublishedCourse } from './course-factories';
import { admin, complete, drain, makeProgramme, messagesTo, person, planInput, recordsOf, setClock, signIn } from './plan-helpers';
import { runDaily } from '../src/modules/plans/reminders.service';
import { runEscalation } from '../src/modules/plans/escalation.service';

/* The three Uttar Pradesh orders end to end, with the clock moved across their deadlines. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const html = [{ type: 'html' as const }];

describe('order 1: every officer and employee completes the 7-day programme (ACR-linked)', () => {
  it('assigns everyone at go-live, counts earlier completions, reminds, escalates, and reports for the ACR', async () => {
    setClock(t, '2026-01-10T06:00:00Z');
    const courses = [await makePublishedCourse(t.ctx, { lessons: html, titleEn: 'Day 1' }), await makePublishedCourse(t.ctx, { lessons: html, titleEn: 'Day 2' })];
    const programmeId = await makeProgramme(t, courses, 'test-7-day');
    const early = await person(t, { org: 'UP-PR-LKO', name: 'Early Bird' });
    const onTime = await person(t, { org: 'UP-PR-LKO', name: 'Prompt Person' });
    const late = await person(t, { org: 'UP-PR-LKO', name: 'Late Learner' });
    const never = await person(t, { org: 'UP-PR-LKO', name: 'Never Started' });
    // Completed before the plan existed: counts, as the plan says ('ever').
    await complete(early.c, courses[0]!);
    await complete(early.c, courses[1]!);

    setClock(t, '2026-01-20T06:00:00Z');
    const state = await admin(t, 'UP', 'state_admin');
    const created = await state.c.post(
      '/api/admin/plans',
      planInput(await orgId(t.ctx, 'UP-PR'), [{ kind: 'programme', programmeId }], {
        name: { en: '7-day programme', hi: 'सात दिवसीय कार्यक्रम' },
        acrLinked: true,
        deadline: { kind: 'fixed', date: '2026-03-31' },
        countsFrom: 'ever',
      }),
    );
    expect(created.status).toBe(201);
    const planId = created.body.id as string;
    const preview = await state.c.post('/api/admin/plans/audience-preview', { ownerOrgId: await orgId(t.ctx, 'UP-PR'), audience: { mode: 'all' } });
    expect(preview.body.count).toBeGreaterThanOrEqual(4);
    const published = await state.c.post(`/api/admin/plans/${planId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('live');
    await drain(t);

    for (const p of [early, onTime, late, never]) {
      const { assignment, cycles } = await recordsOf(t, p.id, planId);
      expect(assignment?.status).toBe('active');
      expect(cycles).toHaveLength(1);
      expect(cycles[0]?.due_at.toISOString()).toBe('2026-03-31T18:30:00.000Z');
    }
    expect((await recordsOf(t, early.id, planId)).cycles[0]?.completed_at).not.toBeNull();

    // The learner's home page: the plan with its due date; the first visit enrols them in the programme's courses.
    const home = await (await signIn(t, onTime)).get('/api/me/plans');
    expect(home.status).toBe(200);
    const item = home.body.upcoming.find((p: { planId: string }) => p.planId === planId);
    expect(item).toMatchObject({ status: 'not_started', dueDate: '2026-03-31', acrLinked: true });
    expect(item.requirements[0].programme).toMatchObject({ id: programmeId, status: 'in_progress' });
    const earlyHome = await (await signIn(t, early)).get('/api/me/plans');
    expect(earlyHome.body.completed.find((p: { planId: string }) => p.planId === planId).status).toBe('completed_on_time');

    setClock(t, '2026-02-14T06:00:00Z');
    const c1 = await signIn(t, onTime);
    await complete(c1, courses[0]!);
    await complete(c1, courses[1]!);
    await drain(t);
    expect((await recordsOf(t, onTime.id, planId)).assignment).toMatchObject({ state: 'completed', late: false });

    // Seven days before: one reminder each to the two still open, not to those done; a second run sends nothing.
    setClock(t, '2026-03-25T04:00:00Z');
    await runDaily(t.ctx);
    await runDaily(t.ctx);
    expect((await messagesTo(t, late.id, 'plan_due_soon')).filter((m) => m.channel === 'inapp')).toHaveLength(1);
    expect(await messagesTo(t, onTime.id, 'plan_due_soon')).toHaveLength(0);
    setClock(t, '2026-03-31T04:00:00Z');
    await runDaily(t.ctx);
    expect((await messagesTo(t, never.id, 'plan_due_soon')).filter((m) => m.channel === 'inapp')).toHaveLength(2);

    // Across the deadline: overdue, reminded weekly, escalated to the department's admin once a week.
    setClock(t, '2026-04-02T04:00:00Z');
    await runDaily(t.ctx);
    const overdue = await messagesTo(t, never.id, 'plan_overdue');
    expect(overdue.filter((m) => m.channel === 'inapp')).toHaveLength(1);
    expect(overdue[0]?.body).toContain('7-day programme');
    setClock(t, '2026-04-05T04:00:00Z');
    await runDaily(t.ctx);
    expect((await messagesTo(t, never.id, 'plan_overdue')).filter((m) => m.channel === 'inapp')).toHaveLength(1);
    setClock(t, '2026-04-09T04:00:00Z');
    await runDaily(t.ctx);
    expect((await messagesTo(t, never.id, 'plan_overdue')).filter((m) => m.channel === 'inapp')).toHaveLength(2);

    const prAdmin = await admin(t, 'UP-PR');
    expect(await runEscalation(t.ctx)).toBeGreaterThanOrEqual(1);
    await runEscalation(t.ctx);
    const digest = (await messagesTo(t, prAdmin.id, 'plan_overdue_digest')).filter((m) => m.channel === 'inapp');
    expect(digest).toHaveLength(1);
    expect(digest[0]?.body).toContain('Never Started');
    expect(digest[0]?.body).not.toContain('Prompt Person');

    setClock(t, '2026-04-10T06:00:00Z');
    const c2 = await signIn(t, late);
    await complete(c2, courses[0]!);
    await complete(c2, courses[1]!);
    await drain(t);
    expect((await recordsOf(t, late.id, planId)).assignment).toMatchObject({ state: 'completed', late: true });

    const stateAgain = await signIn(t, state);
    const progress = await stateAgain.get(`/api/admin/plans/${planId}/progress`);
    expect(progress.body.counts).toMatchObject({ completedOnTime: expect.any(Number), completedLate: 1 });
    expect(progress.body.counts.completedOnTime).toBeGreaterThanOrEqual(2);
    expect(progress.body.counts.overdue).toBeGreaterThanOrEqual(1);
    const overduePeople = await stateAgain.get(`/api/admin/plans/${planId}/people?status=overdue`);
    expect(overduePeople.body.items.map((p: { userId: string }) => p.userId)).toContain(never.id);
    expect(overduePeople.body.items.map((p: { userId: string }) => p.userId)).not.toContain(late.id);
    const csv = await stateAgain.get(`/api/admin/plans/${planId}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.raw.body).toContain(never.employeeId);
    expect(csv.raw.body).not.toContain(onTime.employeeId);
    const xlsx = await stateAgain.get(`/api/admin/plans/${planId}/export.xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.raw.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // The ACR statement for 2025-26: on time, late, not compliant; as JSON and as a verifiable PDF.
    const earlyStatement = await (await signIn(t, early)).get('/api/me/compliance?year=2025');
    expect(earlyStatement.body.plans.find((p: { planId: string }) => p.planId === planId).outcome).toBe('compliant');
    const lateStatement = await (await signIn(t, late)).get('/api/me/compliance?year=2025');
    const latePlan = lateStatement.body.plans.find((p: { planId: string }) => p.planId === planId);
    expect(latePlan.outcome).toBe('compliant_late');
    expect(latePlan.requirements[0].cycles[0]).toMatchObject({ onTime: false, dueDate: '2026-03-31' });
    const neverClient = await signIn(t, never);
    expect((await neverClient.get('/api/me/compliance?year=2025')).body.overall).toBe('non_compliant');
    const pdf = await neverClient.get('/api/me/compliance/statement.pdf?year=2025');
    expect(pdf.status).toBe(200);
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const number = await t.ctx.db.selectFrom('compliance_statements').select('number').where('user_id', '=', never.id).executeTakeFirstOrThrow();
    const verified = await t.client().get(`/api/v1/compliance-statements/${number.number}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ valid: true, overall: 'non_compliant', year: { label: '2025-26' } });
    expect(verified.body.employee.employeeId).not.toBe(never.employeeId);
    expect((await t.client().get('/api/v1/compliance-statements/KSH-CS-2025-000000000000/verify')).body.error.code).toBe('STATEMENT_NOT_FOUND');
  });
});

describe('order 2: the 3 latest courses tagged AI / cyber security / e-governance by 31 March 2026', () => {
  it('counts only courses published after the date, groups the home page by urgency, and marks late completions', async () => {
    setClock(t, '2025-06-01T06:00:00Z');
    const oldAi = await makePublishedCourse(t.ctx, { lessons: html, tags: ['ai'], titleEn: 'AI 2025' });
    setClock(t, '2026-01-12T06:00:00Z');
    const ai = await makePublishedCourse(t.ctx, { lessons: html, tags: ['ai', 'digital-skills'], titleEn: 'AI 2026' });
    const cyber = await makePublishedCourse(t.ctx, { lessons: html, tags: ['cyber-security'], titleEn: 'Cyber 2026' });
    const egov = await makePublishedCourse(t.ctx, { lessons: html, tags: ['e-governance'], titleEn: 'e-Gov 2026' });
    const prompt = await person(t, { org: 'UP-RD-LKO', name: 'Prompt Rd' });
    const slow = await person(t, { org: 'UP-RD-LKO', name: 'Slow Rd' });
    await complete(slow.c, oldAi);

    const rdAdmin = await admin(t, 'UP-RD');
    const created = await rdAdmin.c.post(
      '/api/admin/plans',
      planInput(await orgId(t.ctx, 'UP-RD'), [{ kind: 'tagged', tags: ['ai', 'cyber-security', 'e-governance'], count: 3, publishedAfter: '2026-01-01' }], {
        deadline: { kind: 'fixed', date: '2026-03-31' },
      }),
    );
    expect(created.status).toBe(201);
    const planId = created.body.id as string;
    expect((await rdAdmin.c.post(`/api/admin/plans/${planId}/publish`)).status).toBe(200);
    await drain(t);
    const first = await (await signIn(t, slow)).get('/api/me/plans');
    const line = first.body.upcoming.find((p: { planId: string }) => p.planId === planId).requirements[0];
    expect(line.courses.map((c: { courseId: string }) => c.courseId).sort()).toEqual([ai.courseId, cyber.courseId, egov.courseId].sort());
    expect(line).toMatchObject({ needed: 3, done: 0 });

    setClock(t, '2026-03-20T06:00:00Z');
    const p1 = await signIn(t, prompt);
    for (const c of [ai, cyber, egov]) await complete(p1, c);
    const s1 = await signIn(t, slow);
    await complete(s1, ai);
    await complete(s1, cyber);
    await drain(t);
    setClock(t, '2026-03-28T06:00:00Z');
    const soon = await (await signIn(t, slow)).get('/api/me/plans');
    expect(soon.body.dueSoon.find((p: { planId: string }) => p.planId === planId)).toMatchObject({ status: 'in_progress', dueDate: '2026-03-31' });
    expect(soon.body.dueSoon.find((p: { planId: string }) => p.planId === planId).requirements[0]).toMatchObject({ needed: 3, done: 2 });
    const done = await (await signIn(t, prompt)).get('/api/me/plans');
    expect(done.body.completed.find((p: { planId: string }) => p.planId === planId).status).toBe('completed_on_time');

    setClock(t, '2026-04-01T06:00:00Z');
    const over = await (await signIn(t, slow)).get('/api/me/plans');
    expect(over.body.overdue.find((p: { planId: string }) => p.planId === planId).status).toBe('overdue');
    setClock(t, '2026-04-10T06:00:00Z');
    await complete(await signIn(t, slow), egov);
    const lateAt = t.clock.now().toISOString().slice(0, 16);
    await drain(t);
    const after = await (await signIn(t, slow)).get('/api/me/plans');
    const item = after.body.completed.find((p: { planId: string }) => p.planId === planId);
    expect(item.status).toBe('completed_late');
    expect(lateAt.startsWith('2026-04-10T')).toBe(true);
    expect(item.requirements[0].current.completedAt.slice(0, 16)).toBe(lateAt);
  });
});

describe('order 3: district officers complete disaster management within a month of a new posting', () => {
  it('restarts the clock on a transfer, assigns people who move into the audience and keeps a record for those who leave', async () => {
    setClock(t, '2026-02-01T06:00:00Z');
    const dm = await makePublishedCourse(t.ctx, { lessons: html, titleEn: 'Disaster management for district officers' });
    const officers = ['DM', 'SP', 'ADM', 'CDO', 'SDM', 'ASP', 'TEHSILDAR'];
    const designationIds = await Promise.all(officers.map((d) => designationId(t.ctx, d)));
    const doer = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', name: 'Tehsildar Doer' });
    const laggard = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', name: 'Tehsildar Laggard' });
    const naib = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'NAIB_TEHSILDAR', name: 'Naib Promoted' });
    const sdm = await person(t, { org: 'UP-REV-LKO', designation: 'SDM', name: 'SDM Leaving' });
    const lekhpal = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'LEKHPAL' });

    const state = await admin(t, 'UP', 'state_admin');
    const created = await state.c.post(
      '/api/admin/plans',
      planInput(await orgId(t.ctx, 'UP'), [{ kind: 'courses', courseIds: [dm.courseId] }], {
        name: { en: 'Disaster management after a new posting', hi: 'नई तैनाती के बाद आपदा प्रबंधन' },
        audience: { mode: 'criteria', groups: [{ designationIds }] },
        deadline: { kind: 'after_posting', days: 30, notBefore: '2026-02-01' },
        countsFrom: 'ever',
      }),
    );
    expect(created.status).toBe(201);
    const planId = created.body.id as string;
    await state.c.post(`/api/admin/plans/${planId}/publish`);
    await drain(t);
    // Posted before the order: a month from the order's date.
    expect((await recordsOf(t, doer.id, planId)).cycles[0]?.due_at.toISOString()).toBe('2026-03-03T18:30:00.000Z');
    expect((await recordsOf(t, lekhpal.id, planId)).assignment).toBeUndefined();
    expect((await recordsOf(t, naib.id, planId)).assignment).toBeUndefined();

    setClock(t, '2026-02-20T06:00:00Z');
    await complete(await signIn(t, doer), dm);
    const doneAt = t.clock.now().toISOString().slice(0, 16);
    await drain(t);
    expect((await recordsOf(t, doer.id, planId)).assignment).toMatchObject({ state: 'completed', late: false });

    // Transfers to Gorakhpur: a new posting opens a new cycle due a month later; the doer's earlier completion counts.
    setClock(t, '2026-04-01T06:00:00Z');
    const rev = await admin(t, 'UP-REV');
    const gkp = await orgId(t.ctx, 'UP-REV-GKP-SADAR');
    for (const who of [doer, laggard]) {
      const started = await rev.c.post(`/api/admin/users/${who.id}/transfer`, { toOrgId: gkp, toDesignationId: designationIds[6], effectiveDate: '2026-04-01' });
      expect(started.status).toBe(201);
      expect((await rev.c.post(`/api/admin/transfers/${started.body.id}/accept`)).status).toBe(200);
    }
    // A Naib Tehsildar promoted to Tehsildar joins the audience; an SDM made a Naib Tehsildar leaves it.
    expect((await rev.c.patch(`/api/admin/users/${naib.id}`, { designationId: designationIds[6] })).status).toBe(200);
    expect((await rev.c.patch(`/api/admin/users/${sdm.id}`, { designationId: await designationId(t.ctx, 'NAIB_TEHSILDAR') })).status).toBe(200);
    await drain(t);

    const moved = await recordsOf(t, laggard.id, planId);
    expect(moved.cycles.map((c) => [c.cycle_no, c.kind, c.closed_reason])).toEqual([
      [1, 'initial', 'new_posting'],
      [2, 'posting', null],
    ]);
    expect(moved.cycles[1]?.due_at.toISOString()).toBe('2026-05-01T18:30:00.000Z');
    expect(moved.assignment?.org_id).toBe(gkp);
    const doerCycles = (await recordsOf(t, doer.id, planId)).cycles;
    expect(doerCycles).toHaveLength(2);
    expect(doerCycles[1]?.completed_at?.toISOString().slice(0, 16)).toBe(doneAt);
    const promoted = await recordsOf(t, naib.id, planId);
    expect(promoted.assignment).toMatchObject({ status: 'active', cause: 'posting' });
    expect(promoted.cycles[0]?.due_at.toISOString()).toBe('2026-05-01T18:30:00.000Z');
    const left = await recordsOf(t, sdm.id, planId);
    expect(left.assignment).toMatchObject({ status: 'left_audience', left_reason: 'posting' });
    expect(left.cycles[0]).toMatchObject({ closed_reason: 'left_audience' });
    const record = await (await signIn(t, state)).get(`/api/plans/${planId}/people/${sdm.id}`);
    expect(record.status).toBe(200);
    expect(record.body.assignment).toMatchObject({ status: 'left_audience', state: 'left_audience' });

    // Across the new deadline, then done late.
    setClock(t, '2026-05-03T06:00:00Z');
    const view = await (await signIn(t, laggard)).get('/api/me/plans');
    const item = view.body.overdue.find((p: { planId: string }) => p.planId === planId);
    expect(item).toMatchObject({ status: 'overdue', dueDate: '2026-05-01' });
    expect(item.requirements[0].history[0]).toMatchObject({ status: 'overdue', closedReason: 'new_posting', dueDate: '2026-03-03' });
    await complete(await signIn(t, laggard), dm);
    await drain(t);
    expect((await recordsOf(t, laggard.id, planId)).assignment).toMatchObject({ state: 'completed', late: true });
  });
});
