import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, uniqueMobile, type MadeUser } from './factories';
import { importUsersJob } from '../src/modules/user-admin/import.jobs';
import { processImport } from '../src/modules/user-admin/import.process';

let t: TestApp;
let swAdmin: MadeUser;
let revAdmin: MadeUser;
let learner: MadeUser;
let swAdminHi: MadeUser;
beforeAll(async () => {
  t = await startTestApp();
  swAdmin = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] });
  revAdmin = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] });
  learner = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
  swAdminHi = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }], language: 'hi' });
});
afterAll(async () => {
  await t?.close();
});

const HEADER = 'employee_id,full_name,full_name_hi,email,mobile,org_code,designation_code,employee_group,cadre,service';

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: string | Buffer }) {
  const boundary = `----ksh${crypto.randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8'));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(c: TestClient, org: string, content: string | Buffer, file = { name: 'staff.csv', type: 'text/csv' }) {
  const body = multipart({ orgId: await orgId(t.ctx, org) }, { ...file, content });
  return c.request('POST', '/api/admin/imports', undefined, body);
}

async function finished(c: TestClient, id: string) {
  return eventually(async () => {
    const res = await c.get(`/api/admin/imports/${id}`);
    return ['completed', 'failed'].includes(res.body.status) ? res.body : null;
  }, 20_000);
}

async function countUsers(where: { email?: string; employeeIdPrefix?: string }): Promise<number> {
  let q = t.ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (where.email) q = q.where('email', '=', where.email);
  if (where.employeeIdPrefix) q = q.where('employee_id', 'like', `${where.employeeIdPrefix}%`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

function goodRows(tag: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${tag}-${i},Worker ${i} ${tag},,w${i}.${tag}@gmail.com,${uniqueMobile()},UP-SW-VNS,JR_ASSISTANT,C,,`);
}

describe('bulk user import', () => {
  it('serves a template an admin can fill in', async () => {
    const c = await t.client().signIn(swAdmin.email, swAdmin.password);
    const res = await c.get('/api/admin/imports/template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const text = res.raw.body;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, example] = text.slice(1).split('\r\n');
    expect(header).toBe(HEADER);
    expect(example).toContain('मीरा शुक्ला');
    const other = await t.client().signIn(learner.email, learner.password);
    expect((await other.get('/api/admin/imports/template.csv')).status).toBe(403);
  });

  it('imports the good rows, reports each bad row by number and code, and lets imported people set a password', async () => {
    const tag = crypto.randomBytes(3).toString('hex').toUpperCase();
    const existing = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const goodMobile = uniqueMobile();
    const good = { id: `SW/${tag}/1`, email: `anita.${tag}@up.gov.in`.toLowerCase() };
    const hindi = { id: `SW/${tag}/2`, email: `suresh.${tag}@gmail.com`.toLowerCase() };
    const lines = [
      HEADER,
      `${good.id},Anita Sharma,अनिता शर्मा,${good.email},${goodMobile},UP-SW-LKO,DSWO,B,"Welfare, Lucknow",PCS`, // 2: good
      `${hindi.id},सुरेश कुमार पाल,,${hindi.email},+91 ${uniqueMobile()},,JR_ASSISTANT,c,,`, // 3: good, Hindi name, import org
      `SW/${tag}/3,Too Few,,few.${tag}@gmail.com`, // 4: too few columns
      `SW/${tag}/4,Bad Mobile,,bad.${tag}@gmail.com,12345,UP-SW-LKO,DSWO,B,,`, // 5
      `SW/${tag}/5,Unknown Post,,post.${tag}@gmail.com,${uniqueMobile()},UP-SW-LKO,WIZARD,B,,`, // 6
      `SW/${tag}/6,Already There,,${existing.email},${uniqueMobile()},UP-SW-LKO,DSWO,B,,`, // 7: existing account
      `SW/${tag}/7,Same Mobile,,same.${tag}@gmail.com,${goodMobile},UP-SW-LKO,DSWO,B,,`, // 8: repeats row 2's mobile
      '', // 9: blank, skipped but counted
      `SW/${tag}/8,Wrong Domain,,wrong.${tag}@mp.gov.in,${uniqueMobile()},UP-SW-LKO,DSWO,B,,`, // 10
      `SW/${tag}/9,Other Dept,,rev.${tag}@gmail.com,${uniqueMobile()},UP-REV-LKO,TEHSILDAR,B,,`, // 11
    ];
    const c = await t.client().signIn(swAdmin.email, swAdmin.password);
    const res = await upload(c, 'UP-SW', `\uFEFF${lines.join('\r\n')}\r\n`);
    expect(res.status).toBe(202);
    expect(['queued', 'running', 'completed']).toContain(res.body.status);

    const done = await finished(c, res.body.id);
    expect(done).toMatchObject({ status: 'completed', totalRows: 9, processedRows: 9, importedRows: 2, failedRows: 7, failure: null });
    const codes = done.errors.map((e: { row: number; code: string }) => `${e.row}:${e.code}`);
    expect(codes).toEqual([
      '4:ROW_COLUMN_COUNT',
      '4:REQUIRED',
      '4:REQUIRED',
      '4:REQUIRED',
      '5:MOBILE_INVALID',
      '6:DESIGNATION_UNKNOWN',
      '7:EMAIL_TAKEN',
      '8:MOBILE_REPEATED',
      '10:EMAIL_DOMAIN_NOT_ALLOWED',
      '11:ORG_NOT_IN_SUBTREE',
    ]);
    expect(done.errors.find((e: { row: number }) => e.row === 8).message).toContain('row 2');
    expect(done.errorReportUrl).toBe(`/api/admin/imports/${res.body.id}/errors.csv`);

    const user = await t.ctx.db.selectFrom('users').selectAll().where('email', '=', hindi.email).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ full_name: 'सुरेश कुमार पाल', status: 'active', activation: 'import', employee_group: 'C', password_hash: null });
    const anita = await t.ctx.db.selectFrom('users').selectAll().where('email', '=', good.email).executeTakeFirstOrThrow();
    expect(anita).toMatchObject({ cadre: 'Welfare, Lucknow', full_name_hi: 'अनिता शर्मा', mobile: goodMobile });
    const posting = await t.ctx.db.selectFrom('postings').selectAll().where('user_id', '=', anita.id).executeTakeFirstOrThrow();
    expect(posting.reason).toBe('import');

    // The imported person finds the link in their mail, sets a password and signs in with the employee ID.
    const person = t.client();
    const outbox = (await person.get('/api/dev/outbox')).body as { recipient: string; body: string }[];
    const mail = outbox.find((m) => m.recipient === good.email);
    const token = mail?.body.match(/set-password\?token=([\w-]+)/)?.[1];
    expect(token).toBeDefined();
    expect(outbox.some((m) => m.recipient === goodMobile && m.body.includes(token ?? '-'))).toBe(true);
    expect((await person.post('/api/auth/set-password', { token, newPassword: 'Imported-2026' })).status).toBe(204);
    await person.signIn(good.id, 'Imported-2026');
    expect((await person.get('/api/me')).status).toBe(200);

    // The error report carries every problem with the row's original values, in the reader's language.
    const report = await c.get(`/api/admin/imports/${res.body.id}/errors.csv`);
    expect(report.status).toBe(200);
    expect(report.headers['content-disposition']).toContain('errors.csv');
    const reportLines = report.raw.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(reportLines[0]).toBe(`row,field,code,message,${HEADER}`);
    expect(reportLines).toHaveLength(11);
    expect(reportLines.find((l) => l.startsWith('5,mobile,MOBILE_INVALID'))).toContain('12345');
    expect(reportLines.find((l) => l.startsWith('7,email,EMAIL_TAKEN'))).toContain(existing.email);
    const hi = await t.client('hi').signIn(swAdminHi.email, swAdminHi.password);
    const hiDetail = await hi.get(`/api/admin/imports/${res.body.id}`);
    const hiReport = await hi.get(`/api/admin/imports/${res.body.id}/errors.csv`);
    expect(hiReport.raw.body).toContain('मोबाइल');
    expect(hiDetail.body.errors[4].message).toMatch(/[\u0900-\u097F]/);

    const list = await c.get(`/api/admin/imports?orgId=${await orgId(t.ctx, 'UP-SW')}`);
    expect(list.status).toBe(200);
    expect(list.body.map((i: { id: string }) => i.id)).toContain(res.body.id);
    expect((await c.get('/api/admin/imports')).body.map((i: { id: string }) => i.id)).toContain(res.body.id);

    // Another department's admin sees none of it.
    const rev = await t.client().signIn(revAdmin.email, revAdmin.password);
    expect((await rev.get(`/api/admin/imports/${res.body.id}`)).status).toBe(403);
    expect((await rev.get(`/api/admin/imports/${res.body.id}/errors.csv`)).status).toBe(403);
    expect((await rev.get(`/api/admin/imports?orgId=${await orgId(t.ctx, 'UP-SW')}`)).status).toBe(403);
    expect((await rev.get('/api/admin/imports')).body.map((i: { id: string }) => i.id)).not.toContain(res.body.id);
    expect((await rev.get(`/api/admin/imports/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('refuses uploads it cannot take, with clear codes in both languages', async () => {
    const c = await t.client().signIn(swAdmin.email, swAdmin.password);
    const rows = `${HEADER}\r\n${goodRows('REF', 1).join('\r\n')}`;

    const rev = await t.client().signIn(revAdmin.email, revAdmin.password);
    expect((await upload(rev, 'UP-SW', rows)).status).toBe(403);
    const notAdmin = await t.client().signIn(learner.email, learner.password);
    expect((await upload(notAdmin, 'UP-SW-LKO', rows)).status).toBe(403);
    expect((await upload(t.client(), 'UP-SW', rows)).status).toBe(401);

    const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), crypto.randomBytes(200)]);
    const sheet = await upload(c, 'UP-SW', xlsx, { name: 'staff.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(sheet.status).toBe(415);
    expect(sheet.body.error.code).toBe('IMPORT_FILE_TYPE');
    const renamed = await upload(c, 'UP-SW', xlsx, { name: 'staff.csv', type: 'text/csv' });
    expect(renamed.body.error.code).toBe('IMPORT_FILE_TYPE');
    const pdf = await upload(c, 'UP-SW', '%PDF-1.4', { name: 'staff.pdf', type: 'application/pdf' });
    expect(pdf.status).toBe(415);

    const empty = await upload(c, 'UP-SW', '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('IMPORT_FILE_EMPTY');
    expect((await upload(c, 'UP-SW', `${HEADER}\r\n`)).body.error.code).toBe('IMPORT_NO_ROWS');
    expect((await upload(c, 'UP-SW', Buffer.from([0x65, 0x6d, 0x70, 0xff, 0xfe, 0x0a, 0x41]))).body.error.code).toBe('IMPORT_FILE_ENCODING');

    const missing = await upload(c, 'UP-SW', 'employee_id,full_name,email\r\nX1,Ram Lal,r@gmail.com\r\n');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING' });
    expect(missing.body.error.message).toContain('mobile, designation_code, employee_group');
    const unknown = await upload(c, 'UP-SW', `${HEADER},salary\r\nx\r\n`);
    expect(unknown.body.error.code).toBe('IMPORT_COLUMNS_UNKNOWN');
    expect(unknown.body.error.message).toContain('salary');
    const hi = await t.client('hi').signIn(swAdminHi.email, swAdminHi.password);
    const unknownHi = await upload(hi, 'UP-SW', `${HEADER},salary\r\nx\r\n`);
    expect(unknownHi.body.error.message).toMatch(/[\u0900-\u097F]/);

    const tooBig = await upload(c, 'UP-SW', Buffer.alloc(20 * 1024 * 1024 + 10, 'a'));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error.code).toBe('PAYLOAD_TOO_LARGE');

    const noFile = await c.request('POST', '/api/admin/imports', undefined, multipart({ orgId: await orgId(t.ctx, 'UP-SW') }));
    expect(noFile.body.error.code).toBe('IMPORT_FILE_MISSING');
    const json = await c.post('/api/admin/imports', { orgId: await orgId(t.ctx, 'UP-SW') });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('IMPORT_NOT_MULTIPART');
  });

  it('marks an import failed when the file cannot be read as CSV', async () => {
    const c = await t.client().signIn(swAdmin.email, swAdmin.password);
    const res = await upload(c, 'UP-SW', `${HEADER}\r\n${goodRows('Q', 1)[0]}\r\n"unclosed,quote\r\n`);
    expect(res.status).toBe(202);
    const done = await finished(c, res.body.id);
    expect(done.status).toBe('failed');
    expect(done.failure.code).toBe('IMPORT_CSV_MALFORMED');
    expect(done.importedRows).toBe(0);
  });

  it('resumes an interrupted import from its progress counter and never inserts a row twice', async () => {
    const tag = `RES${crypto.randomBytes(2).toString('hex').toUpperCase()}`;
    const csv = [HEADER, ...goodRows(tag, 5)].join('\n');
    // Stored without an outbox event, so only this test drives it.
    const { id } = await t.ctx.db
      .insertInto('imports')
      .values({ org_id: await orgId(t.ctx, 'UP-SW'), created_by: swAdmin.id, file_name: 'resume.csv', csv })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await processImport(t.ctx, id, { chunkRows: 2, stopAfterChunks: 1 })).toBe('paused');
    const c = await t.client().signIn(swAdmin.email, swAdmin.password);
    expect((await c.get(`/api/admin/imports/${id}`)).body).toMatchObject({ status: 'running', totalRows: 5, processedRows: 2, importedRows: 2 });

    const meta = { retryCount: 1, retryLimit: 3 };
    await importUsersJob.handle({ importId: id }, t.ctx, meta);
    expect((await c.get(`/api/admin/imports/${id}`)).body).toMatchObject({ status: 'completed', processedRows: 5, importedRows: 5, failedRows: 0 });
    expect(await countUsers({ employeeIdPrefix: `${tag}-` })).toBe(5);

    // A duplicate delivery of the job after completion does nothing.
    await importUsersJob.handle({ importId: id }, t.ctx, meta);
    expect(await countUsers({ employeeIdPrefix: `${tag}-` })).toBe(5);

    // Even a run forced to start over finds the accounts and reports them instead of inserting again.
    await t.ctx.db
      .updateTable('imports')
      .set({ status: 'running', processed_rows: 0, imported_rows: 0, failed_rows: 0, csv, finished_at: null })
      .where('id', '=', id)
      .execute();
    await importUsersJob.handle({ importId: id }, t.ctx, meta);
    expect(await countUsers({ employeeIdPrefix: `${tag}-` })).toBe(5);
    const rerun = (await c.get(`/api/admin/imports/${id}`)).body;
    expect(rerun).toMatchObject({ status: 'completed', importedRows: 0, failedRows: 5 });
    expect(rerun.errors[0].code).toBe('EMPLOYEE_ID_TAKEN');
    const messages = await t.ctx.db
      .selectFrom('messages')
      .innerJoin('users', 'users.id', 'messages.user_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('users.employee_id', 'like', `${tag}-%`)
      .executeTakeFirstOrThrow();
    expect(Number(messages.n)).toBe(10);
  });
});

describe('two workers on one import', () => {
  it('lets only one of them insert each chunk', async () => {
    const tag = `DUP${crypto.randomBytes(2).toString('hex').toUpperCase()}`;
    const { id } = await t.ctx.db
      .insertInto('imports')
      .values({ org_id: await orgId(t.ctx, 'UP-SW'), created_by: swAdmin.id, file_name: 'twice.csv', csv: [HEADER, ...goodRows(tag, 7)].join('\n') })
      .returning('id')
      .executeTakeFirstOrThrow();
    const outcomes = await Promise.all([processImport(t.ctx, id, { chunkRows: 2 }), processImport(t.ctx, id, { chunkRows: 2 })]);
    expect(outcomes).toContain('completed');
    expect(await countUsers({ employeeIdPrefix: `${tag}-` })).toBe(7);
    const row = await t.ctx.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'completed', processed_rows: 7, imported_rows: 7, failed_rows: 0, csv: null });
  });
});

describe('who may use the import endpoints', () => {
  type Who = 'learner' | 'swAdmin' | 'revAdmin' | 'leader' | 'creator' | 'stateAdmin' | 'platformAdmin' | 'anonymous';
  const people: [Who, Parameters<typeof makeUser>[1] | null][] = [
    ['learner', { org: 'UP-SW-LKO' }],
    ['swAdmin', { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] }],
    ['revAdmin', { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] }],
    ['leader', { org: 'UP-SW', roles: [{ role: 'mdo_leader', org: 'UP-SW' }] }],
    ['creator', { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }],
    ['stateAdmin', { org: 'UP', roles: [{ role: 'state_admin', org: 'UP' }] }],
    ['platformAdmin', { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }] }],
    ['anonymous', null],
  ];
  const OVER_SW: Who[] = ['swAdmin', 'stateAdmin', 'platformAdmin'];

  it.each(people)('%s gets only what their roles allow', async (who, opts) => {
    const owner = await t.client().signIn(swAdmin.email, swAdmin.password);
    const badOnly = `${HEADER}\r\nM-${who},Matrix Row,,m.${who}@gmail.com,123,,DSWO,B,,\r\n`;
    const created = await upload(owner, 'UP-SW-LKO', badOnly);
    const id = created.body.id as string;
    await finished(owner, id);

    const user = opts ? await makeUser(t.ctx, opts) : null;
    const c = user ? await t.client().signIn(user.email, user.password) : t.client();
    const allowed = OVER_SW.includes(who);
    const denied = who === 'anonymous' ? 401 : 403;
    const admin = ['swAdmin', 'revAdmin', 'stateAdmin', 'platformAdmin'].includes(who);

    expect((await c.get(`/api/admin/imports/${id}`)).status).toBe(allowed ? 200 : denied);
    expect((await c.get(`/api/admin/imports/${id}/errors.csv`)).status).toBe(allowed ? 200 : denied);
    expect((await c.get(`/api/admin/imports?orgId=${await orgId(t.ctx, 'UP-SW-LKO')}`)).status).toBe(allowed ? 200 : denied);
    expect((await c.get('/api/admin/imports/template.csv')).status).toBe(admin ? 200 : denied);
    const list = await c.get('/api/admin/imports');
    expect(list.status).toBe(admin ? 200 : denied);
    if (admin) expect(list.body.some((i: { id: string }) => i.id === id)).toBe(allowed);
    const posted = await upload(c, 'UP-SW-LKO', badOnly);
    expect(posted.status).toBe(allowed ? 202 : denied);
  });
});
