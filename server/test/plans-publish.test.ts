import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { makeUser, orgId } from './factories';
import { makePublishedCourse } from './course-factories';
import { admin, drain, messagesTo, person, planInput, recordsOf, setClock } from './plan-helpers';
import { writeOutbox } from '../src/platform/outbox';
import { evaluatePerson } from '../src/modules/plans/evaluation.service';
import { sendAllPendingNotices, sendAssignmentNotices } from '../src/modules/plans/assignment-notices.service';
import { deadlineChange } from '../src/modules/plans/live-change.rules';

/* Issue 19: publishing with a confirmation (count, deadline, version), assignment notices, and changes to live plans. */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const html = [{ type: 'html' as const }];

/** Active people in an org's subtree now (what an "everyone" audience owned there matches). */
async function activeIn(code: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id
    WHERE u.status = 'active' AND o.path LIKE (SELECT path FROM orgs WHERE code = ${code}) || '%'`.execute(t.ctx.db);
  return rows.map((r) => r.id);
}

async function inAppCount(planName: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM messages WHERE template = 'plan_assigned' AND channel = 'inapp' AND (body LIKE ${`%${planName}%`})`.execute(t.ctx.db);
  return rows[0]?.n ?? 0;
}

describe('publishing asks first, and the people assigned are told', () => {
  it('previews the count and the deadline, refuses a stale confirmation, publishes once, and notifies everyone once', async () => {
    setClock(t, '2026-05-01T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const a = await admin(t, 'UP-UD');
    const learner = await person(t, { org: 'UP-UD-LMC' });
    const hindi = await makeUser(t.ctx, { org: 'UP-UD-LMC', language: 'hi' });
    const quiet = await makeUser(t.ctx, { org: 'UP-UD-LMC' });
    await t.ctx.db.updateTable('users').set({ notification_prefs: JSON.stringify({ email: false, sms: false, inapp: true }) }).where('id', '=', quiet.id).execute();
    const input = planInput(await orgId(t.ctx, 'UP-UD'), [{ kind: 'courses', courseIds: [course.courseId] }], {
      name: { en: 'Urban notices plan', hi: 'शहरी सूचना योजना' },
      deadline: { kind: 'fixed', date: '2026-06-30' },
    });
    const draft = await a.c.post('/api/admin/plans', input);
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;

    const audience = await activeIn('UP-UD');
    const preview = await a.c.get(`/api/admin/plans/${id}/publish-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ count: audience.length, dueDate: '2026-06-30', version: draft.body.updatedAt });
    expect((await learner.c.get(`/api/admin/plans/${id}/publish-preview`)).status).toBe(403);

    // A confirmation made before the draft changed is refused, and so is a count far from what would be assigned.
    const edited = await a.c.request('PUT', `/api/admin/plans/${id}`, { ...input, name: { en: 'Urban notices plan', hi: 'शहरी सूचना योजना' }, description: { en: 'Edited' } });
    expect(edited.status).toBe(200);
    const stale = await a.c.post(`/api/admin/plans/${id}/publish`, { version: preview.body.version, confirmedCount: preview.body.count });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PLAN_CHANGED');
    const fresh = (await a.c.get(`/api/admin/plans/${id}/publish-preview`)).body;
    const wrongCount = await a.c.post(`/api/admin/plans/${id}/publish`, { version: fresh.version, confirmedCount: fresh.count + 500 });
    expect(wrongCount.status).toBe(409);
    expect(wrongCount.body.error).toMatchObject({ code: 'AUDIENCE_CHANGED', params: { count: audience.length } });
    expect((await a.c.post(`/api/admin/plans/${id}/publish`, { version: fresh.version, extra: 1 })).status).toBe(400);
    expect((await a.c.get(`/api/admin/plans/${id}`)).body.status).toBe('draft');

    // The confirmed publication, sent twice (a double tap): live once, one audit entry, the same answer.
    const body = { version: fresh.version, confirmedCount: fresh.count };
    const [one, two] = await Promise.all([a.c.post(`/api/admin/plans/${id}/publish`, body), a.c.post(`/api/admin/plans/${id}/publish`, body)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.body.status).toBe('live');
    const again = await a.c.post(`/api/admin/plans/${id}/publish`, body);
    expect(again.status).toBe(200);
    const audits = await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'plan.published').where('target_id', '=', id).execute();
    expect(audits).toHaveLength(1);
    await drain(t);

    // Everyone assigned gets one in-app notice with the plan and the deadline; e-mail and SMS as their preferences allow.
    expect(await inAppCount('Urban notices plan')).toBe(audience.length - 1);
    expect(await inAppCount('शहरी सूचना योजना')).toBe(1);
    const mine = await messagesTo(t, learner.id, 'plan_assigned');
    expect(mine.map((m) => m.channel).sort()).toEqual(['email', 'inapp', 'sms']);
    expect(mine.find((m) => m.channel === 'inapp')?.body).toContain('30-06-2026');
    expect(mine.find((m) => m.channel === 'email')?.subject).toContain('Urban notices plan');
    const inHindi = await messagesTo(t, hindi.id, 'plan_assigned');
    expect(inHindi.find((m) => m.channel === 'inapp')).toMatchObject({ language: 'hi' });
    expect(inHindi.find((m) => m.channel === 'inapp')?.body).toContain('30-06-2026 तक पूरा करें');
    expect((await messagesTo(t, quiet.id, 'plan_assigned')).map((m) => m.channel)).toEqual(['inapp']);
    const notices = await learner.c.get('/api/me/notifications');
    expect(notices.body.some((n: { body: string }) => n.body.includes('Urban notices plan') && n.body.includes('30-06-2026'))).toBe(true);
    // Read with the UI in Hindi, the same notice names the plan by its Hindi name.
    const shownInHindi = await learner.c.request('GET', '/api/me/notifications', undefined, { headers: { 'x-ui-language': 'hi' } });
    expect(shownInHindi.body.some((n: { body: string }) => n.body.includes('शहरी सूचना योजना') && n.body.includes('30-06-2026 तक पूरा करें'))).toBe(true);

    // Running the job again (a retry, a duplicate event, the backstop) sends nothing more.
    await sendAssignmentNotices(t.ctx, id);
    await sendAllPendingNotices(t.ctx);
    await t.ctx.db.transaction().execute((trx) => writeOutbox(trx, 'plan.assigned', { planId: id }));
    await drain(t);
    expect(await inAppCount('Urban notices plan')).toBe(audience.length - 1);

    // A person who joins later is told once, with their own deadline.
    const late = await makeUser(t.ctx, { org: 'UP-UD-LMC' });
    await evaluatePerson(t.ctx, late.id, 'activation');
    await evaluatePerson(t.ctx, late.id, 'activation');
    const lateNotices = await messagesTo(t, late.id, 'plan_assigned');
    expect(lateNotices.filter((m) => m.channel === 'inapp')).toHaveLength(1);
    expect(lateNotices[0]?.body).toContain('30-06-2026');
  });

  it('a plan published without a confirmation (API clients) still works, and a second publish is refused', async () => {
    setClock(t, '2026-05-02T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const a = await admin(t, 'UP-HOME');
    const draft = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-HOME'), [{ kind: 'courses', courseIds: [course.courseId] }]));
    expect((await a.c.post(`/api/admin/plans/${draft.body.id}/publish`)).status).toBe(200);
    expect((await a.c.post(`/api/admin/plans/${draft.body.id}/publish`)).body.error.code).toBe('PLAN_NOT_DRAFT');
    expect((await a.c.get(`/api/admin/plans/${draft.body.id}/publish-preview`)).body.error.code).toBe('PLAN_NOT_DRAFT');
  });
});

describe('changes to a live plan', () => {
  it('extends the deadline for the people assigned, widens the audience (new people assigned and told), refuses the rest', async () => {
    setClock(t, '2026-05-05T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const a = await admin(t, 'UP-PR');
    const inside = await person(t, { org: 'UP-PR-LKO' });
    const outside = await makeUser(t.ctx, { org: 'UP-PR' });
    const lko = await orgId(t.ctx, 'UP-PR-LKO');
    const input = planInput(await orgId(t.ctx, 'UP-PR'), [{ kind: 'courses', courseIds: [course.courseId] }], {
      name: { en: 'Panchayat live plan', hi: 'पंचायत सक्रिय योजना' },
      audience: { mode: 'criteria', groups: [{ orgIds: [lko] }] },
      deadline: { kind: 'fixed', date: '2026-06-30' },
    });
    const draft = await a.c.post('/api/admin/plans', input);
    const id = draft.body.id as string;
    expect((await a.c.patch(`/api/admin/plans/${id}`, { version: draft.body.updatedAt, deadline: { kind: 'fixed', date: '2026-07-31' } })).body.error.code).toBe('PLAN_NOT_LIVE');
    const live = await a.c.post(`/api/admin/plans/${id}/publish`);
    expect(live.body.permissions).toMatchObject({ change: true, edit: false });
    await drain(t);
    const assigned = (await activeIn('UP-PR-LKO')).length;
    const version = live.body.updatedAt as string;

    const later = { version, deadline: { kind: 'fixed', date: '2026-07-31' } };
    const preview = await a.c.post(`/api/admin/plans/${id}/change-preview`, later);
    expect(preview.body).toEqual({ assigned, deadlineMoves: assigned, dueDate: '2026-07-31', added: 0 });
    for (const [body, code] of [
      [{ version, deadline: { kind: 'fixed', date: '2026-06-01' } }, 'DEADLINE_NOT_EXTENDED'],
      [{ version, deadline: { kind: 'after_assignment', days: 90 } }, 'DEADLINE_NOT_EXTENDED'],
      [{ version, deadline: { kind: 'fixed', date: '2026-07-31', everyYear: true } }, 'DEADLINE_YEARLY_FIXED'],
      [{ version: '2026-01-01T00:00:00.000Z', deadline: { kind: 'fixed', date: '2026-07-31' } }, 'PLAN_CHANGED'],
      [{ version, audience: { mode: 'criteria', groups: [{ orgIds: [await orgId(t.ctx, 'UP-PR')], employeeGroups: ['A'] }] } }, 'AUDIENCE_NARROWED'],
      [{ version }, 'NOTHING_TO_CHANGE'],
      [{ version, deadline: { kind: 'fixed', date: '2026-09-31' } }, 'PLAN_INVALID'],
    ] as const) {
      const res = await a.c.patch(`/api/admin/plans/${id}`, body);
      expect(res.body.error?.code, JSON.stringify(body)).toBe(code);
    }
    expect((await a.c.patch(`/api/admin/plans/${id}`, { ...later, name: { en: 'x', hi: 'x' } })).status).toBe(400);
    expect((await a.c.request('PUT', `/api/admin/plans/${id}`, input)).body.error.code).toBe('PLAN_NOT_DRAFT');
    const other = await admin(t, 'UP-REV');
    expect((await other.c.patch(`/api/admin/plans/${id}`, later)).status).toBe(404);
    expect((await inside.c.patch(`/api/admin/plans/${id}`, later)).status).toBe(403);

    const extended = await a.c.patch(`/api/admin/plans/${id}`, later);
    expect(extended.status).toBe(200);
    expect(extended.body.deadline).toMatchObject({ kind: 'fixed', date: '2026-07-31' });
    const records = await recordsOf(t, inside.id, id);
    expect(records.cycles[0]?.due_at).toEqual(new Date('2026-07-31T18:30:00Z'));
    expect((await a.c.get(`/api/admin/plans/${id}/people?status=all`)).body.items.every((p: { dueDate: string }) => p.dueDate === '2026-07-31')).toBe(true);

    // Widening to everyone in the organisation: the people outside the old group are assigned and told.
    const wider = { version: extended.body.updatedAt, audience: { mode: 'all' } };
    const widePreview = await a.c.post(`/api/admin/plans/${id}/change-preview`, wider);
    const everyone = (await activeIn('UP-PR')).length;
    expect(widePreview.body).toMatchObject({ assigned, deadlineMoves: 0, added: everyone - assigned });
    expect((await a.c.patch(`/api/admin/plans/${id}`, wider)).status).toBe(200);
    await drain(t);
    expect((await recordsOf(t, outside.id, id)).assignment).toMatchObject({ status: 'active' });
    const told = await messagesTo(t, outside.id, 'plan_assigned');
    expect(told.filter((m) => m.channel === 'inapp')).toHaveLength(1);
    expect(told[0]?.body).toContain('31-07-2026');
    expect((await messagesTo(t, inside.id, 'plan_assigned')).filter((m) => m.channel === 'inapp')).toHaveLength(1);
  });

  it('moves the due dates of the assigned courses too: months counted again from the start, the earliest plan wins, and per-person extensions', async () => {
    setClock(t, '2027-01-31T06:00:00Z');
    const course = await makePublishedCourse(t.ctx, { lessons: html });
    const a = await admin(t, 'UP-RD');
    const learner = await person(t, { org: 'UP-RD', group: 'A' });
    const audience = { mode: 'criteria', groups: [{ orgIds: [await orgId(t.ctx, 'UP-RD')], employeeGroups: ['A'] }] };
    const publish = async (name: string, deadline: unknown) => {
      const draft = await a.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-RD'), [{ kind: 'courses', courseIds: [course.courseId] }], { name: { en: name, hi: name }, audience, deadline }));
      const live = await a.c.post(`/api/admin/plans/${draft.body.id}/publish`);
      expect(live.status).toBe(200);
      return { id: draft.body.id as string, version: live.body.updatedAt as string };
    };
    const monthly = await publish('Within a month', { kind: 'after_assignment', months: 1 });
    const march = await publish('By mid-March', { kind: 'fixed', date: '2027-03-15' });
    await drain(t);
    const courseDue = async () => {
      const learning = await learner.c.get('/api/me/learning');
      return [...learning.body.inProgress, ...learning.body.assigned].find((c: { courseId: string }) => c.courseId === course.courseId)?.dueAt;
    };
    expect((await learner.c.get('/api/me/plans')).status).toBe(200); // enrols in what the plans need
    // 31 January + 1 month: the end of 28 February (India time); the earlier of the two plans sets the course's date.
    expect((await recordsOf(t, learner.id, monthly.id)).cycles[0]?.due_at).toEqual(new Date('2027-02-28T18:30:00Z'));
    expect(await courseDue()).toBe('2027-02-28T18:30:00.000Z');

    // Two months, counted again from 31 January: the end of 31 March, not 28 March. The course now follows the March plan.
    expect((await a.c.patch(`/api/admin/plans/${monthly.id}`, { version: monthly.version, deadline: { kind: 'after_assignment', months: 2 } })).status).toBe(200);
    expect((await recordsOf(t, learner.id, monthly.id)).cycles[0]?.due_at).toEqual(new Date('2027-03-31T18:30:00Z'));
    await drain(t);
    expect(await courseDue()).toBe('2027-03-15T18:30:00.000Z');

    // One person's extension of the March plan: the course follows the next earliest date, 31 March.
    const extended = await a.c.post(`/api/plans/${march.id}/people/${learner.id}/extension`, { dueDate: '2027-04-30', reason: 'On election duty' });
    expect(extended.status).toBe(200);
    expect(await courseDue()).toBe('2027-03-31T18:30:00.000Z');
    const learning = await learner.c.get('/api/me/learning');
    expect([...learning.body.inProgress, ...learning.body.assigned].find((c: { courseId: string }) => c.courseId === course.courseId)?.overdue).toBe(false);
  });

  it('allows only later deadlines of the same kind (rules)', () => {
    expect(deadlineChange({ kind: 'after_assignment', days: 30 }, { kind: 'after_assignment', days: 45 })).toEqual({ ok: true, shift: { to: 'days', by: 15 } });
    expect(deadlineChange({ kind: 'after_posting', months: 1 }, { kind: 'after_posting', months: 2 })).toEqual({ ok: true, shift: { to: 'months', by: 1 } });
    expect(deadlineChange({ kind: 'after_assignment', days: 30 }, { kind: 'after_assignment', months: 2 })).toMatchObject({ ok: false });
    expect(deadlineChange({ kind: 'after_posting', months: 1, notBefore: '2026-02-01' }, { kind: 'after_posting', months: 2 })).toMatchObject({ ok: false });
    expect(deadlineChange({ kind: 'fixed', date: '2026-06-30', lateJoinerDays: 30 }, { kind: 'fixed', date: '2026-07-30' })).toMatchObject({ ok: false });
    expect(deadlineChange({ kind: 'fixed', date: '2026-06-30' }, { kind: 'fixed', date: '2026-06-30', lateJoinerDays: 10 })).toEqual({ ok: true, shift: null });
  });
});
