import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { orgId } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { admin, complete, drain, messagesTo, person, planInput, recordsOf, setClock, signIn } from './plan-helpers';
import { addCalendarMonths, dueFor, dueEnd, yearlyDueDate } from '../src/modules/plans/plans.rules';
import { buildStatement } from '../src/modules/plans/compliance.service';
import { reconcileLivePlans } from '../src/modules/plans/reconcile.service';
import { runDaily } from '../src/modules/plans/reminders.service';

/*
 * Issue 12, items 2 and 3: calendar-month deadlines, an earlier completion within its validity counting for a new
 * posting (order (c)), statements holding exactly their appraisal year's cycles, late joiners, and yearly orders.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

async function livePlan(org: string, course: MadeCourse, extra: Record<string, unknown>, requirement: Record<string, unknown> = {}) {
  const a = await admin(t, org);
  const created = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, org), [{ kind: 'courses', courseIds: [course.courseId], ...requirement }], { acrLinked: true, ...extra }));
  if (created.status !== 201) throw new Error(`plan not created: ${JSON.stringify(created.body)}`);
  expect((await a.c.post(`/api/admin/plans/${created.body.id}/publish`)).status).toBe(200);
  await drain(t);
  return created.body.id as string;
}

async function statementPlans(userId: string, year: number) {
  const s = await buildStatement(t.ctx.db, userId, year, t.ctx.clock.now());
  return { overall: s.overall, plans: s.plans.map((p) => ({ id: p.planId, outcome: p.outcome, cycles: p.requirements.flatMap((r) => r.cycles.map((c) => c.dueDate)) })) };
}

describe('dates', () => {
  it('counts months on the calendar: 1 Feb + 1 month is 1 Mar, the day clamped to the month’s end', () => {
    expect(addCalendarMonths('2026-02-01', 1)).toBe('2026-03-01');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-15', 3)).toBe('2027-03-15');
    const basis = { now: new Date('2026-02-01T06:00:00Z'), joinedAt: new Date(), postingFrom: '2026-02-01' };
    expect(dueFor({ kind: 'after_posting', months: 1 }, basis)).toEqual(dueEnd('2026-03-01'));
    expect(dueFor({ kind: 'after_posting', days: 30 }, basis)).toEqual(dueEnd('2026-03-03'));
  });

  it('a yearly order is due on its day and month in each appraisal year', () => {
    expect(yearlyDueDate('2026-03-31', 2026)).toBe('2027-03-31');
    expect(yearlyDueDate('2026-03-31', 2025)).toBe('2026-03-31');
    expect(yearlyDueDate('2026-12-31', 2027)).toBe('2027-12-31');
    expect(yearlyDueDate('2027-02-28', 2027)).toBe('2028-02-28');
    const basis = (iso: string) => ({ now: new Date(iso), joinedAt: new Date(iso), postingFrom: null });
    const yearly = { kind: 'fixed' as const, date: '2026-03-31', everyYear: true };
    expect(dueFor(yearly, basis('2026-03-10T06:00:00Z'))).toEqual(dueEnd('2026-03-31'));
    expect(dueFor(yearly, basis('2026-04-02T06:00:00Z'))).toEqual(dueEnd('2027-03-31'));
  });
});

describe('order (c): a new posting, an earlier completion, calendar months', () => {
  it('a completion at the last posting still valid counts for the new posting’s cycle; an older one is re-taken as a new attempt; due a calendar month on', async () => {
    setClock(t, '2026-01-10T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    const officer = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR' });
    const stale = await person(t, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR' });
    const planId = await livePlan('UP-REV', course, { deadline: { kind: 'after_posting', months: 1 }, countsFrom: 'cycle' }, { validityMonths: 24, renewalWindowDays: 30 });
    await complete(officer.c, course);
    await complete(stale.c, course);
    await drain(t);
    // The stale officer's completion is moved three years back (outside the 24 months' validity).
    await sql`UPDATE enrolments SET completed_at = '2023-01-05T06:00:00Z' WHERE user_id = ${stale.id}`.execute(t.ctx.db);
    setClock(t, '2026-02-01T06:00:00Z');
    for (const p of [officer, stale]) {
      await sql`UPDATE postings SET to_date = '2026-01-31' WHERE user_id = ${p.id} AND to_date IS NULL`.execute(t.ctx.db);
      await sql`INSERT INTO postings (user_id, org_id, designation_id, from_date, reason) SELECT id, org_id, designation_id, '2026-02-01', 'transfer' FROM users WHERE id = ${p.id}`.execute(t.ctx.db);
    }
    await reconcileLivePlans(t.ctx);
    const done = await recordsOf(t, officer.id, planId);
    expect(done.cycles.map((c) => c.kind)).toEqual(['initial', 'posting']);
    expect(done.cycles[1]?.completed_at).not.toBeNull();
    expect(done.assignment?.state).toBe('completed');
    const open = await recordsOf(t, stale.id, planId);
    expect(open.cycles[1]).toMatchObject({ kind: 'posting', completed_at: null });
    expect(open.cycles[1]?.due_at).toEqual(dueEnd('2026-03-01'));
    // The old completion does not count, so the course restarts as a new attempt that can complete again.
    const restarted = await t.ctx.db.selectFrom('enrolments').selectAll().where('user_id', '=', stale.id).where('course_id', '=', course.courseId).executeTakeFirstOrThrow();
    expect(restarted).toMatchObject({ status: 'in_progress', attempt_no: 2, completed_at: null, progress_percent: 0 });
    expect(await t.ctx.db.selectFrom('enrolment_attempts').select(['attempt_no', 'completed_at']).where('user_id', '=', stale.id).execute()).toEqual([
      { attempt_no: 1, completed_at: new Date('2023-01-05T06:00:00Z') },
    ]);
    setClock(t, '2026-02-10T06:00:00Z');
    await complete(await signIn(t, stale), course);
    await drain(t);
    const retaken = await recordsOf(t, stale.id, planId);
    expect(retaken.cycles[1]?.completed_at).not.toBeNull();
    expect(retaken.cycles[1]!.completed_at!.getTime()).toBeGreaterThan(Date.parse('2026-02-10T06:00:00Z'));
    expect(retaken.assignment?.state).toBe('completed');
    // Re-running the evaluation restarts nothing: the new completion counts.
    await reconcileLivePlans(t.ctx, { force: true });
    expect((await t.ctx.db.selectFrom('enrolments').select('attempt_no').where('user_id', '=', stale.id).executeTakeFirstOrThrow()).attempt_no).toBe(2);
  });
});

describe('appraisal years and late joiners', () => {
  it('a missed cycle due 31 March 2026 is in the 2025-26 statement only; a late joiner is out of scope, or gets the stated days', async () => {
    setClock(t, '2026-03-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    const early = await person(t, { org: 'UP-MH-BAH' });
    const oneOff = await livePlan('UP-MH-BAH', course, { deadline: { kind: 'fixed', date: '2026-03-31' } });
    const withDays = await livePlan('UP-MH-BAH', course, { deadline: { kind: 'fixed', date: '2026-03-31', lateJoinerDays: 30 } });
    setClock(t, '2026-04-10T06:00:00Z');
    await runDaily(t.ctx);
    expect(await statementPlans(early.id, 2025)).toMatchObject({ overall: 'non_compliant' });
    expect((await statementPlans(early.id, 2025)).plans.map((p) => p.id).sort()).toEqual([oneOff, withDays].sort());
    expect(await statementPlans(early.id, 2026)).toEqual({ overall: 'not_applicable', plans: [] });

    const late = await person(t, { org: 'UP-MH-BAH' });
    await reconcileLivePlans(t.ctx);
    expect((await recordsOf(t, late.id, oneOff)).assignment).toBeUndefined();
    const given = await recordsOf(t, late.id, withDays);
    expect(given.cycles[0]?.due_at).toEqual(dueEnd('2026-05-10'));
    setClock(t, '2026-05-20T06:00:00Z');
    await runDaily(t.ctx);
    const overdue = await messagesTo(t, late.id, 'plan_overdue');
    expect(overdue.length).toBeGreaterThan(0); // for the plan that gave 30 days, not for the one that predates them
    expect(await statementPlans(late.id, 2026)).toMatchObject({ overall: 'non_compliant', plans: [{ id: withDays }] });
  });

  it('a yearly order opens a new cycle on 1 April, once; last year’s record stays last year’s', async () => {
    setClock(t, '2026-03-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
    const doer = await person(t, { org: 'UP-POLICE-LKO' });
    const misser = await person(t, { org: 'UP-POLICE-LKO' });
    const planId = await livePlan('UP-POLICE-LKO', course, { deadline: { kind: 'fixed', date: '2026-03-31', everyYear: true } });
    await complete(doer.c, course);
    await drain(t);
    setClock(t, '2026-04-01T04:00:00Z'); // 09:30 in India on 1 April
    const first = await runDaily(t.ctx);
    expect(first.yearly).toBeGreaterThanOrEqual(2);
    expect((await runDaily(t.ctx)).yearly).toBe(0);
    const missed = await recordsOf(t, misser.id, planId);
    expect(missed.cycles.map((c) => [c.kind, c.closed_reason])).toEqual([['initial', 'year_ended'], ['yearly', null]]);
    expect(missed.cycles[1]?.due_at).toEqual(dueEnd('2027-03-31'));
    const did = await recordsOf(t, doer.id, planId);
    // Last year's completion does not count for this year's cycle.
    expect(did.cycles[1]).toMatchObject({ kind: 'yearly', completed_at: null });
    expect(await statementPlans(doer.id, 2025)).toMatchObject({ overall: 'compliant', plans: [{ cycles: ['2026-03-31'] }] });
    expect(await statementPlans(misser.id, 2025)).toMatchObject({ overall: 'non_compliant', plans: [{ cycles: ['2026-03-31'] }] });
    expect(await statementPlans(misser.id, 2026)).toMatchObject({ overall: 'pending', plans: [{ cycles: ['2027-03-31'] }] });
  });
});
