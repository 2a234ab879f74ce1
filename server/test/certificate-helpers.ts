import crypto from 'node:crypto';
import canonicalize from 'canonicalize';
import { base58 } from '@scure/base';
import { PNG } from 'pngjs';
import type { TestApp, TestClient } from './harness';
import { eventually, spendCourseTime } from './harness';
import { makeUser, TEST_PASSWORD } from './factories';
import { makePublishedCourse, type MadeCourse } from './course-factories';

/** A signed-in learner with a Hindi name, posted in an org with a designation. */
export async function certLearner(t: TestApp, opts: { org?: string; designation?: string; name?: string; nameHi?: string | null; language?: 'en' | 'hi' } = {}) {
  const user = await makeUser(t.ctx, { org: opts.org ?? 'UP-REV-LKO-SADAR', designation: opts.designation ?? 'TEHSILDAR', name: opts.name ?? 'Kshama Trivedi Verma', language: opts.language });
  if (opts.nameHi !== null) {
    await t.ctx.db.updateTable('users').set({ full_name_hi: opts.nameHi ?? 'क्षमा त्रिवेदी वर्मा' }).where('id', '=', user.id).execute();
  }
  const c = await t.client(opts.language ?? 'en').signIn(user.email, TEST_PASSWORD);
  return { ...user, c };
}

/** A published one-lesson (HTML) course by a provider, with competencies. */
export async function certCourse(t: TestApp, opts: { provider?: string; titleEn?: string; titleHi?: string; competencies?: { code: string; level: number }[]; lessons?: NonNullable<Parameters<typeof makePublishedCourse>[1]>['lessons'] } = {}) {
  const course = await makePublishedCourse(t.ctx, {
    provider: opts.provider ?? 'UP-REV',
    titleEn: opts.titleEn ?? 'Disaster Management for District Officers',
    titleHi: opts.titleHi ?? 'ज़िला अधिकारियों के लिए आपदा प्रबंधन',
    durationMinutes: 90,
    lessons: opts.lessons ?? [{ type: 'html' }],
  });
  await t.ctx.db
    .updateTable('course_versions')
    .set({ competencies: JSON.stringify(opts.competencies ?? [{ code: 'disaster-management', level: 2 }]) })
    .where('id', '=', course.versionId)
    .execute();
  return course;
}

/** Enrols and completes a one-HTML-lesson course through the API, in a language. */
export async function completeCourse(c: TestClient, course: MadeCourse, language: 'en' | 'hi' = 'en'): Promise<void> {
  const enrol = await c.post(`/api/courses/${course.courseId}/enrol`);
  if (enrol.status !== 201 && enrol.status !== 200) throw new Error(`enrol failed: ${enrol.status}`);
  const html = course.lessons.filter((l) => l.type === 'html');
  const seconds = spendCourseTime(c, course.durationMinutes, html.length);
  const updates = html.map((l) => ({ lessonKey: l.key, timeSpentSeconds: seconds, language, html: { scrolledToEnd: true } }));
  const res = await c.post(`/api/courses/${course.courseId}/progress`, { updates });
  if (res.status !== 200) throw new Error(`progress failed: ${res.status} ${JSON.stringify(res.body)}`);
}

/** Waits for the learner's certificate of a course to reach a status (or any final one). */
export async function waitForCertificate(c: TestClient, subjectId: string, statuses = ['issued'], timeoutMs = 15_000) {
  return eventually(async () => {
    const res = await c.get('/api/me/certificates');
    const cert = (res.body.items as { subjectId: string; status: string }[]).find((i) => i.subjectId === subjectId);
    return cert && statuses.includes(cert.status) ? (cert as Record<string, any>) : null;
  }, timeoutMs);
}

/** An independent eddsa-jcs-2022 verifier: only node:crypto, a JCS library and the published Multikey. */
export function verifyOffline(credential: Record<string, unknown>, didDocument: { verificationMethod: { id: string; publicKeyMultibase: string }[] }): boolean {
  const { proof, ...document } = credential as { proof: Record<string, unknown> };
  const { proofValue, ...config } = proof;
  const method = didDocument.verificationMethod.find((m) => m.id === config.verificationMethod);
  if (!method || typeof proofValue !== 'string') return false;
  const raw = base58.decode(method.publicKeyMultibase.slice(1)).slice(2);
  const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
  const hash = (v: unknown) => crypto.createHash('sha256').update(canonicalize(v) ?? '').digest();
  return crypto.verify(null, Buffer.concat([hash(config), hash(document)]), key, base58.decode(proofValue.slice(1)));
}

/** A small solid-colour PNG. */
export function pngBytes(width = 40, height = 20, rgb: [number, number, number] = [18, 53, 91]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(png);
}

/** A multipart body with one `file` field. */
export function multipart(fileName: string, bytes: Buffer, contentType = 'application/octet-stream') {
  const boundary = `----ksh${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Names of the entries of a zip file, read from its central directory. */
export function zipEntryNames(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}
