import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import canonicalize from 'canonicalize';
import jsonld from 'jsonld';
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

type DidDocument = { verificationMethod: { id: string; publicKeyMultibase: string }[] };
type Proof = Record<string, unknown>;

/** The proofs of a credential (one, or a proof set). */
/** A learner who has completed a course and holds its issued certificate. */
export async function certifiedLearner(t: TestApp, course: MadeCourse, learner: Parameters<typeof certLearner>[1] = {}) {
  const l = await certLearner(t, learner);
  await completeCourse(l.c, course);
  return { l, cert: await waitForCertificate(l.c, course.courseId) };
}

export function proofsOf(credential: Record<string, unknown>): Proof[] {
  const proof = credential.proof as Proof | Proof[] | undefined;
  return Array.isArray(proof) ? proof : proof ? [proof] : [];
}

function publishedKey(didDocument: DidDocument, verificationMethod: unknown) {
  const method = didDocument.verificationMethod.find((m) => m.id === verificationMethod);
  if (!method) return null;
  const raw = base58.decode(method.publicKeyMultibase.slice(1)).slice(2);
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

/** An independent eddsa-jcs-2022 verifier: only node:crypto, a JCS library and the published Multikey. */
export function verifyOffline(credential: Record<string, unknown>, didDocument: DidDocument): boolean {
  const { proof: _proof, ...document } = credential;
  const proof = proofsOf(credential).find((p) => p.cryptosuite === 'eddsa-jcs-2022');
  if (!proof) return false;
  const { proofValue, ...config } = proof;
  const key = publishedKey(didDocument, config.verificationMethod);
  if (!key || typeof proofValue !== 'string') return false;
  const hash = (v: unknown) => crypto.createHash('sha256').update(canonicalize(v) ?? '').digest();
  return crypto.verify(null, Buffer.concat([hash(config), hash(document)]), key, base58.decode(proofValue.slice(1)));
}

// The context files as the repository ships them, read here without the server's loader.
const contextFiles: Record<string, string> = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-context-3.0.3.jsonld',
};
const testLoader = async (url: string) => {
  const file = contextFiles[url];
  if (!file) throw new Error(`no context ${url}`);
  const document = JSON.parse(fs.readFileSync(new URL(`../src/modules/certificates/contexts/${file}`, import.meta.url), 'utf8'));
  return { contextUrl: null, documentUrl: url, document };
};

/**
 * An independent eddsa-rdfc-2022 verifier (W3C vc-di-eddsa §3.2.2, 3.2.5–3.2.6): RDFC-1.0 canonical N-Quads of the
 * document without its proof and of the proof options with the document's @context (jsonld.js), SHA-256 of each,
 * options first, Ed25519 with the published Multikey.
 */
export async function verifyOfflineRdfc(credential: Record<string, unknown>, didDocument: DidDocument): Promise<boolean> {
  const { proof: _proof, ...document } = credential;
  const proof = proofsOf(credential).find((p) => p.cryptosuite === 'eddsa-rdfc-2022');
  if (!proof || proof.type !== 'DataIntegrityProof') return false;
  const { proofValue, ...options } = proof;
  const key = publishedKey(didDocument, options.verificationMethod);
  if (!key || typeof proofValue !== 'string' || !proofValue.startsWith('z')) return false;
  const canon = (v: object) => jsonld.canonize(v, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader: testLoader });
  const hash = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  const data = Buffer.concat([hash(await canon({ ...options, '@context': document['@context'] })), hash(await canon(document))]);
  return crypto.verify(null, data, key, base58.decode(proofValue.slice(1)));
}

/**
 * A verifier's "check the status" step (W3C Bitstring Status List §3.2 Validate Algorithm): dereference
 * credentialStatus.statusListCredential (here: through the app), verify the list's proofs with the published keys,
 * check its type and purpose, decode (base64url multibase, GUNZIP), require at least 131,072 bits, and read the bit
 * at statusListIndex. Returns 'valid' or 'revoked'; throws when the list itself does not check.
 */
export async function checkStatus(t: TestApp, credential: Record<string, any>): Promise<'valid' | 'revoked'> {
  const entry = credential.credentialStatus;
  if (entry?.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') throw new Error('no BitstringStatusListEntry');
  const url = new URL(entry.statusListCredential);
  const res = await t.app.inject({ method: 'GET', url: url.pathname });
  if (res.statusCode !== 200) throw new Error(`status list: ${res.statusCode}`);
  const list = JSON.parse(res.body) as Record<string, any>;
  // did:web resolution: the DID document on the DID's own host.
  const host = decodeURIComponent(String(credential.issuer.id).replace(/^did:web:/, ''));
  const didDoc = JSON.parse((await t.app.inject({ method: 'GET', url: '/.well-known/did.json', headers: { host } })).body) as DidDocument & { id: string };
  if (list.id !== entry.statusListCredential || list.issuer !== credential.issuer.id || list.issuer !== didDoc.id) throw new Error('status list of another issuer or URL');
  if (!verifyOffline(list, didDoc) || !(await verifyOfflineRdfc(list, didDoc))) throw new Error('status list proof does not verify');
  if (!list.type.includes('BitstringStatusListCredential') || list.credentialSubject.type !== 'BitstringStatusList') throw new Error('not a status list');
  if (list.credentialSubject.statusPurpose !== entry.statusPurpose) throw new Error('status purpose differs');
  const encoded = list.credentialSubject.encodedList as string;
  if (!encoded.startsWith('u')) throw new Error('encodedList is not base64url multibase');
  const bits = zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  if (bits.length * 8 < 131_072) throw new Error('status list shorter than the minimum');
  const index = Number(entry.statusListIndex);
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new Error('index out of range');
  return (bits[Math.floor(index / 8)] ?? 0) & (0x80 >> index % 8) ? 'revoked' : 'valid';
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

/** The audit actions recorded on one target, oldest first. */
export async function auditActions(t: TestApp, targetId: string): Promise<string[]> {
  const r = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', targetId).orderBy('id').execute();
  return r.map((x) => x.action);
}

/** A person's certificate rows, straight from the table. */
export const certificateRows = (t: TestApp, userId: string) => t.ctx.db.selectFrom('certificates').selectAll().where('user_id', '=', userId).execute();
