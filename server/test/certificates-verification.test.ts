import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from './harness';
import { auditActions, certCourse, certificateRows, certifiedLearner, checkStatus, completeCourse, proofsOf, verifyOffline, verifyOfflineRdfc, waitForCertificate } from './certificate-helpers';
import { newCertificateNumber } from '../src/modules/certificates/certificate-number';

/* Certificates once issued: public verification, revocation and reissue, and the signed credential (certificates.test.ts has issuing). */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const admin = (email: string) => t.client('en').signIn(email, 'Kshamata@2026');
const rows = (userId: string) => certificateRows(t, userId);

describe('public verification', () => {
  it('says valid with the holder’s name, course, dates and issuer, and nothing more; unknown and malformed numbers are unknown', async () => {
    const course = await certCourse(t);
    const { l, cert } = await certifiedLearner(t, course);
    const anonymous = t.client('hi');
    const res = await anonymous.get(`/api/v1/certificates/${cert.number}/verify`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      ['completedAt', 'holderName', 'issuedAt', 'issuer', 'kind', 'number', 'revocationReason', 'revokedAt', 'status', 'supersededAt', 'title'].sort(),
    );
    expect(res.body).toMatchObject({
      status: 'valid',
      holderName: { en: 'Kshama Trivedi Verma', hi: 'क्षमा त्रिवेदी वर्मा' },
      title: { en: 'Disaster Management for District Officers', hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन' },
      issuer: { en: 'Revenue Department', hi: 'राजस्व विभाग' },
      revokedAt: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/@up\.gov\.in|EMP-|Tehsildar|Tehsil Sadar/);
    // Typed in lower case with spaces and look-alike letters, it still verifies.
    const typed = cert.number.toLowerCase().replace(/0/g, 'o').replace(/-/, ' - ').replace(/\s/g, '');
    expect((await anonymous.get(`/api/v1/certificates/${encodeURIComponent(typed)}/verify`)).body.status).toBe('valid');
    expect((await anonymous.get(`/api/v1/certificates/${newCertificateNumber(2026)}/verify`)).body).toMatchObject({ status: 'unknown', holderName: null });
    const wrongCheck = cert.number.slice(0, -1) + (cert.number.endsWith('0') ? '1' : '0');
    expect((await anonymous.get(`/api/v1/certificates/${wrongCheck}/verify`)).body.status).toBe('unknown');
    expect((await anonymous.get('/api/v1/certificates/not%3Ca%3Enumber/verify')).status).toBe(400);
  });

  it('is rate-limited per IP', async () => {
    const number = newCertificateNumber(2026);
    let limited = null;
    for (let i = 0; i < 700 && !limited; i++) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${number}/verify`, remoteAddress: '203.0.113.9' });
      if (res.statusCode === 429) limited = res;
    }
    expect(limited?.json().error.code).toBe('RATE_LIMITED');
    expect(limited?.headers['retry-after']).toBeDefined();
    const other = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${number}/verify`, remoteAddress: '203.0.113.10' });
    expect(other.statusCode).toBe(200);
  });
});

describe('revocation and reissue', () => {
  it('the issuing organisation’s admin revokes with a reason; verification then says revoked with the date and reason', async () => {
    const course = await certCourse(t, { provider: 'UP-REV' });
    const { l, cert } = await certifiedLearner(t, course, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const credential = JSON.parse((await l.c.get(`/api/me/certificates/${cert.id}/credential`)).raw.body);
    expect(await checkStatus(t, credential)).toBe('valid');
    const url = `/api/admin/certificates/${cert.number}/revoke`;
    // The holder's own admin (Social Welfare) is not the issuer; a learner is nobody here.
    expect((await (await admin('nodal.sw@up.gov.in')).post(url, { reason: 'Issued in error' })).status).toBe(403);
    expect((await l.c.post(url, { reason: 'Issued in error' })).status).toBe(403);
    const rev = await admin('nodal.revenue@up.gov.in');
    expect((await rev.post(url, { reason: '' })).status).toBe(400);
    const done = await rev.post(url, { reason: 'Completed with another person’s account' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'revoked', revocationReason: 'Completed with another person’s account' });
    const twice = await rev.post(url, { reason: 'again' });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'CERTIFICATE_NOT_REVOCABLE']);
    const verify = await t.client().get(`/api/v1/certificates/${cert.number}/verify`);
    expect(verify.body).toMatchObject({ status: 'revoked', revocationReason: 'Completed with another person’s account' });
    expect(Date.parse(verify.body.revokedAt)).toBeGreaterThan(0);
    // Offline too: the status list the credential names now has its bit set.
    expect(await checkStatus(t, credential)).toBe('revoked');
    expect(await auditActions(t, cert.id)).toContain('certificate.revoked');
    // Still the learner's record; a replayed completion does not bring it back.
    expect((await l.c.get('/api/me/certificates')).body.items[0].status).toBe('revoked');
  });

  it('after a name correction the holder’s admin reissues: the old number is superseded, the new one carries the corrected name', async () => {
    const course = await certCourse(t);
    const { l, cert: old } = await certifiedLearner(t, course, { org: 'UP-SW-LKO', designation: 'DSWO', name: 'Kshama Trivedi Varma', nameHi: 'क्षमा त्रिवेदी वरमा' });
    const sw = await admin('nodal.sw@up.gov.in');
    const fix = await sw.patch(`/api/admin/users/${l.id}`, { fullName: 'Kshama Trivedi Verma', fullNameHi: 'क्षमा त्रिवेदी वर्मा' });
    expect(fix.status).toBe(200);
    expect((await (await admin('nodal.health@up.gov.in')).post(`/api/admin/certificates/${old.number}/reissue`, { reason: 'Name corrected' })).status).toBe(404);
    const res = await sw.post(`/api/admin/certificates/${old.number}/reissue`, { reason: 'Name corrected on the profile' });
    expect(res.status).toBe(200);
    expect(res.body.number).not.toBe(old.number);
    const fresh = await eventually(async () => {
      const items = (await l.c.get('/api/me/certificates')).body.items as Record<string, any>[];
      return items.find((i) => i.status === 'issued');
    });
    expect(fresh.number).toBe(res.body.number);
    const all = await rows(l.id);
    expect(all.map((r) => r.status).sort()).toEqual(['issued', 'superseded']);
    const newRow = all.find((r) => r.status === 'issued');
    expect(newRow).toMatchObject({ holder_name_en: 'Kshama Trivedi Verma', holder_name_hi: 'क्षमा त्रिवेदी वर्मा', replaces_id: old.id });
    expect((await t.client().get(`/api/v1/certificates/${old.number}/verify`)).body).toMatchObject({ status: 'superseded', holderName: { en: 'Kshama Trivedi Varma' } });
    expect((await t.client().get(`/api/v1/certificates/${fresh.number}/verify`)).body).toMatchObject({ status: 'valid', holderName: { en: 'Kshama Trivedi Verma' } });
    // A verifier checking the status lists: the replaced credential is revoked, the new one valid.
    const oldCredential = JSON.parse((await l.c.get(`/api/me/certificates/${old.id}/credential`)).raw.body);
    const newCredential = JSON.parse((await l.c.get(`/api/me/certificates/${fresh.id}/credential`)).raw.body);
    expect(await checkStatus(t, oldCredential)).toBe('revoked');
    expect(await checkStatus(t, newCredential)).toBe('valid');
    expect(newCredential.credentialStatus.statusListIndex).not.toBe(oldCredential.credentialStatus.statusListIndex);
    expect(await auditActions(t, old.id)).toContain('certificate.reissued');
    const again = await sw.post(`/api/admin/certificates/${old.number}/reissue`, { reason: 'again' });
    expect([again.status, again.body.error.code]).toEqual([409, 'CERTIFICATE_NOT_REISSUABLE']);
  });
});

describe('the signed credential', () => {
  it('verifies offline with only the published key, fails when tampered with, and still verifies after the key is rotated', async () => {
    const course = await certCourse(t);
    const { l, cert } = await certifiedLearner(t, course);
    const download = await l.c.get(`/api/me/certificates/${cert.id}/credential`);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toContain(`${cert.number}.credential.json`);
    const credential = JSON.parse(download.raw.body) as Record<string, any>;
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(cert.verifyUrl);
    expect(credential.credentialSubject).toMatchObject({ type: ['AchievementSubject'], name: 'Kshama Trivedi Verma', achievement: { type: ['Achievement'], name: 'Disaster Management for District Officers' } });
    expect(JSON.stringify(credential)).not.toContain(l.employeeId);
    // A proof set: eddsa-rdfc-2022 (1EdTech's conformance suite) and eddsa-jcs-2022, both by the same key.
    expect(proofsOf(credential).map((p) => p.cryptosuite)).toEqual(['eddsa-rdfc-2022', 'eddsa-jcs-2022']);
    for (const p of proofsOf(credential)) expect(p).toMatchObject({ type: 'DataIntegrityProof', proofPurpose: 'assertionMethod' });
    const method = proofsOf(credential)[0]?.verificationMethod as string;
    expect(proofsOf(credential)[1]?.verificationMethod).toBe(method);
    const didDoc = (await t.client().get('/.well-known/did.json')).body;
    expect(didDoc.id).toBe(credential.issuer.id);
    expect(method.startsWith(`${didDoc.id}#`)).toBe(true);
    expect(verifyOffline(credential, didDoc)).toBe(true);
    expect(await verifyOfflineRdfc(credential, didDoc)).toBe(true);
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: expect.stringMatching(/^\d+$/) });

    const tampered = structuredClone(credential);
    tampered.credentialSubject.name = 'Someone Else';
    expect(verifyOffline(tampered, didDoc)).toBe(false);
    expect(await verifyOfflineRdfc(tampered, didDoc)).toBe(false);
    const tampered2 = structuredClone(credential);
    tampered2.credentialSubject.achievement.name += ' (Advanced)';
    expect(verifyOffline(tampered2, didDoc)).toBe(false);
    expect(await verifyOfflineRdfc(tampered2, didDoc)).toBe(false);

    // Rotation: only a platform admin; old credentials keep verifying against the published keys.
    expect((await (await admin('nodal.revenue@up.gov.in')).post('/api/admin/certificate-keys/rotate')).status).toBe(403);
    const platform = await admin('platform.admin@dopt.gov.in');
    const rotated = await platform.post('/api/admin/certificate-keys/rotate');
    expect(rotated.status).toBe(200);
    expect(method).toBe(`${didDoc.id}#${rotated.body.retiredId}`);
    const after = (await t.client().get('/.well-known/did.json')).body;
    expect(after.verificationMethod.length).toBe(didDoc.verificationMethod.length + 1);
    expect(after.assertionMethod).toEqual(expect.arrayContaining([method, `${didDoc.id}#${rotated.body.id}`]));
    expect(verifyOffline(credential, after)).toBe(true);
    expect(await verifyOfflineRdfc(credential, after)).toBe(true);
    const course2 = await certCourse(t);
    await completeCourse(l.c, course2);
    const second = await waitForCertificate(l.c, course2.courseId);
    const newCredential = JSON.parse((await l.c.get(`/api/me/certificates/${second.id}/credential`)).raw.body);
    expect(proofsOf(newCredential).map((p) => p.verificationMethod)).toEqual([`${didDoc.id}#${rotated.body.id}`, `${didDoc.id}#${rotated.body.id}`]);
    expect(verifyOffline(newCredential, after)).toBe(true);
    expect(await verifyOfflineRdfc(newCredential, after)).toBe(true);
    expect(verifyOffline(newCredential, didDoc)).toBe(false);
    // The status list is re-signed with the new key and still checks.
    expect(await checkStatus(t, credential)).toBe('valid');
    const jwks = (await t.client().get('/.well-known/jwks.json')).body;
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual(expect.arrayContaining([method, `${didDoc.id}#${rotated.body.id}`]));
    expect(jwks.keys.every((k: Record<string, unknown>) => k.kty === 'OKP' && k.crv === 'Ed25519' && !('d' in k))).toBe(true);
    expect(await auditActions(t, rotated.body.id)).toContain('certificates.key_rotated');
    const keyList = await platform.get('/api/admin/certificate-keys');
    expect(JSON.stringify(keyList.body)).not.toMatch(/private/i);
  });
});
