import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, uniqueMobile } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { completeCourse, expectReconciled, refreshSubtree } from './report-helpers';
import { admin, drain, planInput, recordsOf, signIn } from './plan-helpers';
import { Hooks } from '../src/platform/hooks';
import { onHook } from '../src/platform/module';
import { ORG_MOVING } from '../src/modules/orgs';
import { modules } from '../src/modules';

/* Org-tree maintenance: create, rename, move and close offices, with the audit log, reports and plans following. */

let t: TestApp;
let stateAdmin: TestClient;
let swAdmin: TestClient;
let course: MadeCourse;
let seq = 0;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  stateAdmin = (await admin(t, 'UP', 'state_admin')).c;
  swAdmin = (await admin(t, 'UP-SW')).c;
  course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }], titleEn: 'Office noting', titleHi: 'कार्यालय टिप्पणी' });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Creates an office through the API and returns its id. */
async function office(parentCode: string, c: TestClient = stateAdmin): Promise<{ id: string; code: string }> {
  seq += 1;
  const code = `T-OFF-${Date.now().toString(36).toUpperCase()}-${seq}`;
  const res = await c.post('/api/admin/orgs', { parentId: await orgId(t.ctx, parentCode), type: 'office', code, nameEn: `Test office ${seq}`, nameHi: `परीक्षण कार्यालय ${seq}` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, code };
}

const auditRows = (action: string, id: string) =>
  t.ctx.db.selectFrom('audit_log').select(['actor_id', 'details']).where('action', '=', action).where('target_id', '=', id).execute();

/** Every org's path is its parent's path plus its own id: no cycle, no stale descendant. */
async function treeConsistent(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM orgs c JOIN orgs p ON p.id = c.parent_id
    WHERE c.path <> p.path || c.id || '/' OR c.depth <> p.depth + 1`.execute(t.ctx.db);
  return rows[0]?.n ?? -1;
}

describe('create and rename', () => {
  it('a state admin creates an office with English and Hindi names; the code is unique; it is audited and listed', async () => {
    const made = await office('UP-SW-LKO');
    const row = await t.ctx.db.selectFrom('orgs').selectAll().where('id', '=', made.id).executeTakeFirstOrThrow();
    const parent = await t.ctx.db.selectFrom('orgs').selectAll().where('code', '=', 'UP-SW-LKO').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ parent_id: parent.id, path: `${parent.path}${made.id}/`, depth: parent.depth + 1, tenant_id: parent.tenant_id, status: 'active', name_hi: `परीक्षण कार्यालय ${seq}` });
    expect(await auditRows('org.created', made.id)).toHaveLength(1);
    const listed = await t.client().get(`/api/orgs?parentId=${parent.id}`);
    expect(listed.body.map((o: { id: string }) => o.id)).toContain(made.id);

    const dup = (await admin(t, 'UP', 'state_admin', 'hi')).c;
    const again = await dup.post('/api/admin/orgs', { parentId: parent.id, type: 'office', code: made.code.toLowerCase(), nameEn: 'Another', nameHi: 'दूसरा' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ORG_CODE_TAKEN');
    expect(again.body.error.message).toBe('यह कोड किसी दूसरे संगठन का है।');
    const state = await stateAdmin.post('/api/admin/orgs', { parentId: parent.id, type: 'state', code: `X-${seq}`, nameEn: 'A state', nameHi: 'एक राज्य' });
    expect(state.status).toBe(400);
  });

  it('an MDO admin creates and renames offices in their department, not elsewhere; the rename keeps the old names in the audit', async () => {
    const made = await office('UP-SW-LKO', swAdmin);
    const renamed = await swAdmin.patch(`/api/admin/orgs/${made.id}`, { nameEn: 'District Welfare Office, Chinhat', nameHi: 'ज़िला कल्याण कार्यालय, चिनहट' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ nameEn: 'District Welfare Office, Chinhat', nameHi: 'ज़िला कल्याण कार्यालय, चिनहट', permissions: { rename: true, move: false, close: false } });
    const [entry] = await auditRows('org.renamed', made.id);
    expect(JSON.parse(JSON.stringify(entry?.details))).toMatchObject({ from: { en: expect.stringMatching(/^Test office/) }, to: { hi: 'ज़िला कल्याण कार्यालय, चिनहट' } });
    const elsewhere = await swAdmin.post('/api/admin/orgs', { parentId: await orgId(t.ctx, 'UP-MH-BAH'), type: 'office', code: `NOPE-${seq}`, nameEn: 'No', nameHi: 'नहीं' });
    expect(elsewhere.status).toBe(403);
    expect((await swAdmin.post(`/api/admin/orgs/${made.id}/move`, { parentId: await orgId(t.ctx, 'UP-SW') })).status).toBe(403);
    expect((await swAdmin.post(`/api/admin/orgs/${made.id}/close`, {})).status).toBe(403);
  });
});

describe('move', () => {
  it('moves a subtree with its people: every descendant path, the ledger and the rollups follow, and both sides reconcile', async () => {
    const a = await office('UP-SW-LKO');
    const b = (await stateAdmin.post('/api/admin/orgs', { parentId: a.id, type: 'office', code: `${a.code}-B`, nameEn: 'Sub-office', nameHi: 'उप-कार्यालय' })).body;
    const learner = await makeUser(t.ctx, { org: `${a.code}-B` });
    await completeCourse(await signIn(t, learner), course);
    await refreshSubtree(t.ctx, 'UP');
    const minutes = async (code: string) => (await stateAdmin.get(`/api/reports/orgs/${await orgId(t.ctx, code)}/dashboard`)).body.activity.learningMinutes as number;
    const credited = (await t.ctx.db.selectFrom('enrolments').select('learning_minutes_credited').where('user_id', '=', learner.id).executeTakeFirstOrThrow()).learning_minutes_credited;
    const [swBefore, mhBefore] = [await minutes('UP-SW'), await minutes('UP-MH')];

    const moved = await stateAdmin.post(`/api/admin/orgs/${a.id}/move`, { parentId: await orgId(t.ctx, 'UP-MH') });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const mh = await t.ctx.db.selectFrom('orgs').select(['path', 'depth']).where('code', '=', 'UP-MH').executeTakeFirstOrThrow();
    const sub = await t.ctx.db.selectFrom('orgs').select(['path', 'depth']).where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(sub).toEqual({ path: `${mh.path}${a.id}/${b.id}/`, depth: mh.depth + 2 });
    expect(await treeConsistent()).toBe(0);
    const ledger = await t.ctx.db.selectFrom('report_learners').select('org_path').where('user_id', '=', learner.id).executeTakeFirstOrThrow();
    expect(ledger.org_path).toBe(sub.path);
    expect(await minutes('UP-SW')).toBe(swBefore - credited);
    expect(await minutes('UP-MH')).toBe(mhBefore + credited);
    expect(await auditRows('org.moved', a.id)).toHaveLength(1);
    const event = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'org.moved').executeTakeFirstOrThrow();
    expect(JSON.parse(JSON.stringify(event.payload))).toMatchObject({ orgId: a.id, toPath: `${mh.path}${a.id}/` });
    await expectReconciled(t.ctx, 'UP-SW');
    await expectReconciled(t.ctx, 'UP-MH');
    await expectReconciled(t.ctx, 'UP');
  }, 90_000);

  it('runs the other modules\' parts of a move in its transaction: one that fails leaves the tree and every copy as they were', async () => {
    const a = await office('UP-SW-LKO');
    const learner = await makeUser(t.ctx, { org: a.code });
    await completeCourse(await signIn(t, learner), course);
    await refreshSubtree(t.ctx, 'UP');
    const before = await t.ctx.db.selectFrom('orgs').select(['path', 'parent_id']).where('id', '=', a.id).executeTakeFirstOrThrow();
    const ledgerPath = async () => (await t.ctx.db.selectFrom('report_learners').select('org_path').where('user_id', '=', learner.id).executeTakeFirstOrThrow()).org_path;
    expect(await ledgerPath()).toBe(before.path);
    const minutes = async (code: string) => (await stateAdmin.get(`/api/reports/orgs/${await orgId(t.ctx, code)}/dashboard`)).body.activity.learningMinutes as number;
    const rollupsBefore = [await minutes('UP-SW'), await minutes('UP-MH')];
    const real = t.ctx.hooks;
    const seen: string[] = [];
    const recording = onHook(ORG_MOVING, async (_trx, move) => {
      seen.push(move.toPath);
    });
    const failing = onHook(ORG_MOVING, async () => {
      throw new Error('a part of the move failed');
    });
    const handlers = modules.flatMap((m) => m.hooks ?? []);
    t.ctx.hooks = new Hooks([...handlers, recording, failing]);
    try {
      const moved = await stateAdmin.post(`/api/admin/orgs/${a.id}/move`, { parentId: await orgId(t.ctx, 'UP-MH') });
      expect(moved.status).toBe(500);
    } finally {
      t.ctx.hooks = real;
    }
    const mh = await t.ctx.db.selectFrom('orgs').select('path').where('code', '=', 'UP-MH').executeTakeFirstOrThrow();
    expect(seen).toEqual([`${mh.path}${a.id}/`]);
    expect(await t.ctx.db.selectFrom('orgs').select(['path', 'parent_id']).where('id', '=', a.id).executeTakeFirstOrThrow()).toEqual(before);
    expect(await ledgerPath()).toBe(before.path);
    expect(await auditRows('org.moved', a.id)).toHaveLength(0);
    expect([await minutes('UP-SW'), await minutes('UP-MH')]).toEqual(rollupsBefore);
  }, 90_000);

  it('refuses to move an org under itself or its own units, or a state', async () => {
    const a = await office('UP-SW-LKO');
    const b = (await stateAdmin.post('/api/admin/orgs', { parentId: a.id, type: 'office', code: `${a.code}-C`, nameEn: 'Unit', nameHi: 'इकाई' })).body;
    for (const parentId of [a.id, b.id]) {
      const res = await stateAdmin.post(`/api/admin/orgs/${a.id}/move`, { parentId });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('ORG_MOVE_CYCLE');
    }
    const platform = (await admin(t, 'IN', 'platform_admin')).c;
    const up = await platform.post(`/api/admin/orgs/${await orgId(t.ctx, 'UP')}/move`, { parentId: await orgId(t.ctx, 'UP-SW') });
    expect(up.status).toBe(422);
    expect(await treeConsistent()).toBe(0);
  });

  it('two concurrent moves that would form a cycle: one wins, the other is refused, the tree stays a tree', async () => {
    const x = await office('UP-SW-LKO');
    const y = await office('UP-SW-LKO');
    const [r1, r2] = await Promise.all([
      stateAdmin.post(`/api/admin/orgs/${x.id}/move`, { parentId: y.id }),
      stateAdmin.post(`/api/admin/orgs/${y.id}/move`, { parentId: x.id }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    expect([r1, r2].find((r) => r.status === 409)?.body.error.code).toBe('ORG_MOVE_CYCLE');
    expect(await treeConsistent()).toBe(0);
  });
});

describe('close', () => {
  it('transfers every person as a transfer (plans re-evaluate them), keeps the org closed and hides it', async () => {
    // People first, then the plan: its catch-up sweep assigns them (factories write no user events).
    const closing = await office('UP-SW-LKO');
    const people = [await makeUser(t.ctx, { org: closing.code }), await makeUser(t.ctx, { org: closing.code })];
    const gone = await makeUser(t.ctx, { org: closing.code, status: 'deactivated' });
    const plan = await swAdmin.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP-SW'), [{ kind: 'courses', courseIds: [course.courseId] }], { name: { en: 'SW only', hi: 'केवल समाज कल्याण' } }));
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    await swAdmin.post(`/api/admin/plans/${plan.body.id}/publish`);
    await drain(t);
    for (const p of people) expect((await recordsOf(t, p.id, plan.body.id)).assignment?.status).toBe('active');

    const refused = await stateAdmin.post(`/api/admin/orgs/${closing.id}/close`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('ORG_HAS_PEOPLE');
    const inside = await stateAdmin.post(`/api/admin/orgs/${closing.id}/close`, { transferToOrgId: closing.id });
    expect(inside.body.error.code).toBe('ORG_CLOSE_TARGET_INVALID');

    const bah = await orgId(t.ctx, 'UP-MH-BAH');
    const closed = await stateAdmin.post(`/api/admin/orgs/${closing.id}/close`, { transferToOrgId: bah });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ transferred: 2, org: { status: 'closed', people: 0, permissions: { createChild: false, move: false, close: false } } });
    for (const p of people) {
      const u = await t.ctx.db.selectFrom('users').select('org_id').where('id', '=', p.id).executeTakeFirstOrThrow();
      expect(u.org_id).toBe(bah);
      const transfer = await t.ctx.db.selectFrom('transfers').selectAll().where('user_id', '=', p.id).executeTakeFirstOrThrow();
      expect(transfer).toMatchObject({ from_org_id: closing.id, to_org_id: bah, status: 'accepted', reason: 'org_closed' });
      const postings = await t.ctx.db.selectFrom('postings').select(['org_id', 'to_date', 'reason']).where('user_id', '=', p.id).orderBy('from_date').orderBy('id').execute();
      expect(postings.at(-1)).toMatchObject({ org_id: bah, to_date: null, reason: 'transfer' });
      expect(postings.filter((x) => x.org_id === closing.id).every((x) => x.to_date !== null)).toBe(true);
      const events = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'user.transferred' AND payload->>'userId' = ${p.id}`.execute(t.ctx.db);
      expect(events.rows[0]?.n).toBe(1);
    }
    expect((await t.ctx.db.selectFrom('users').select('org_id').where('id', '=', gone.id).executeTakeFirstOrThrow()).org_id).toBe(closing.id);
    const [entry] = await auditRows('org.closed', closing.id);
    expect(JSON.parse(JSON.stringify(entry?.details))).toMatchObject({ transferToOrgId: bah, transferred: 2 });
    await drain(t);
    for (const p of people) expect((await recordsOf(t, p.id, plan.body.id)).assignment?.status).toBe('left_audience');

    const lko = await orgId(t.ctx, 'UP-SW-LKO');
    expect((await t.client().get(`/api/orgs?parentId=${lko}`)).body.map((o: { id: string }) => o.id)).not.toContain(closing.id);
    expect((await t.client().get(`/api/orgs/search?q=${encodeURIComponent(closing.code)}`)).body).toEqual([]);
    const again = await stateAdmin.post(`/api/admin/orgs/${closing.id}/close`, {});
    expect(again.body.error.code).toBe('ORG_CLOSED');
    const child = await stateAdmin.post('/api/admin/orgs', { parentId: closing.id, type: 'office', code: `${closing.code}-X`, nameEn: 'Late', nameHi: 'देर' });
    expect(child.status).toBe(409);
    const newUser = await stateAdmin.post('/api/admin/users', {
      employeeId: `CL-${seq}`, fullName: 'Late Joiner', email: `late.${seq}.${Date.now()}@up.gov.in`, mobile: uniqueMobile(), orgId: closing.id, designationId: await designationId(t.ctx, 'DSWO'), employeeGroup: 'C', language: 'en',
    });
    expect(newUser.status).toBe(400);
    expect(newUser.body.error.code).toBe('ORG_UNKNOWN');
  }, 90_000);

  it('refuses while open units remain; registration cannot pick a closed org', async () => {
    const parent = await office('UP-SW-LKO');
    await stateAdmin.post('/api/admin/orgs', { parentId: parent.id, type: 'office', code: `${parent.code}-K`, nameEn: 'Kid', nameHi: 'उप' });
    const res = await stateAdmin.post(`/api/admin/orgs/${parent.id}/close`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ORG_HAS_CHILDREN');

    const empty = await office('UP-SW-LKO');
    expect((await stateAdmin.post(`/api/admin/orgs/${empty.id}/close`, {})).status).toBe(200);
    const tag = Math.random().toString(36).slice(2, 8);
    const reg = await t.client().post('/api/registrations', {
      employeeId: `SW-${tag}`, fullName: 'Meera Shukla', fullNameHi: 'मीरा शुक्ला', email: `meera.${tag}@up.gov.in`, mobile: uniqueMobile(),
      orgId: empty.id, designationId: await designationId(t.ctx, 'DSWO'), employeeGroup: 'B', password: 'Learn-2026-ok', language: 'en',
    });
    expect(reg.status).toBe(400);
    expect(reg.body.error.code).toBe('ORG_UNKNOWN');
    const tree = await stateAdmin.get('/api/admin/orgs');
    expect(tree.body.find((o: { id: string }) => o.id === empty.id)).toMatchObject({ status: 'closed' });
  });
});
