import { sql } from 'kysely';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { completeCourse, refreshSubtree } from './report-helpers';
import { DEMO_PASSWORD } from '../src/demo';
import { EXPORT_RETENTION_DAYS, expireExports } from '../src/modules/reports/exports.service';
import { storageFor } from '../src/platform/storage';

let t: TestApp;
let mhAdmin: TestClient;
let stateAdmin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  mhAdmin = await t.client().signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
  stateAdmin = await t.client().signIn('state.admin@up.gov.in', DEMO_PASSWORD);
  const course = await makePublishedCourse(t.ctx, { lessons: [{ type: 'html' }], titleEn: 'Hand hygiene', titleHi: 'हाथों की स्वच्छता' });
  for (const [org, learns] of [['UP-MH-BAH', true], ['UP-MH-BAH', true], ['UP-MH-BAH', false], ['UP-MH-LKO', true]] as const) {
    const u = await makeUser(t.ctx, { org, name: 'Shanti Devi Maurya' });
    if (learns) await completeCourse(await t.client().signIn(u.email, TEST_PASSWORD), course);
  }
  await makeUser(t.ctx, { org: 'UP-MH-BAH', status: 'deactivated' });
  await refreshSubtree(t.ctx, 'UP');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Employee IDs of the people the reports count in a subtree, straight from the raw tables. */
async function peopleOf(code: string): Promise<string[]> {
  const { rows } = await sql<{ employee_id: string }>`
    SELECT u.employee_id FROM users u JOIN orgs o ON o.id = u.org_id
    WHERE o.path LIKE (SELECT path FROM orgs WHERE code = ${code}) || '%' AND u.status IN ('active', 'pending_approval')`.execute(t.ctx.db);
  return rows.map((r) => r.employee_id).sort();
}

const csvRows = (body: string): string[][] => parse(body.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];

describe('people-level exports', () => {
  it('a subtree’s CSV holds exactly the subtree’s people, no one else, with PII as the role allows', async () => {
    const bah = await orgId(t.ctx, 'UP-MH-BAH');
    const res = await mhAdmin.get(`/api/reports/orgs/${bah}/export?kind=users&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="up-mh-bah-users-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.raw.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvRows(res.raw.body);
    // The demo Medical Health admin reads Hindi: headings follow the user's language.
    expect(header?.slice(0, 4)).toEqual(['कर्मचारी आईडी', 'नाम', 'ई-मेल', 'मोबाइल']);
    const expected = await peopleOf('UP-MH-BAH');
    expect(rows.map((r) => r[0]).sort()).toEqual(expected);
    const dashboard = (await mhAdmin.get(`/api/reports/orgs/${bah}/dashboard`)).body;
    expect(rows).toHaveLength(dashboard.people.registered);
    expect(rows.filter((r) => Number(r[9]) >= 1)).toHaveLength(dashboard.people.completedOne);

    const masked = csvRows((await stateAdmin.get(`/api/reports/orgs/${bah}/export?kind=users`)).raw.body).slice(1);
    expect(masked.map((r) => r[0]).sort()).toEqual(expected.map((id) => `••••${id.slice(-4)}`).sort());
    expect(masked.every((r) => r[2]?.includes('•••@'))).toBe(true);
    const audits = await t.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'report.exported').execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('exports enrolments in Hindi, and plans and assessments with their headings', async () => {
    const hi = await t.client('hi').signIn('nodal.health@up.gov.in', DEMO_PASSWORD);
    const mh = await orgId(t.ctx, 'UP-MH');
    const enrol = await hi.get(`/api/reports/orgs/${mh}/export?kind=enrolments`);
    expect(enrol.status).toBe(200);
    const [header, ...rows] = csvRows(enrol.raw.body);
    expect(header?.[0]).toBe('कर्मचारी आईडी');
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r[3] === 'हाथों की स्वच्छता' && r[6] === 'पूर्ण')).toBe(true);
    for (const kind of ['plans', 'assessments']) {
      const res = await stateAdmin.get(`/api/reports/orgs/${mh}/export?kind=${kind}&format=csv`);
      expect(res.status).toBe(200);
      expect(csvRows(res.raw.body)[0]?.[0]).toBe('Employee ID');
    }
    expect((await mhAdmin.get(`/api/reports/orgs/${mh}/export?kind=salaries`)).status).toBe(400);
    const learner = await makeUser(t.ctx, { org: 'UP-MH-LKO' });
    expect((await (await t.client().signIn(learner.email, TEST_PASSWORD)).get(`/api/reports/orgs/${mh}/export?kind=users`)).status).toBe(403);
  }, 60_000);

  it('a large export runs as a job: the XLSX is stored, and only its requester downloads it', async () => {
    const mh = await orgId(t.ctx, 'UP-MH');
    await refreshSubtree(t.ctx, 'UP-MH'); // the learner made by the factory above came without events
    const queued = await mhAdmin.post('/api/reports/exports', { orgId: mh, kind: 'users', format: 'xlsx' });
    expect(queued.status).toBe(202);
    expect(queued.body.status).toBe('queued');
    const ready = await eventually(async () => {
      const res = await mhAdmin.get(`/api/reports/exports/${queued.body.id}`);
      return res.body.status === 'ready' ? res.body : null;
    }, 30_000);
    expect(ready.downloadUrl).toBe(`/api/reports/exports/${queued.body.id}/download`);
    expect((await mhAdmin.get('/api/reports/exports')).body.items[0].id).toBe(queued.body.id);
    expect((await stateAdmin.get(`/api/reports/exports/${queued.body.id}`)).status).toBe(404);
    expect((await stateAdmin.get(ready.downloadUrl)).status).toBe(404);

    const file = await t.app.inject({ method: 'GET', url: ready.downloadUrl, headers: { cookie: [...mhAdmin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const ids: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(1).value));
    });
    expect(ids.sort()).toEqual(await peopleOf('UP-MH'));
    expect(ready.rowCount).toBe(ids.length);

    const waiting = await t.ctx.db
      .insertInto('report_exports')
      .values({ requested_by: (await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'nodal.health@up.gov.in').executeTakeFirstOrThrow()).id, org_id: mh, kind: 'users', format: 'csv', mask: 'none' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const early = await mhAdmin.get(`/api/reports/exports/${waiting.id}/download`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('EXPORT_NOT_READY');
    expect((await mhAdmin.post('/api/reports/exports', { orgId: mh, kind: 'users', format: 'pdf' })).status).toBe(400);

    // A week later the file (people's data) is deleted with its record; an export still queued is kept.
    const stored = await t.ctx.db.selectFrom('report_exports').select('storage_key').where('id', '=', queued.body.id).executeTakeFirstOrThrow();
    expect(await storageFor(t.ctx.config).stat(stored.storage_key ?? '')).not.toBeNull();
    expect(await expireExports(t.ctx)).toBe(0);
    t.clock.advance((EXPORT_RETENTION_DAYS + 1) * 86_400_000);
    try {
      expect(await expireExports(t.ctx)).toBe(1);
    } finally {
      t.clock.advance(-(EXPORT_RETENTION_DAYS + 1) * 86_400_000);
    }
    expect(await storageFor(t.ctx.config).stat(stored.storage_key ?? '')).toBeNull();
    expect((await mhAdmin.get(`/api/reports/exports/${queued.body.id}`)).status).toBe(404);
    expect((await mhAdmin.get(`/api/reports/exports/${waiting.id}`)).body.status).toBe('queued');
  }, 60_000);
});
