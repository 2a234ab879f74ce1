import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { orgId } from './factories';
import { makePublishedCourse } from './course-factories';
import { admin, complete, drain, messagesTo, person, planInput, recordsOf, setClock, signIn } from './plan-helpers';
import { writeOutbox } from '../src/platform/outbox';
import { evaluatePerson } from '../src/modules/plans/evaluation.service';
import { runSweep } from '../src/modules/plans/sweep.service';
import { runDaily } from '../src/modules/plans/reminders.service';
import { mergePlanRecords } from '../src/modules/plans/merge.service';

/* Plan lifecycle: idempotence, malformed plans, authorization, extensions and exemptions, renewals, retirements, merges. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const html = [{ type: 'html' as const }];

/** A live plan owned by an org (audience everyone there), created and published through the API. */
async function livePlan(org: string, requirements: unknown[], extra: Record<string, unknown> = {}) {
  const a = await admin(t, org);
  const created = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, org), requirements, extra));
  if (created.status !== 201) throw new Error(`plan not created: ${JSON.stringify(created.body)}`);
  const published = await a.c.post(`/api/admin/plans/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(`plan not published: ${JSON.stringify(published.body)}`);
  await drain(t);
  return { planId: created.body.id as string, admin: a };
}

describe('idempotence', () => {
  it('the same event twice assigns once, and concurrent evaluations and sweeps change nothing more', async () => {
    setClock(t, '2026-05-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const { planId } = await livePlan('UP-MH-LKO', [{ kind: 'courses', courseIds: [course.courseId] }, { kind: 'any_of', courseIds: [course.courseId], count: 1 }]);
    const newcomer = await person(t, { org: 'UP-MH-LKO' });
    expect((await recordsOf(t, newcomer.id, planId)).assignment).toBeUndefined();
    await t.ctx.db.transaction().execute(async (trx) => {
      await writeOutbox(trx, 'user.activated', { userId: newcomer.id });
      await writeOutbox(trx, 'user.activated', { userId: newcomer.id });
    });
    await drain(t);
    await Promise.all([evaluatePerson(t.ctx, newcomer.id, 'activation'), evaluatePerson(t.ctx, newcomer.id, 'activation'), evaluatePerson(t.ctx, newcomer.id, 'activation')]);
    const { assignment, cycles } = await recordsOf(t, newcomer.id, planId);
    expect(assignment).toMatchObject({ status: 'active', cause: 'activation' });
    expect(cycles).toHaveLength(2);

    const before = await t.ctx.db.selectFrom('plan_assignments').select((eb) => eb.fn.countAll<string>().as('n')).where('plan_id', '=', planId).executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('plans').set({ sweep_status: 'running', sweep_cursor: null }).where('id', '=', planId).execute();
    const [a, b] = await Promise.all([runSweep(t.ctx, planId, { chunk: 2 }), runSweep(t.ctx, planId, { chunk: 2 })]);
    expect(a + b).toBe(0);
    const after = await t.ctx.db.selectFrom('plan_assignments').select((eb) => eb.fn.countAll<string>().as('n')).where('plan_id', '=', planId).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);

    // A completion replayed: the cycles complete once, at the first completion's moment.
    await complete(newcomer.c, course);
    await drain(t);
    const done = (await recordsOf(t, newcomer.id, planId)).cycles.map((c) => c.completed_at?.toISOString());
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'course.completed').where(sql<boolean>`payload->>'userId' = ${newcomer.id}`).executeTakeFirstOrThrow();
    await t.ctx.db.transaction().execute((trx) => writeOutbox(trx, 'course.completed', event.payload));
    await drain(t);
    expect((await recordsOf(t, newcomer.id, planId)).cycles.map((c) => c.completed_at?.toISOString())).toEqual(done);
  });

  it('a sweep interrupted after one chunk resumes where it stopped', async () => {
    setClock(t, '2026-05-02T06:00:00Z');
    for (let i = 0; i < 5; i++) await person(t, { org: 'UP-UD-LMC' });
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const a = await admin(t, 'UP-UD');
    const created = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-UD'), [{ kind: 'courses', courseIds: [course.courseId] }]));
    await t.ctx.db.updateTable('plans').set({ status: 'live', sweep_status: 'running' }).where('id', '=', created.body.id).execute();
    expect(await runSweep(t.ctx, created.body.id, { chunk: 2, stopAfterChunks: 1 })).toBe(2);
    expect(await runSweep(t.ctx, created.body.id, { chunk: 2 })).toBeGreaterThanOrEqual(4);
    const plan = await t.ctx.db.selectFrom('plans').select(['sweep_status', 'swept_at']).where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(plan.sweep_status).toBe('done');
  });
});

describe('schedules', () => {
  it('the daily run and the weekly escalation are scheduled in India time', async () => {
    const schedules = (await t.ctx.jobs.boss.getSchedules()) as { name: string; cron: string; timezone: string }[];
    expect(schedules.find((s) => s.name === 'plans.daily')).toMatchObject({ cron: '0 9 * * *', timezone: 'Asia/Kolkata' });
    expect(schedules.find((s) => s.name === 'plans.escalation')).toMatchObject({ cron: '30 9 * * 1', timezone: 'Asia/Kolkata' });
  });
});

describe('malformed plans are refused with a clear error', () => {
  it('lists every problem by field, in the user’s language', async () => {
    const a = await admin(t, 'UP-SW', 'mdo_admin', 'hi');
    const sw = await orgId(t.ctx, 'UP-SW');
    const c1 = await makePublishedCourse(t.ctx, { lessons: html });
    const c2 = await makePublishedCourse(t.ctx, { lessons: html });
    const bad = await a.c.post('/api/admin/plans', {
      ownerOrgId: sw,
      name: { en: 'Half named', hi: ' ' },
      audience: { mode: 'criteria', groups: [{ orgIds: [await orgId(t.ctx, 'UP-REV')] }, {}] },
      deadline: { kind: 'fixed', date: '2026-02-30' },
      requirements: [
        { kind: 'any_of', courseIds: [c1.courseId, c2.courseId], count: 3 },
        { kind: 'courses', courseIds: ['00000000-0000-4000-8000-000000000000'], tags: ['ai'] },
        { kind: 'tagged', tags: ['ai'], validityMonths: 12 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('PLAN_INVALID');
    expect(bad.body.error.message).toBe('प्रशिक्षण योजना पूरी या सुसंगत नहीं है: चिह्नित फ़ील्ड देखें।');
    const fields = Object.fromEntries(bad.body.error.fields.map((f: { field: string; code: string }) => [f.field, f.code]));
    expect(fields).toMatchObject({
      'name.hi': 'NAME_REQUIRED',
      'requirements.0.count': 'COUNT_ABOVE_COURSES',
      'requirements.1.courseIds.0': 'COURSE_UNKNOWN',
      'requirements.1.tags': 'FIELD_NOT_FOR_KIND',
      'requirements.2.count': 'COUNT_REQUIRED',
      'requirements.2.renewalWindowDays': 'RENEWAL_INCOMPLETE',
      'audience.groups.0.orgIds.0': 'ORG_OUTSIDE_OWNER',
      'audience.groups.1': 'GROUP_EMPTY',
      'deadline.date': 'DATE_INVALID',
    });
    expect(bad.body.error.fields.find((f: { field: string }) => f.field === 'requirements.0.count').message).toBe('पूरे करने की संख्या सूचीबद्ध पाठ्यक्रमों की संख्या से अधिक है।');

    const empty = await a.c.post('/api/admin/plans', planInput(sw, [{ kind: 'courses', courseIds: [c1.courseId] }], { audience: { mode: 'criteria', groups: [] } }));
    expect(empty.body.error.fields[0]).toMatchObject({ field: 'audience', code: 'AUDIENCE_EMPTY' });
    const unknownField = await a.c.post('/api/admin/plans', { ...planInput(sw, [{ kind: 'courses', courseIds: [c1.courseId] }]), colour: 'red' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.code).toBe('VALIDATION_FAILED');
    const noRequirements = await a.c.post('/api/admin/plans', planInput(sw, []));
    expect(noRequirements.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'requirements' }] });
    const badKind = await a.c.post('/api/admin/plans', planInput(sw, [{ kind: 'everything' }]));
    expect(badKind.status).toBe(400);

    // A draft whose course was retired in the meantime cannot go live.
    const draft = await a.c.post('/api/admin/plans', planInput(sw, [{ kind: 'courses', courseIds: [c2.courseId] }]));
    expect(draft.status).toBe(201);
    await t.ctx.db.updateTable('courses').set({ retired_at: new Date() }).where('id', '=', c2.courseId).execute();
    const refused = await a.c.post(`/api/admin/plans/${draft.body.id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields[0]).toMatchObject({ field: 'requirements.0.courseIds.0', code: 'COURSE_NOT_AVAILABLE' });
  });

  it('denies by default: learners, other departments, and changes to live plans', async () => {
    setClock(t, '2026-05-03T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const learner = await person(t, { org: 'UP-SW-LKO' });
    const sw = await admin(t, 'UP-SW');
    const rev = await admin(t, 'UP-REV');
    const input = planInput(await orgId(t.ctx, 'UP-REV'), [{ kind: 'courses', courseIds: [course.courseId] }]);
    expect((await learner.c.post('/api/admin/plans', input)).status).toBe(403);
    expect((await learner.c.get('/api/admin/plans')).status).toBe(403);
    expect((await sw.c.post('/api/admin/plans', input)).body.error.code).toBe('PLAN_OWNER_OUT_OF_SCOPE');
    const draft = await rev.c.post('/api/admin/plans', input);
    expect((await sw.c.get(`/api/admin/plans/${draft.body.id}`)).status).toBe(404);
    expect((await sw.c.post(`/api/admin/plans/${draft.body.id}/publish`)).status).toBe(404);
    expect((await rev.c.post(`/api/admin/plans/${draft.body.id}/retire`)).body.error.code).toBe('PLAN_NOT_LIVE');
    expect((await rev.c.post(`/api/admin/plans/${draft.body.id}/publish`)).status).toBe(200);
    expect((await rev.c.post(`/api/admin/plans/${draft.body.id}/publish`)).body.error.code).toBe('PLAN_NOT_DRAFT');
    expect((await rev.c.request('PUT', `/api/admin/plans/${draft.body.id}`, input)).body.error.code).toBe('PLAN_NOT_DRAFT');
    expect((await rev.c.delete(`/api/admin/plans/${draft.body.id}`)).body.error.code).toBe('PLAN_NOT_DRAFT');

    // A state-wide plan is visible to a department admin, limited to their people, and not theirs to change.
    const state = await admin(t, 'UP', 'state_admin');
    const wide = await state.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP'), [{ kind: 'courses', courseIds: [course.courseId] }]));
    await state.c.post(`/api/admin/plans/${wide.body.id}/publish`);
    await drain(t);
    const seen = await sw.c.get(`/api/admin/plans/${wide.body.id}`);
    expect(seen.body.permissions).toMatchObject({ edit: false, retire: false, manage: true });
    expect((await sw.c.post(`/api/admin/plans/${wide.body.id}/retire`)).status).toBe(403);
    const people = await sw.c.get(`/api/admin/plans/${wide.body.id}/people?status=all`);
    expect(people.body.items.length).toBeGreaterThan(0);
    expect(people.body.items.every((p: { org: { nameEn: string } }) => /Social Welfare|समाज/.test(p.org.nameEn))).toBe(true);
    expect((await sw.c.get(`/api/admin/plans/${wide.body.id}/progress?orgId=${await orgId(t.ctx, 'UP-REV')}`)).status).toBe(403);

    // Retiring ends open assignments (records stay) and the plan leaves the learner's home page.
    expect((await state.c.post(`/api/admin/plans/${wide.body.id}/retire`)).body.status).toBe('retired');
    await drain(t);
    expect((await recordsOf(t, learner.id, wide.body.id)).assignment).toMatchObject({ status: 'ended', left_reason: 'plan_retired' });
    const home = await learner.c.get('/api/me/plans');
    expect(JSON.stringify(home.body)).not.toContain(wide.body.id);
  });
});

describe('extensions and exemptions', () => {
  it('an admin extends, a recorded reporting officer exempts, with reason and approver kept; others are refused', async () => {
    setClock(t, '2026-06-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const learner = await person(t, { org: 'UP-SW-VNS', name: 'Needs Time' });
    const other = await person(t, { org: 'UP-SW-VNS', name: 'Needs Exemption' });
    const officer = await person(t, { org: 'UP-SW-VNS', name: 'Reporting Officer' });
    const { planId, admin: a } = await livePlan('UP-SW-VNS', [{ kind: 'courses', courseIds: [course.courseId] }], { deadline: { kind: 'fixed', date: '2026-06-30' }, acrLinked: true });
    const url = (u: string, what: string) => `/api/plans/${planId}/people/${u}/${what}`;

    expect((await a.c.post(url(learner.id, 'extension'), { dueDate: '2026-06-15', reason: 'earlier' })).body.error.code).toBe('EXTENSION_DATE_INVALID');
    const extended = await a.c.post(url(learner.id, 'extension'), { dueDate: '2026-07-31', reason: 'On election duty in June' });
    expect(extended.status).toBe(200);
    expect(extended.body.requirements[0].current).toMatchObject({ status: 'extended', dueDate: '2026-07-31', originalDueDate: '2026-06-30' });
    expect(extended.body.exceptions[0]).toMatchObject({ kind: 'extension', reason: 'On election duty in June', approverRole: 'admin', approver: { id: a.id } });
    const audit = await t.ctx.db.selectFrom('audit_log').select('details').where('action', '=', 'plan.extension_granted').where('actor_id', '=', a.id).executeTakeFirst();
    expect(audit?.details).toMatchObject({ planId, dueDate: '2026-07-31' });

    const rev = await admin(t, 'UP-REV');
    expect((await rev.c.post(url(learner.id, 'exemption'), { reason: 'x' })).status).toBe(404);
    expect((await officer.c.post(url(other.id, 'exemption'), { reason: 'Not my reportee yet' })).status).toBe(403);
    expect((await a.c.request('PUT', `/api/admin/reporting-officers/${other.id}`, { officerId: officer.id })).status).toBe(200);
    expect((await a.c.request('PUT', `/api/admin/reporting-officers/${other.id}`, { officerId: other.id })).body.error.code).toBe('REPORTING_OFFICER_INVALID');
    const reportees = await officer.c.get('/api/me/reportees');
    expect(reportees.body[0]).toMatchObject({ userId: other.id, plans: [{ planId, status: 'pending' }] });
    const exempted = await officer.c.post(url(other.id, 'exemption'), { reason: 'On long medical leave' });
    expect(exempted.status).toBe(200);
    expect(exempted.body.requirements[0].current.status).toBe('exempted');
    expect(exempted.body.exceptions[0]).toMatchObject({ kind: 'exemption', approverRole: 'reporting_officer', approver: { id: officer.id } });
    expect((await officer.c.post(url(learner.id, 'exemption'), { reason: 'Not mine' })).status).toBe(403);
    expect((await officer.c.post(url(other.id, 'exemption'), { reason: 'Again' })).body.error.code).toBe('NOTHING_OPEN');

    // After the original date and before the extended one: extended, not overdue; the progress counts agree.
    setClock(t, '2026-07-05T06:00:00Z');
    const a2 = await signIn(t, a);
    const progress = await a2.get(`/api/admin/plans/${planId}/progress`);
    expect(progress.body.counts).toMatchObject({ extended: 1, exempted: 1 });
    const statement = await (await signIn(t, other)).get('/api/me/compliance?year=2026');
    expect(statement.body.plans[0]).toMatchObject({ outcome: 'exempted', exceptions: [{ kind: 'exemption', approvedBy: 'Reporting Officer' }] });
  });
});

describe('counting rule and reminder channels', () => {
  it('"only after assignment" ignores earlier completions; reminders go in the learner’s language on the channels they allow', async () => {
    setClock(t, '2026-10-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html, titleEn: 'Ethics refresher' });
    const before = await person(t, { org: 'UP-RD-LKO', name: 'Did It Before' });
    const hindi = await person(t, { org: 'UP-RD-LKO', name: 'Hindi Reader', language: 'hi' });
    await t.ctx.db.updateTable('users').set({ full_name_hi: 'हिंदी पाठक', notification_prefs: JSON.stringify({ email: false, sms: false, inapp: true }) }).where('id', '=', hindi.id).execute();
    await complete(before.c, course);
    const { planId } = await livePlan('UP-RD-LKO', [{ kind: 'courses', courseIds: [course.courseId] }], {
      name: { en: 'Ethics plan', hi: 'नैतिकता योजना' },
      deadline: { kind: 'after_assignment', days: 10 },
      countsFrom: 'cycle',
    });
    expect((await recordsOf(t, before.id, planId)).assignment?.state).toBe('open');

    setClock(t, '2026-10-05T06:00:00Z');
    await runDaily(t.ctx);
    const toHindi = await messagesTo(t, hindi.id, 'plan_due_soon');
    expect(toHindi.map((m) => m.channel)).toEqual(['inapp']);
    expect(toHindi[0]).toMatchObject({ language: 'hi' });
    expect(toHindi[0]?.body).toContain('हिंदी पाठक');
    expect(toHindi[0]?.body).toContain('नैतिकता योजना');
    expect((await messagesTo(t, before.id, 'plan_due_soon')).map((m) => m.channel).sort()).toEqual(['email', 'inapp', 'sms']);
  });
});

describe('validity and renewal', () => {
  it('a completion expires after 12 months and reopens with a renewal window, reminders and kept history', async () => {
    setClock(t, '2026-01-05T06:00:00Z');
    const cyber = await makePublishedCourse(t.ctx, { lessons: html, tags: ['cyber-security'], titleEn: 'Cyber 2026' });
    const learner = await person(t, { org: 'UP-POLICE-AGR', name: 'Renewing Constable' });
    const { planId } = await livePlan('UP-POLICE-AGR', [{ kind: 'tagged', tags: ['cyber-security'], count: 1, validityMonths: 12, renewalWindowDays: 30 }], {
      deadline: { kind: 'after_assignment', days: 30 },
    });
    // The admin's plan page names the tag in both languages rather than showing its key.
    const view = await (await admin(t, 'UP-POLICE-AGR')).c.get(`/api/admin/plans/${planId}`);
    expect(view.body.requirements[0].tagNames).toEqual([{ en: 'Cyber security', hi: 'साइबर सुरक्षा' }]);
    await complete(learner.c, cyber);
    await drain(t);
    const first = (await recordsOf(t, learner.id, planId)).cycles[0];
    expect(first?.expires_at?.toISOString().slice(0, 10)).toBe('2027-01-05');

    setClock(t, '2027-01-06T04:00:00Z');
    const run = await runDaily(t.ctx);
    expect(run.renewals).toBeGreaterThanOrEqual(1);
    const cycles = (await recordsOf(t, learner.id, planId)).cycles;
    expect(cycles.map((c) => [c.cycle_no, c.kind, c.closed_reason])).toEqual([
      [1, 'initial', 'expired'],
      [2, 'renewal', null],
    ]);
    expect(cycles[1]?.due_at.toISOString()).toBe('2027-02-04T18:30:00.000Z');
    expect((await messagesTo(t, learner.id, 'plan_renewal_due')).length).toBeGreaterThan(0);
    const home = await (await signIn(t, learner)).get('/api/me/plans');
    const item = [...home.body.upcoming, ...home.body.dueSoon].find((p: { planId: string }) => p.planId === planId);
    expect(item.status).toBe('expired');
    expect(item.requirements[0].history[0]).toMatchObject({ status: 'completed_on_time', closedReason: 'expired' });

    // Only a newer completion renews it.
    setClock(t, '2027-01-20T06:00:00Z');
    const cyber2027 = await makePublishedCourse(t.ctx, { lessons: html, tags: ['cyber-security'], titleEn: 'Cyber 2027' });
    await complete(await signIn(t, learner), cyber2027);
    await drain(t);
    const renewed = (await recordsOf(t, learner.id, planId)).cycles[1];
    expect(renewed?.completed_at).not.toBeNull();
    expect(renewed?.completed_items).toEqual([{ courseId: cyber2027.courseId, completedAt: expect.any(String) }]);
  });
});

describe('a course is retired', () => {
  it('a requirement that no longer needs the retired course completes for people who did the rest', async () => {
    setClock(t, '2026-08-01T06:00:00Z');
    const keep = await makePublishedCourse(t.ctx, { lessons: html });
    const gone = await makePublishedCourse(t.ctx, { lessons: html });
    const learner = await person(t, { org: 'UP-POLICE-HQ' });
    const { planId } = await livePlan('UP-POLICE-HQ', [{ kind: 'courses', courseIds: [keep.courseId, gone.courseId] }]);
    await complete(learner.c, keep);
    await drain(t);
    expect((await recordsOf(t, learner.id, planId)).assignment?.state).toBe('open');
    await t.ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('courses').set({ retired_at: t.ctx.clock.now() }).where('id', '=', gone.courseId).execute();
      await writeOutbox(trx, 'course.retired', { courseId: gone.courseId });
    });
    await drain(t);
    expect((await recordsOf(t, learner.id, planId)).assignment).toMatchObject({ state: 'completed', late: false });
  });
});

describe('accounts merged', () => {
  it('moves the duplicate’s records to the account kept; the more advanced record wins; a replay changes nothing', async () => {
    setClock(t, '2026-09-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const kept = await person(t, { org: 'UP-MH-BAH', name: 'Kept Account' });
    const duplicate = await person(t, { org: 'UP-MH-BAH', name: 'Duplicate Account' });
    const { planId, admin: a } = await livePlan('UP-MH-BAH', [{ kind: 'courses', courseIds: [course.courseId] }]);
    await complete(duplicate.c, course);
    await drain(t);
    expect((await a.c.post(`/api/admin/users/${duplicate.id}/merge`, { intoUserId: kept.id })).status).toBe(200);
    await drain(t);
    expect((await recordsOf(t, duplicate.id, planId)).assignment).toBeUndefined();
    const after = await recordsOf(t, kept.id, planId);
    expect(after.assignment).toMatchObject({ status: 'active', state: 'completed' });
    await mergePlanRecords(t.ctx, duplicate.id, kept.id);
    const replayed = await recordsOf(t, kept.id, planId);
    expect(replayed.cycles).toEqual(after.cycles);
    expect({ ...replayed.assignment, updated_at: null }).toEqual({ ...after.assignment, updated_at: null });
  });
});
