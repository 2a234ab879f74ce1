import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD } from './factories';
import { DEMO_PASSWORD } from '../src/demo/index';

let t: TestApp;
let revenueAdmin: TestClient;
let welfareAdmin: TestClient;
let platformAdmin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
  revenueAdmin = await t.client().signIn('nodal.revenue@up.gov.in', DEMO_PASSWORD);
  welfareAdmin = await t.client('hi').signIn('nodal.sw@up.gov.in', DEMO_PASSWORD);
  platformAdmin = await t.client().signIn('platform.admin@dopt.gov.in', DEMO_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

async function learner(opts: { designation?: string; org?: string } = {}) {
  const user = await makeUser(t.ctx, opts);
  return { id: user.id, c: await t.client().signIn(user.email, TEST_PASSWORD) };
}

/** A multipart/form-data body with one CSV file, as a browser sends it. */
function csvUpload(content: string, name = 'frac.csv') {
  const boundary = `----ksh${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const importCsv = (c: TestClient, content: string, query = '') => c.request('POST', `/api/admin/competency-requirements/import${query}`, undefined, csvUpload(content));

const HEADER = 'designation_code,role_en,role_hi,activity_en,activity_hi,competency_code,level';

describe('role requirements (FRAC)', () => {
  it('are seeded for the demo designations and readable by any signed-in learner', async () => {
    const { c } = await learner();
    for (const code of ['DM', 'ADM', 'SDM', 'TEHSILDAR', 'SP', 'ANM', 'ASHA', 'JR_ASSISTANT', 'CONSTABLE', 'HEAD_CONSTABLE', 'SI']) {
      const res = await c.get(`/api/competencies/requirements/${await designationId(t.ctx, code)}`);
      expect(res.status, code).toBe(200);
      expect(res.body.roles.length, code).toBeGreaterThan(0);
      expect(res.body.required.length, code).toBeGreaterThanOrEqual(5);
      expect(res.body.permissions.edit).toBe(false);
    }
    const sdm = await c.get(`/api/competencies/requirements/${await designationId(t.ctx, 'SDM')}`);
    expect(sdm.body.required.find((r: { competency: { code: string } }) => r.competency.code === 'crisis-leadership')).toMatchObject({
      level: 2,
      roles: [{ nameEn: 'Sub-divisional magistrate', nameHi: 'उपमंडल मजिस्ट्रेट' }, { nameEn: 'Disaster management in the sub-division', nameHi: 'उपमंडल में आपदा प्रबंधन' }],
    });
    expect((await c.get(`/api/competencies/requirements/${crypto.randomUUID()}`)).body.error.code).toBe('DESIGNATION_NOT_FOUND');
  });

  it('are edited whole by an admin over an org that uses the designation, with a version guard', async () => {
    const lekhpal = await designationId(t.ctx, 'LEKHPAL');
    const url = `/api/admin/competency-requirements/${lekhpal}`;
    const body = (version: number, level = 2) => ({
      version,
      roles: [
        {
          nameEn: 'Village revenue officer',
          nameHi: 'ग्राम राजस्व अधिकारी',
          activities: [
            { nameEn: 'Keep the khatauni', nameHi: 'खतौनी रखना', competencies: [{ code: 'land-records', level }, { code: 'digital-literacy', level: 1 }] },
            { nameEn: 'Report crop losses', nameHi: 'फसल क्षति की रिपोर्ट देना', competencies: [{ code: 'relief-rehabilitation', level: 1 }] },
          ],
        },
      ],
    });
    const { c: plain } = await learner();
    expect((await plain.request('PUT', url, body(0))).status).toBe(403);
    expect((await welfareAdmin.request('PUT', url, body(0))).status).toBe(403);
    const saved = await revenueAdmin.request('PUT', url, body(0));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, permissions: { edit: true } });
    expect(saved.body.required.map((r: { competency: { code: string }; level: number }) => `${r.competency.code}:${r.level}`)).toEqual(['land-records:2', 'digital-literacy:1', 'relief-rehabilitation:1']);
    const stale = await revenueAdmin.request('PUT', url, body(0, 3));
    expect([stale.status, stale.body.error.code]).toEqual([409, 'REQUIREMENTS_CHANGED']);
    const racing = await Promise.all([revenueAdmin.request('PUT', url, body(1, 3)), platformAdmin.request('PUT', url, body(1, 4))]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    const unknown = await revenueAdmin.request('PUT', url, {
      version: 2,
      roles: [{ nameEn: 'R', nameHi: 'र', activities: [{ nameEn: 'A', nameHi: 'अ', competencies: [{ code: 'no-such-thing', level: 2 }, { code: 'rti', level: 1 }, { code: 'rti', level: 2 }] }] }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual([
      'roles.0.activities.0.competencies.0.code:COMPETENCY_UNKNOWN',
      'roles.0.activities.0.competencies.2.code:DUPLICATE',
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', lekhpal).execute();
    expect(audit.map((a) => a.action)).toEqual(['competency_requirements.updated', 'competency_requirements.updated']);
  });

  it('the admin list says which designations each admin may edit', async () => {
    const list = await revenueAdmin.get('/api/admin/competency-requirements');
    const editable = new Set(list.body.items.filter((i: { editable: boolean }) => i.editable).map((i: { designation: { code: string } }) => i.designation.code));
    expect([...editable].sort()).toEqual(['ADM', 'DM', 'LEKHPAL', 'NAIB_TEHSILDAR', 'SDM', 'TEHSILDAR']);
    const tehsildar = list.body.items.find((i: { designation: { code: string } }) => i.designation.code === 'TEHSILDAR');
    expect(tehsildar).toMatchObject({ roles: 4, competencies: 12, version: 1 });
    const { c } = await learner();
    expect((await c.get('/api/admin/competency-requirements')).status).toBe(403);
  });
});

describe('CSV import of role requirements', () => {
  it('reports every malformed row and applies nothing from that file', async () => {
    const bdo = await designationId(t.ctx, 'BDO');
    const before = await platformAdmin.get(`/api/competencies/requirements/${bdo}`);
    const csv = [
      HEADER,
      'BDO,Block head,खंड प्रमुख,Run MGNREGA works,मनरेगा कार्य चलाना,project-management,3',
      'BDO,Block head,खंड प्रमुख,Run MGNREGA works,मनरेगा कार्य चलाना,monitoring-evaluation,7',
      'BDO,Block head,खंड प्रमुख,Hear grievances,शिकायतें सुनना,grievance-handling,2',
      '',
      'NO_SUCH_POST,Role,भूमिका,Activity,गतिविधि,rti,2',
      'BDO,Block head,प्रखंड प्रमुख,Hear grievances,शिकायतें सुनना,grievance-redressal,2',
      'BDO,Block head,खंड प्रमुख,Run MGNREGA works,मनरेगा कार्य चलाना,project-management,2',
      'BDO,Block head,खंड प्रमुख,,,rti,2,extra',
    ].join('\r\n');
    const res = await importCsv(platformAdmin, csv);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'IMPORT_ROWS_INVALID', params: { count: 8, rows: 6 } });
    expect(res.body.error.message).toBe('8 problem(s) in the file; nothing was imported. Correct the rows and upload the file again.');
    expect(res.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)).toEqual([
      'rows.3.level:LEVEL_INVALID',
      'rows.4.competency_code:COMPETENCY_UNKNOWN',
      'rows.6.designation_code:DESIGNATION_UNKNOWN',
      'rows.7.role_hi:NAME_MISMATCH',
      'rows.8.competency_code:COMPETENCY_REPEATED',
      'rows.9.row:ROW_COLUMN_COUNT',
      'rows.9.activity_en:REQUIRED',
      'rows.9.activity_hi:REQUIRED',
    ]);
    expect(res.body.error.fields[3].message).toBe('The same English name has a different Hindi name in row 2.');
    const after = await platformAdmin.get(`/api/competencies/requirements/${bdo}`);
    expect(after.body).toEqual(before.body);
    expect(after.body.version).toBe(0);
  });

  it('a row for a designation outside the admin’s organisations is a row error too (in Hindi for a Hindi admin)', async () => {
    const csv = [HEADER, 'DSWO,Scheme officer,योजना अधिकारी,Run pensions,पेंशन चलाना,e-governance,2', 'TEHSILDAR,Citizen services,नागरिक सेवाएँ,Reply to RTI,आरटीआई उत्तर,rti,3'].join('\n');
    const res = await importCsv(welfareAdmin, csv);
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ field: 'rows.3.designation_code', code: 'DESIGNATION_NOT_ALLOWED', message: 'आप ऐसे किसी संगठन के व्यवस्थापक नहीं हैं जहाँ TEHSILDAR पदनाम प्रयोग होता है।' }]);
    const dswo = await welfareAdmin.get(`/api/competencies/requirements/${await designationId(t.ctx, 'DSWO')}`);
    expect(dswo.body.version).toBe(1);
  });

  it('a clean file replaces each named designation whole, in one go; a dry run applies nothing', async () => {
    const vdo = await designationId(t.ctx, 'VDO');
    const gpa = await designationId(t.ctx, 'GPA');
    const csv = [
      HEADER,
      'VDO,Village development,ग्राम विकास,Survey households for schemes,योजनाओं के लिए परिवारों का सर्वेक्षण,community-outreach,2',
      'VDO,Village development,ग्राम विकास,Survey households for schemes,योजनाओं के लिए परिवारों का सर्वेक्षण,data-analysis,1',
      'GPA,Panchayat secretary,पंचायत सचिव,Keep panchayat accounts,पंचायत का लेखा रखना,financial-management,2',
      'VDO,Village development,ग्राम विकास,Geo-tag assets,परिसंपत्तियों की जियो-टैगिंग,digital-literacy,2',
    ].join('\n');
    const dry = await importCsv(platformAdmin, `\uFEFF${csv}`, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, applied: false, rows: 4 });
    expect(dry.body.designations.map((d: { designation: { code: string }; roles: number; activities: number; competencies: number }) => [d.designation.code, d.roles, d.activities, d.competencies])).toEqual([
      ['VDO', 1, 2, 3],
      ['GPA', 1, 1, 1],
    ]);
    expect((await platformAdmin.get(`/api/competencies/requirements/${vdo}`)).body.version).toBe(0);
    const done = await importCsv(platformAdmin, csv);
    expect(done.body).toMatchObject({ dryRun: false, applied: true });
    const vdoFrac = await platformAdmin.get(`/api/competencies/requirements/${vdo}`);
    expect(vdoFrac.body.roles[0].activities.map((a: { nameEn: string }) => a.nameEn)).toEqual(['Survey households for schemes', 'Geo-tag assets']);
    expect((await platformAdmin.get(`/api/competencies/requirements/${gpa}`)).body.required).toHaveLength(1);
    // Importing again replaces, it does not append.
    await importCsv(platformAdmin, [HEADER, 'VDO,Village development,ग्राम विकास,Geo-tag assets,परिसंपत्तियों की जियो-टैगिंग,digital-literacy,3'].join('\n'));
    const replaced = await platformAdmin.get(`/api/competencies/requirements/${vdo}`);
    expect(replaced.body.required.map((r: { competency: { code: string }; level: number }) => `${r.competency.code}:${r.level}`)).toEqual(['digital-literacy:3']);
    // The export reads back in the import format.
    const exported = await platformAdmin.get(`/api/admin/competency-requirements/export.csv?designationId=${vdo}`);
    expect(exported.headers['content-type']).toMatch(/text\/csv/);
    expect(exported.raw.body.replace('\uFEFF', '').trim().split('\r\n')).toEqual([HEADER, 'VDO,Village development,ग्राम विकास,Geo-tag assets,परिसंपत्तियों की जियो-टैगिंग,digital-literacy,3']);
  });

  it('refuses files it cannot read, with a clear code, and non-admins', async () => {
    const bad = async (content: string | Buffer) => (await platformAdmin.request('POST', '/api/admin/competency-requirements/import', undefined, csvUpload(content as string))).body.error.code;
    expect(await bad('')).toBe('IMPORT_FILE_EMPTY');
    expect(await bad(`${HEADER}\n`)).toBe('IMPORT_NO_ROWS');
    expect(await bad('designation_code,level\nDM,2')).toBe('IMPORT_COLUMNS_MISSING');
    expect(await bad(`${HEADER},colour\n`)).toBe('IMPORT_COLUMNS_UNKNOWN');
    expect(await bad(`${HEADER}\nDM,"unclosed,x`)).toBe('IMPORT_FILE_UNREADABLE');
    expect(await bad(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]) as unknown as string)).toBe('IMPORT_FILE_TYPE');
    const notMultipart = await platformAdmin.post('/api/admin/competency-requirements/import', { csv: 'x' });
    expect(notMultipart.body.error.code).toBe('IMPORT_NOT_MULTIPART');
    const { c } = await learner();
    expect((await importCsv(c, `${HEADER}\nDM,a,b,c,d,rti,2`)).status).toBe(403);
    expect((await c.get('/api/admin/competency-requirements/template.csv')).status).toBe(403);
    const template = await revenueAdmin.get('/api/admin/competency-requirements/template.csv');
    expect(template.raw.body.startsWith(`\uFEFF${HEADER}`)).toBe(true);
  });
});

describe('coverage and training-institute reports', () => {
  it('shows per required competency the share of employees at the required level; self-declared never counts', async () => {
    const gkp = await orgId(t.ctx, 'UP-REV-GKP');
    const [a, b] = await Promise.all([
      makeUser(t.ctx, { designation: 'TEHSILDAR', org: 'UP-REV-GKP-SADAR' }),
      makeUser(t.ctx, { designation: 'TEHSILDAR', org: 'UP-REV-GKP-SADAR' }),
    ]);
    const reported = await revenueAdmin.post(`/api/admin/competencies/passbook/${a.id}/entries`, {
      competencyCode: 'land-revenue',
      level: 3,
      institute: 'Uttar Pradesh Academy of Administration and Management',
      evidenceUrl: 'https://upaam.example.in/certificates/123',
      achievedOn: '2026-01-15',
    });
    expect(reported.status).toBe(201);
    expect(reported.body.entries[0]).toMatchObject({ source: 'institute', countsAsEarned: true, evidence: { institute: 'Uttar Pradesh Academy of Administration and Management', url: 'https://upaam.example.in/certificates/123' } });
    const bSession = await t.client().signIn(b.email, TEST_PASSWORD);
    await bSession.post('/api/me/competencies/declarations', { declarations: [{ code: 'land-revenue', level: 5 }] });

    const res = await revenueAdmin.get(`/api/admin/competency-coverage?orgId=${gkp}`);
    expect(res.status).toBe(200);
    expect(res.body.employees).toBe(2);
    const landRevenue = res.body.items.find((i: { competency: { code: string } }) => i.competency.code === 'land-revenue');
    expect(landRevenue).toMatchObject({ requiredFor: 2, atLevel: 1, share: 0.5, byDesignation: [{ designation: { code: 'TEHSILDAR' }, requiredLevel: 3, employees: 2, atLevel: 1 }] });
    expect(res.body.items.at(-1)).toEqual(landRevenue);
    expect(res.body.items).toHaveLength(12);
    expect(res.body.items.slice(0, -1).every((i: { share: number }) => i.share === 0)).toBe(true);
  });

  it('refuses the wrong roles: learners, admins of other subtrees, anonymous visitors', async () => {
    const rev = await orgId(t.ctx, 'UP-REV');
    const { c, id } = await learner({ org: 'UP-REV-LKO' });
    expect((await c.get(`/api/admin/competency-coverage?orgId=${rev}`)).status).toBe(403);
    expect((await welfareAdmin.get(`/api/admin/competency-coverage?orgId=${rev}`)).status).toBe(403);
    expect((await t.client().get(`/api/admin/competency-coverage?orgId=${rev}`)).status).toBe(401);
    expect((await t.client().get('/api/me/competencies')).status).toBe(401);
    expect((await t.client().get('/api/me/recommendations')).status).toBe(401);
    const entry = { competencyCode: 'rti', level: 2, institute: 'ATI', achievedOn: '2026-01-01' };
    expect((await welfareAdmin.post(`/api/admin/competencies/passbook/${id}/entries`, entry)).status).toBe(403);
    expect((await c.post(`/api/admin/competencies/passbook/${id}/entries`, entry)).status).toBe(403);
    expect((await welfareAdmin.get(`/api/admin/competencies/passbook/${id}`)).status).toBe(403);
    expect((await revenueAdmin.get(`/api/admin/competencies/passbook/${id}`)).status).toBe(200);
    const future = await revenueAdmin.post(`/api/admin/competencies/passbook/${id}/entries`, { ...entry, achievedOn: '2999-01-01', evidenceUrl: 'javascript:alert(1)' });
    expect(future.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['evidenceUrl', 'achievedOn']);
    const leader = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'mdo_leader', org: 'UP-REV' }] });
    const leaderSession = await t.client().signIn(leader.email, TEST_PASSWORD);
    expect((await leaderSession.get(`/api/admin/competency-coverage?orgId=${rev}`)).status).toBe(200);
    expect((await leaderSession.get('/api/admin/competency-requirements')).status).toBe(403);
  });
});

describe('authorization matrix: every role × every sensitive endpoint', () => {
  type Who = 'learner' | 'swAdmin' | 'revAdmin' | 'leader' | 'creator' | 'stateAdmin' | 'platformAdmin' | 'anonymous';
  const roles: [Who, Parameters<typeof makeUser>[1]][] = [
    ['learner', { org: 'UP-SW-LKO' }],
    ['swAdmin', { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] }],
    ['revAdmin', { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] }],
    ['leader', { org: 'UP-SW', roles: [{ role: 'mdo_leader', org: 'UP-SW' }] }],
    ['creator', { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }],
    ['stateAdmin', { org: 'UP', roles: [{ role: 'state_admin', org: 'UP' }] }],
    ['platformAdmin', { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }] }],
  ];

  it('allows exactly the roles that should act, and answers 401 to anonymous callers', async () => {
    const clients = new Map<Who, TestClient>([['anonymous', t.client()]]);
    for (const [who, opts] of roles) {
      const user = await makeUser(t.ctx, opts);
      clients.set(who, await t.client().signIn(user.email, TEST_PASSWORD));
    }
    const target = await makeUser(t.ctx, { org: 'UP-SW-LKO' });
    const dswo = await designationId(t.ctx, 'DSWO');
    const sw = await orgId(t.ctx, 'UP-SW');
    const levels = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, hi: `स्तर ${n}` }));
    const dswoCsv = `${HEADER}\nDSWO,Scheme officer,योजना अधिकारी,Run pensions,पेंशन चलाना,e-governance,2`;
    const cases: { name: string; call: (c: TestClient) => Promise<{ status: number }>; allowed: Who[]; ok: number }[] = [
      { name: 'edit the framework', allowed: ['platformAdmin'], ok: 200, call: (c) => c.request('PUT', '/api/admin/competency-framework/competencies/rti', { themeCode: 'dom-rti', nameEn: 'Right to Information', nameHi: 'सूचना का अधिकार', levels }) },
      // Authorized callers reach the version check (999 is stale), so 409 proves they were let in.
      { name: 'edit DSWO requirements', allowed: ['swAdmin', 'stateAdmin', 'platformAdmin'], ok: 409, call: (c) => c.request('PUT', `/api/admin/competency-requirements/${dswo}`, { version: 999, roles: [] }) },
      { name: 'list requirements for editing', allowed: ['swAdmin', 'revAdmin', 'stateAdmin', 'platformAdmin'], ok: 200, call: (c) => c.get('/api/admin/competency-requirements') },
      { name: 'import DSWO requirements (dry run)', allowed: ['swAdmin', 'stateAdmin', 'platformAdmin'], ok: 200, call: (c) => importCsv(c, dswoCsv, '?dryRun=true') },
      { name: 'export requirements', allowed: ['swAdmin', 'revAdmin', 'stateAdmin', 'platformAdmin'], ok: 200, call: (c) => c.get('/api/admin/competency-requirements/export.csv') },
      { name: 'coverage of Social Welfare', allowed: ['swAdmin', 'leader', 'stateAdmin', 'platformAdmin'], ok: 200, call: (c) => c.get(`/api/admin/competency-coverage?orgId=${sw}`) },
      { name: 'read an employee’s passbook', allowed: ['swAdmin', 'stateAdmin', 'platformAdmin'], ok: 200, call: (c) => c.get(`/api/admin/competencies/passbook/${target.id}`) },
      {
        name: 'record a training-institute entry',
        allowed: ['swAdmin', 'stateAdmin', 'platformAdmin'],
        ok: 201,
        call: (c) => c.post(`/api/admin/competencies/passbook/${target.id}/entries`, { competencyCode: 'rti', level: 1, institute: 'ATI Lucknow', achievedOn: '2026-01-02' }),
      },
    ];
    const outcome: string[] = [];
    const expected: string[] = [];
    for (const k of cases) {
      for (const [who, c] of clients) {
        const res = await k.call(c);
        outcome.push(`${k.name} / ${who}: ${res.status}`);
        expected.push(`${k.name} / ${who}: ${who === 'anonymous' ? 401 : k.allowed.includes(who) ? k.ok : who === 'revAdmin' && k.name.startsWith('import') ? 422 : 403}`);
      }
    }
    expect(outcome).toEqual(expected);
  });
});
