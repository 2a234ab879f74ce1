import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from './harness';
import { orgId } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';
import { admin, complete, drain, person, planInput, setClock } from './plan-helpers';
import { verifySignature } from '../src/modules/hrms/signature';

/* HRMS machine access: tokens scoped to a subtree, compliance reads (one, bulk, PDF), signed webhooks with retries. */

let t: TestApp;
let course: MadeCourse;
let planId: string;
let sw: Awaited<ReturnType<typeof admin>>;
let rev: Awaited<ReturnType<typeof admin>>;
let swEmployees: Awaited<ReturnType<typeof person>>[];
let revEmployee: Awaited<ReturnType<typeof person>>;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  setClock(t, '2026-06-01T06:00:00Z');
  course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }] });
  swEmployees = [await person(t, { org: 'UP-SW-DTE', name: 'Sw One' }), await person(t, { org: 'UP-SW-DTE', name: 'Sw Two' }), await person(t, { org: 'UP-SW-DTE', name: 'Sw Three' })];
  revEmployee = await person(t, { org: 'UP-REV-BOR', name: 'Rev One' });
  const state = await admin(t, 'UP', 'state_admin');
  const created = await state.c.post('/api/admin/plans', planInput(await orgId(t.ctx, 'UP'), [{ kind: 'courses', courseIds: [course.courseId] }], { acrLinked: true, deadline: { kind: 'fixed', date: '2026-09-30' } }));
  planId = created.body.id;
  await state.c.post(`/api/admin/plans/${planId}/publish`);
  await drain(t);
  sw = await admin(t, 'UP-SW');
  rev = await admin(t, 'UP-REV');
});
afterAll(async () => {
  await t?.close();
});

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const machineGet = (url: string, token?: string) => t.client().request('GET', url, undefined, token ? bearer(token) : {});

describe('API tokens', () => {
  it('are created and revoked by MDO admins for their own organisations, shown once and kept hashed', async () => {
    const learner = await person(t, { org: 'UP-SW-LKO' });
    expect((await learner.c.post('/api/admin/hrms/tokens', { orgId: await orgId(t.ctx, 'UP-SW'), name: 'HRMS' })).status).toBe(403);
    expect((await sw.c.post('/api/admin/hrms/tokens', { orgId: await orgId(t.ctx, 'UP-REV'), name: 'HRMS' })).body.error.code).toBe('ORG_OUT_OF_SCOPE');
    const created = await sw.c.post('/api/admin/hrms/tokens', { orgId: await orgId(t.ctx, 'UP-SW'), name: 'Manav Sampada' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^ksh_hrms_/);
    const stored = await t.ctx.db.selectFrom('hrms_tokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(created.body.token);
    const listed = await sw.c.get('/api/admin/hrms');
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    expect(listed.body.tokens[0]).toMatchObject({ id: created.body.id, prefix: created.body.token.slice(0, 14) });
    expect((await rev.c.post(`/api/admin/hrms/tokens/${created.body.id}/revoke`)).status).toBe(404);
    expect((await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance?year=2026`, created.body.token)).status).toBe(200);
    expect((await sw.c.post(`/api/admin/hrms/tokens/${created.body.id}/revoke`)).body.revokedAt).not.toBeNull();
    const refused = await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance?year=2026`, created.body.token);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('HRMS_TOKEN_INVALID');
    expect((await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance`)).status).toBe(401);
    expect((await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance`, 'ksh_hrms_made-up')).status).toBe(401);
  });
});

describe('compliance for HRMS', () => {
  it('a token of one department cannot read another department’s employees; every call is audited', async () => {
    const swToken = (await sw.c.post('/api/admin/hrms/tokens', { orgId: await orgId(t.ctx, 'UP-SW'), name: 'SW HRMS' })).body;
    const revToken = (await rev.c.post('/api/admin/hrms/tokens', { orgId: await orgId(t.ctx, 'UP-REV'), name: 'Revenue HRMS' })).body;
    const own = await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId.toLowerCase()}/compliance?year=2026`, swToken.token);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ employee: { employeeId: swEmployees[0]?.employeeId }, year: { label: '2026-27' }, overall: 'pending' });
    expect(own.body.plans[0]).toMatchObject({ planId, outcome: 'pending' });
    const other = await machineGet(`/api/v1/hrms/employees/${revEmployee.employeeId}/compliance?year=2026`, swToken.token);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('EMPLOYEE_NOT_FOUND');
    expect((await machineGet(`/api/v1/hrms/employees/${revEmployee.employeeId}/compliance?year=2026`, revToken.token)).status).toBe(200);
    expect((await machineGet(`/api/v1/hrms/employees/${revEmployee.employeeId}/compliance.pdf?year=2026`, swToken.token)).status).toBe(404);
    const pdf = await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance.pdf?year=2026`, swToken.token);
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await machineGet(`/api/v1/hrms/employees/${swEmployees[0]?.employeeId}/compliance?year=1999`, swToken.token)).status).toBe(400);

    const audits = await t.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('target_id', '=', swToken.id).execute();
    expect(audits.filter((a) => a.action === 'hrms.compliance_read').map((a) => (a.details as { refused?: string }).refused ?? 'ok')).toEqual(expect.arrayContaining(['ok', 'EMPLOYEE_NOT_FOUND']));
    expect(audits.some((a) => a.action === 'hrms.statement_pdf')).toBe(true);

    // Bulk: the department's employees only, a page at a time, to the end.
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: { status: number; body: { items: { employee: { employeeId: string } }[]; nextCursor: string | null } } = await machineGet(
        `/api/v1/hrms/compliance?year=2026&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        swToken.token,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i) => i.employee.employeeId));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    for (const e of swEmployees) expect(seen).toContain(e.employeeId);
    expect(seen).not.toContain(revEmployee.employeeId);
    expect(new Set(seen).size).toBe(seen.length);
    expect((await machineGet('/api/v1/hrms/compliance?cursor=bm90LWEtdXVpZA', swToken.token)).body.error.code).toBe('CURSOR_INVALID');
  });
});

describe('webhooks', () => {
  it('tell the department’s HRMS, signed with HMAC-SHA256, retrying until it answers', async () => {
    const received: { body: string; signature: string; delivery: string }[] = [];
    // Each delivery's first attempt is refused. Other deliveries may come too: the periodic reconciliation assigns
    // people made straight into the tables (the admins, an earlier test's learner), which is a compliance change.
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const delivery = String(req.headers['x-kshamata-delivery']);
        const first = !received.some((r) => r.delivery === delivery);
        received.push({ body, signature: String(req.headers['x-kshamata-signature']), delivery });
        res.statusCode = first ? 503 : 200;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      expect((await sw.c.post('/api/admin/hrms/webhooks', { orgId: await orgId(t.ctx, 'UP-SW'), url: 'ftp://example.org/x' })).body.error.code).toBe('WEBHOOK_URL_INVALID');
      const hook = await sw.c.post('/api/admin/hrms/webhooks', { orgId: await orgId(t.ctx, 'UP-SW'), url });
      expect(hook.status).toBe(201);
      expect(hook.body.secret).toMatch(/^whsec_/);
      // Kept sealed under SECRETS_KEY: the database alone does not give the signing secret away.
      const stored = await t.ctx.db.selectFrom('hrms_webhooks').select(['secret', 'secret_encrypted']).where('id', '=', hook.body.id).executeTakeFirstOrThrow();
      expect(stored.secret_encrypted).toBe(true);
      expect(stored.secret).not.toContain(hook.body.secret);

      // A Revenue employee's change is not the Social Welfare HRMS's business; a Social Welfare completion is.
      await complete(revEmployee.c, course);
      await complete(swEmployees[1]!.c, course);
      await drain(t);
      const carries = (d: { payload: unknown }, employeeId: string) => JSON.stringify(d.payload).includes(`"${employeeId}"`);
      const delivery = await eventually(async () => {
        const all = await t.ctx.db.selectFrom('hrms_webhook_deliveries').selectAll().where('webhook_id', '=', hook.body.id).execute();
        return all.find((d) => d.status === 'delivered' && carries(d, swEmployees[1]!.employeeId)) ?? null;
      }, 30_000);
      const all = await t.ctx.db.selectFrom('hrms_webhook_deliveries').selectAll().where('webhook_id', '=', hook.body.id).execute();
      expect(all.filter((d) => carries(d, revEmployee.employeeId))).toHaveLength(0);
      expect(delivery.attempts).toBe(2);
      const attempts = received.filter((r) => r.delivery === delivery.id);
      expect(attempts).toHaveLength(2);
      const last = attempts[1]!;
      const body = JSON.parse(last.body);
      expect(body).toMatchObject({ id: delivery.id, type: 'employee.compliance_changed', data: { employees: [{ employeeId: swEmployees[1]?.employeeId }] } });
      expect(last.body).not.toContain(revEmployee.employeeId);
      expect(verifySignature(hook.body.secret, last.body, last.signature, Math.floor(t.ctx.clock.now().getTime() / 1000))).toBe(true);
      expect(verifySignature(hook.body.secret, last.body.replace('compliance', 'Compliance'), last.signature, Math.floor(t.ctx.clock.now().getTime() / 1000))).toBe(false);
      expect(verifySignature('whsec_wrong', last.body, last.signature, Math.floor(t.ctx.clock.now().getTime() / 1000))).toBe(false);
      const deliveries = await sw.c.get(`/api/admin/hrms/webhooks/${hook.body.id}/deliveries`);
      expect(deliveries.body.find((d: { id: string }) => d.id === delivery.id)).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 200, employees: 1 });
    } finally {
      server.close();
    }
  });
});
