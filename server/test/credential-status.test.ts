import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';
import { certCourse, certLearner, checkStatus, completeCourse, proofsOf, verifyOffline, verifyOfflineRdfc, waitForCertificate } from './certificate-helpers';
import { issueForCompletionJob } from '../src/modules/certificates/certificates.jobs';

const meta = { retryCount: 0, retryLimit: 5 };
const admin = (t: TestApp, email: string) => t.client('en').signIn(email, 'Kshamata@2026');

async function credentialOf(t: TestApp, email: string, certificateId: string): Promise<Record<string, any>> {
  const c = await t.client().signIn(email, TEST_PASSWORD);
  const res = await c.get(`/api/me/certificates/${certificateId}/credential`);
  expect(res.status).toBe(200);
  return JSON.parse(res.raw.body);
}

describe('one app: status list allocation and publication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('concurrent issues never share a status index; each credential names the entry recorded with it', async () => {
    const course = await certCourse(t);
    const learners = await Promise.all(Array.from({ length: 24 }, () => makeUser(t.ctx, { org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR' })));
    const completedAt = new Date().toISOString();
    // All issuing jobs at once (on PostgreSQL on separate connections), each twice: the replays must not allocate again.
    const events = learners.map((l) => ({ userId: l.id, courseId: course.courseId, versionId: course.versionId, completedAt, language: 'en', learningMinutes: 90 }));
    await Promise.all([...events, ...events].map((e) => issueForCompletionJob.handle(e as never, t.ctx, meta)));
    const rows = await t.ctx.db
      .selectFrom('certificates as c')
      .innerJoin('certificate_status_entries as e', (j) => j.onRef('e.user_id', '=', 'c.user_id').onRef('e.certificate_id', '=', 'c.id'))
      .select(['c.id', 'c.credential', 'e.list_id', 'e.status_index'])
      .where('c.subject_id', '=', course.courseId)
      .execute();
    expect(rows.length).toBe(learners.length);
    expect(new Set(rows.map((r) => `${r.list_id}:${r.status_index}`)).size).toBe(learners.length);
    for (const r of rows) {
      const status = JSON.parse(r.credential ?? '{}').credentialStatus;
      expect(status).toMatchObject({ statusListIndex: String(r.status_index), statusListCredential: `${t.ctx.config.publicUrl}/api/v1/credential-status/${r.list_id}` });
    }
  });

  it('serves the list publicly with caching headers: ETag, 304 when unchanged, a new ETag after a revocation', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t);
    await completeCourse(l.c, course);
    const cert = await waitForCertificate(l.c, course.courseId);
    const credential = JSON.parse((await l.c.get(`/api/me/certificates/${cert.id}/credential`)).raw.body);
    const path = new URL(credential.credentialStatus.statusListCredential).pathname;
    const first = await t.app.inject({ method: 'GET', url: path });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60, must-revalidate');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect(first.headers['content-type']).toContain('application/json');
    const etag = String(first.headers.etag);
    const list = JSON.parse(first.body);
    expect(list).toMatchObject({ type: ['VerifiableCredential', 'BitstringStatusListCredential'], credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' } });
    expect(proofsOf(list).map((p) => p.cryptosuite)).toEqual(['eddsa-rdfc-2022', 'eddsa-jcs-2022']);
    const again = await t.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': etag } });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    // Served as stored: the same bytes until a bit changes.
    expect((await t.app.inject({ method: 'GET', url: path })).body).toBe(first.body);
    const rev = await admin(t, 'nodal.revenue@up.gov.in');
    expect((await rev.post(`/api/admin/certificates/${cert.number}/revoke`, { reason: 'Issued in error' })).status).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: path, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(await checkStatus(t, credential)).toBe('revoked');

    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/credential-status/99999' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'STATUS_LIST_NOT_FOUND']);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/credential-status/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTypeOf('string');
  });
});

describe('issuer identity across restarts', () => {
  let database: TestDatabase;
  let t: TestApp | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('a new PUBLIC_URL keeps the issuer of old and new credentials; rotated keys stay published while their credentials live', async () => {
    t = await startTestApp({ seed: true, database, env: { PUBLIC_URL: 'https://kshamata.up.gov.in' } });
    const course = await certCourse(t);
    const l = await certLearner(t);
    await completeCourse(l.c, course);
    const firstCert = await waitForCertificate(l.c, course.courseId);
    const first = await credentialOf(t, l.email, firstCert.id);
    expect(first.issuer.id).toBe('did:web:kshamata.up.gov.in');
    await t.close();
    t = undefined;

    // The site moves; the database stays.
    t = await startTestApp({ seed: false, database, env: { PUBLIC_URL: 'https://learn.karmayogi-up.in' } });
    const didDoc = (await t.client().get('/.well-known/did.json')).body;
    expect(didDoc.id).toBe('did:web:kshamata.up.gov.in');
    expect(verifyOffline(first, didDoc)).toBe(true);
    expect(await verifyOfflineRdfc(first, didDoc)).toBe(true);
    expect(await checkStatus(t, first)).toBe('valid');

    const course2 = await certCourse(t);
    const c = await t.client().signIn(l.email, TEST_PASSWORD);
    await completeCourse(c, course2);
    const secondCert = await waitForCertificate(c, course2.courseId);
    const second = await credentialOf(t, l.email, secondCert.id);
    expect(second.issuer).toMatchObject({ id: 'did:web:kshamata.up.gov.in', url: 'https://kshamata.up.gov.in' });
    // The verification page follows the site; the status list stays where the issuer's DID resolves.
    expect(second.id).toBe(`https://learn.karmayogi-up.in/verify/${secondCert.number}`);
    expect(second.credentialStatus.statusListCredential).toMatch(/^https:\/\/kshamata\.up\.gov\.in\/api\/v1\/credential-status\/\d+$/);
    expect(verifyOffline(second, didDoc)).toBe(true);

    // Rotation: both keys are listed, and both credentials by the old key still verify.
    const platform = await admin(t, 'platform.admin@dopt.gov.in');
    const rotated = await platform.post('/api/admin/certificate-keys/rotate');
    expect(rotated.status).toBe(200);
    const oldMethod = `${didDoc.id}#${rotated.body.retiredId}`;
    expect(proofsOf(first)[0]?.verificationMethod).toBe(oldMethod);
    const rotatedDoc = (await t.client().get('/.well-known/did.json')).body;
    expect(rotatedDoc.verificationMethod.map((m: { id: string }) => m.id).sort()).toEqual([oldMethod, `${didDoc.id}#${rotated.body.id}`].sort());
    expect(rotatedDoc.assertionMethod).toContain(oldMethod);
    for (const cred of [first, second]) {
      expect(verifyOffline(cred, rotatedDoc)).toBe(true);
      expect(await verifyOfflineRdfc(cred, rotatedDoc)).toBe(true);
      expect(await checkStatus(t, cred)).toBe('valid');
    }

    // Once every credential the old key signed is revoked, it is no longer published; the active key stays.
    const rev = await admin(t, 'nodal.revenue@up.gov.in');
    expect((await rev.post(`/api/admin/certificates/${firstCert.number}/revoke`, { reason: 'Issued in error' })).status).toBe(200);
    expect((await t.client().get('/.well-known/did.json')).body.verificationMethod.map((m: { id: string }) => m.id)).toContain(oldMethod);
    expect((await rev.post(`/api/admin/certificates/${secondCert.number}/revoke`, { reason: 'Issued in error' })).status).toBe(200);
    const laterDoc = (await t.client().get('/.well-known/did.json')).body;
    expect(laterDoc.verificationMethod.map((m: { id: string }) => m.id)).toEqual([`${didDoc.id}#${rotated.body.id}`]);
    // The admin's key list still shows the retired key, with its validity, as no longer published.
    const keys = (await platform.get('/api/admin/certificate-keys')).body as { id: string; status: string; retiredAt: string | null; published: boolean }[];
    expect(keys.find((k) => k.id === rotated.body.retiredId)).toMatchObject({ status: 'retired', published: false, retiredAt: expect.any(String) });
    expect(keys.find((k) => k.id === rotated.body.id)).toMatchObject({ status: 'active', published: true, retiredAt: null });
    // The status list is signed by the active key, so a verifier still reads the revocations.
    expect(await checkStatus(t, first)).toBe('revoked');
    expect(await checkStatus(t, second)).toBe('revoked');
  });

  it('only an explicit, audited migration changes the issuer: new credentials name the new DID, old ones still resolve theirs', async () => {
    if (!t) throw new Error('the previous test left no app');
    const app = t;
    const url = '/api/admin/certificate-issuer/migrate';
    expect((await (await admin(app, 'nodal.revenue@up.gov.in')).post(url, { did: 'did:web:certificates.karmayogi-up.in' })).status).toBe(403);
    const platform = await admin(app, 'platform.admin@dopt.gov.in');
    expect((await platform.get('/api/admin/certificate-issuer')).body).toMatchObject({
      did: 'did:web:kshamata.up.gov.in',
      fromConfiguration: { did: 'did:web:learn.karmayogi-up.in' },
    });
    expect((await platform.post(url, { did: 'did:web:certs.example.in/path' })).status).toBe(400);
    const course = await certCourse(app);
    const l = await certLearner(app);
    await completeCourse(l.c, course);
    const before = await credentialOf(app, l.email, (await waitForCertificate(l.c, course.courseId)).id);
    const migrated = await platform.post(url, { did: 'did:web:certificates.karmayogi-up.in' });
    expect(migrated.status).toBe(200);
    expect(migrated.body).toMatchObject({ did: 'did:web:certificates.karmayogi-up.in', baseUrl: 'https://certificates.karmayogi-up.in', previous: [{ did: 'did:web:kshamata.up.gov.in' }] });
    const audited = await app.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', 'did:web:certificates.karmayogi-up.in').execute();
    expect(audited.map((a) => a.action)).toContain('certificates.issuer_migrated');

    const course2 = await certCourse(app);
    await completeCourse(l.c, course2);
    const after = await credentialOf(app, l.email, (await waitForCertificate(l.c, course2.courseId)).id);
    expect(after.issuer.id).toBe('did:web:certificates.karmayogi-up.in');
    expect(after.credentialStatus.statusListCredential).toMatch(/^https:\/\/certificates\.karmayogi-up\.in\/api\/v1\/credential-status\/\d+$/);
    expect(after.credentialStatus.statusListCredential.split('/').pop()).not.toBe(before.credentialStatus.statusListCredential.split('/').pop());
    // Each DID document on its own host; both credentials verify and check their status.
    const oldDoc = (await app.client().request('GET', '/.well-known/did.json', undefined, { headers: { host: 'kshamata.up.gov.in' } })).body;
    const newDoc = (await app.client().request('GET', '/.well-known/did.json', undefined, { headers: { host: 'certificates.karmayogi-up.in' } })).body;
    expect([oldDoc.id, newDoc.id]).toEqual(['did:web:kshamata.up.gov.in', 'did:web:certificates.karmayogi-up.in']);
    expect(verifyOffline(before, oldDoc) && (await verifyOfflineRdfc(before, oldDoc))).toBe(true);
    expect(verifyOffline(after, newDoc) && (await verifyOfflineRdfc(after, newDoc))).toBe(true);
    expect(await checkStatus(app, before)).toBe('valid');
    expect(await checkStatus(app, after)).toBe('valid');
  });
});
