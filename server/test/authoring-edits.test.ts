import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';

/* The course editor's screens: editing questions of every type, the thumbnail and the moderated audience. */

let t: TestApp;
let creator: TestClient;
let reviewer: TestClient;
let learner: TestClient;

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function upload(client: TestClient, id: string, purpose: string, name: string, bytes: Buffer) {
  const boundary = `----ksh${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/authoring/courses/${id}/files?purpose=${purpose}`, undefined, {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

/** A draft course (in the given languages) with one module and one quiz lesson; returns the ids. */
async function draftWithQuiz(languages: ('en' | 'hi')[]) {
  const texts = Object.fromEntries(languages.map((l) => [l, { title: `Quiz course ${l}`, summary: 'Summary' }]));
  const created = await creator.post('/api/authoring/courses', { providerOrgId: await orgId(t.ctx, 'UP-REV'), languages, texts });
  expect(created.status).toBe(201);
  const mod = await creator.post(`/api/authoring/courses/${created.body.id}/modules`, { titles: { en: 'One', hi: 'एक' } });
  const titles = Object.fromEntries(languages.map((l) => [l, l === 'en' ? 'Check' : 'जाँच']));
  const lesson = await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, { type: 'quiz', titles });
  return { courseId: created.body.id as string, lessonKey: lesson.body.key as string };
}

const both = (en: string, hi: string) => ({ en, hi });
const opt = (en: string, hi: string, correct: boolean) => ({ text: both(en, hi), correct });

/** One question of each type as first written, and as edited (new texts, a different key, new explanation). */
const EDITS: [Record<string, unknown>, Record<string, unknown>][] = [
  [
    { type: 'single_choice', prompt: both('RTI reply time?', 'आरटीआई उत्तर समय?'), explanation: both('Section 7.', 'धारा 7।'), options: [opt('30 days', '30 दिन', true), opt('90 days', '90 दिन', false)] },
    { type: 'single_choice', prompt: both('RTI first appeal time?', 'प्रथम अपील का समय?'), explanation: both('Section 19(1).', 'धारा 19(1)।'), points: 2, options: [opt('15 days', '15 दिन', false), opt('30 days', '30 दिन', true), opt('60 days', '60 दिन', false)] },
  ],
  [
    { type: 'multiple_choice', prompt: both('Safe in lightning?', 'बिजली में सुरक्षित?'), explanation: both('Closed shells.', 'बंद ढाँचे।'), options: [opt('Car', 'कार', true), opt('Tree', 'पेड़', false)] },
    { type: 'multiple_choice', prompt: both('Unsafe in lightning?', 'बिजली में असुरक्षित?'), explanation: both('Tall and open.', 'ऊँचे और खुले।'), options: [opt('Car', 'कार', false), opt('Tree', 'पेड़', true), opt('Open field', 'खुला मैदान', true)] },
  ],
  [
    { type: 'true_false', prompt: both('POSH applies to offices.', 'पॉश कार्यालयों पर लागू है।'), explanation: both('Yes.', 'हाँ।'), answer: true },
    { type: 'true_false', prompt: both('POSH excludes contract staff.', 'पॉश संविदा कर्मियों पर लागू नहीं।'), explanation: both('It covers them.', 'उन पर भी लागू है।'), answer: false },
  ],
  [
    { type: 'fill_text', prompt: both('Portal for purchase?', 'खरीद का पोर्टल?'), explanation: both('GeM.', 'जेम।'), accepted: { en: ['GeM'], hi: ['जेम'] } },
    { type: 'fill_text', prompt: both('Portal for RTI online?', 'ऑनलाइन आरटीआई पोर्टल?'), explanation: both('rtionline.', 'आरटीआई ऑनलाइन।'), accepted: { en: ['RTI Online', 'rtionline'], hi: ['आरटीआई ऑनलाइन'] } },
  ],
  [
    { type: 'fill_numeric', prompt: both('Days to reply?', 'उत्तर के दिन?'), explanation: both('30.', '30।'), value: 30, tolerance: 0 },
    { type: 'fill_numeric', prompt: both('Fee in rupees?', 'शुल्क (रुपये)?'), explanation: both('Ten rupees.', 'दस रुपये।'), value: 10, tolerance: 0.5 },
  ],
  [
    { type: 'match', prompt: both('Match the acts.', 'अधिनियम मिलाएँ।'), explanation: both('Years.', 'वर्ष।'), pairs: [{ left: both('RTI', 'आरटीआई'), right: both('2005', '२००५') }, { left: both('POSH', 'पॉश'), right: both('2013', '२०१३') }] },
    { type: 'match', prompt: both('Match the portals.', 'पोर्टल मिलाएँ।'), explanation: both('Each has one job.', 'हर एक का एक काम।'), pairs: [{ left: both('GeM', 'जेम'), right: both('Purchase', 'खरीद') }, { left: both('iGOT', 'आईगॉट'), right: both('Training', 'प्रशिक्षण') }, { left: both('CPGRAMS', 'सीपीग्राम्स'), right: both('Grievances', 'शिकायतें') }] },
  ],
];

/** Drops the server-given ids so a question can be compared with what was sent. */
function content(q: Record<string, unknown>) {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(strip);
    if (!x || typeof x !== 'object') return x;
    const keys = Object.keys(x).sort().join();
    // A match item comes back as {id, text}; an option as {id, text, correct}.
    if (keys === 'id,text') return strip((x as { text: unknown }).text);
    return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'id').map(([k, v]) => [k, strip(v)]));
  };
  const { id: _id, lessonKey: _k, position: _p, ...rest } = q;
  return strip(rest);
}

beforeAll(async () => {
  t = await startTestApp({ work: false });
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] }),
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_reviewer', org: 'UP-REV' }] }),
    makeUser(t.ctx, { org: 'UP-REV-LKO' }),
  ]);
  const [c, r, l] = await Promise.all(users.map((u) => t.client().signIn(u.email, TEST_PASSWORD)));
  if (!c || !r || !l) throw new Error('sign-in failed');
  [creator, reviewer, learner] = [c, r, l];
});
afterAll(async () => {
  await t?.close();
});

describe('editing questions', () => {
  it('edits a question of every type, explanations and both languages included, and keeps its place', async () => {
    const { courseId, lessonKey } = await draftWithQuiz(['en', 'hi']);
    const base = `/api/authoring/courses/${courseId}/questions`;
    const ids: string[] = [];
    for (const [first] of EDITS) ids.push((await creator.post(base, { ...first, lessonKey })).body.id);
    for (const [i, [, edited]] of EDITS.entries()) {
      const res = await creator.patch(`/api/authoring/questions/${ids[i]}`, edited);
      expect(res.status).toBe(200);
      expect(content(res.body)).toEqual(content({ points: 1, ...edited }));
      expect(res.body.position).toBe(i + 1);
    }
    const list = (await creator.get(`${base}?lessonKey=${lessonKey}`)).body.questions;
    expect(list.map((q: Record<string, unknown>) => content(q))).toEqual(EDITS.map(([, e]) => content({ points: 1, ...e })));
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'question.updated').execute();
    expect(audit.length).toBeGreaterThanOrEqual(EDITS.length);
  });

  it('changes a question’s type, and refuses an edit that drops a course language or breaks its type’s rules', async () => {
    const { courseId, lessonKey } = await draftWithQuiz(['en', 'hi']);
    const [single, match] = [EDITS[0]?.[0], EDITS[5]?.[1]];
    const id = (await creator.post(`/api/authoring/courses/${courseId}/questions`, { ...single, lessonKey })).body.id;
    const retyped = await creator.patch(`/api/authoring/questions/${id}`, match);
    expect(retyped.body).toMatchObject({ type: 'match' });
    expect(retyped.body.pairs).toHaveLength(3);
    const fields = async (body: unknown) => {
      const res = await creator.patch(`/api/authoring/questions/${id}`, body);
      expect(res.status).toBe(400);
      return res.body.error.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`);
    };
    expect(await fields({ ...single, explanation: { en: 'Only English' } })).toEqual(['explanation.hi:TEXT_MISSING']);
    expect(await fields({ ...single, options: [opt('a', 'क', false), opt('b', 'ख', false)] })).toEqual(['options:ONE_CORRECT']);
    expect(await fields({ type: 'fill_numeric', prompt: both('x', 'क'), explanation: both('y', 'ख'), value: 1, tolerance: -2 })).toEqual(['tolerance:minimum']);
    // Unchanged after the refusals.
    const still = (await creator.get(`/api/authoring/courses/${courseId}/questions`)).body.questions[0];
    expect(still.type).toBe('match');
  });

  it('needs only the course’s own languages: an English-only course edits in English', async () => {
    const { courseId, lessonKey } = await draftWithQuiz(['en']);
    const id = (await creator.post(`/api/authoring/courses/${courseId}/questions`, { type: 'true_false', lessonKey, prompt: { en: 'Yes?' }, explanation: { en: 'Yes.' }, answer: true })).body.id;
    const res = await creator.patch(`/api/authoring/questions/${id}`, { type: 'fill_text', prompt: { en: 'Name it.' }, explanation: { en: 'It is GeM.' }, accepted: { en: ['GeM'] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ type: 'fill_text', accepted: { en: ['GeM'] } });
  });

  it('lets only a content creator of the provider edit or delete, and only in a draft', async () => {
    const { courseId, lessonKey } = await draftWithQuiz(['en', 'hi']);
    const id = (await creator.post(`/api/authoring/courses/${courseId}/questions`, { ...EDITS[2]?.[0], lessonKey })).body.id;
    for (const client of [reviewer, learner]) {
      expect((await client.patch(`/api/authoring/questions/${id}`, EDITS[2]?.[1])).status).toBe(403);
      expect((await client.delete(`/api/authoring/questions/${id}`)).status).toBe(403);
    }
    expect((await creator.patch('/api/authoring/questions/00000000-0000-4000-8000-000000000000', EDITS[2]?.[1])).status).toBe(404);
    expect((await creator.delete(`/api/authoring/questions/${id}`)).status).toBe(204);
    expect((await creator.get(`/api/authoring/courses/${courseId}/questions`)).body.questions).toEqual([]);
  });
});

describe('thumbnail and audience', () => {
  it('sets an uploaded image as the thumbnail and refuses anything else with a field error', async () => {
    const { courseId } = await draftWithQuiz(['en', 'hi']);
    const image = await upload(creator, courseId, 'thumbnail', 'cover.png', Buffer.concat([PNG_HEAD, Buffer.alloc(500, 7)]));
    expect(image.status).toBe(201);
    const set = await creator.patch(`/api/authoring/courses/${courseId}/draft`, { thumbnailFileId: image.body.id });
    expect(set.body.version.thumbnailFileId).toBe(image.body.id);

    const pdf = await upload(creator, courseId, 'lesson', 'notes.pdf', PDF);
    expect(pdf.status).toBe(201);
    const refused = await creator.patch(`/api/authoring/courses/${courseId}/draft`, { thumbnailFileId: pdf.body.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('THUMBNAIL_INVALID');
    expect(refused.body.error.fields[0]).toMatchObject({ field: 'thumbnailFileId', code: 'THUMBNAIL_INVALID' });
    const hindiCreator = await t.client('hi').signIn((await makeUser(t.ctx, { org: 'UP-REV', language: 'hi', roles: [{ role: 'content_creator', org: 'UP-REV' }] })).email, TEST_PASSWORD);
    const hindi = await hindiCreator.patch(`/api/authoring/courses/${courseId}/draft`, { thumbnailFileId: pdf.body.id });
    expect(hindi.body.error.message).toContain('थंबनेल');
    const wrongType = await upload(creator, courseId, 'thumbnail', 'notes.pdf', PDF);
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', params: { allowed: 'png, jpg, jpeg, webp' } });

    const cleared = await creator.patch(`/api/authoring/courses/${courseId}/draft`, { thumbnailFileId: null });
    expect(cleared.body.version.thumbnailFileId).toBeNull();
  });

  it('sets the moderated audience (creator or publisher), checks the organisations and audits it', async () => {
    const { courseId } = await draftWithQuiz(['en', 'hi']);
    const sw = await orgId(t.ctx, 'UP-SW');
    const ok = await creator.request('PUT', `/api/authoring/courses/${courseId}/audience`, { moderated: true, orgIds: [sw] });
    expect(ok.body).toMatchObject({ moderated: true, audienceOrgIds: [sw] });
    const unknown = await creator.request('PUT', `/api/authoring/courses/${courseId}/audience`, { moderated: true, orgIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(400);
    expect((await reviewer.request('PUT', `/api/authoring/courses/${courseId}/audience`, { moderated: false, orgIds: [] })).status).toBe(403);
    expect((await learner.request('PUT', `/api/authoring/courses/${courseId}/audience`, { moderated: false, orgIds: [] })).status).toBe(403);
    const open = await creator.request('PUT', `/api/authoring/courses/${courseId}/audience`, { moderated: false, orgIds: [] });
    expect(open.body).toMatchObject({ moderated: false, audienceOrgIds: [] });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'course.audience_set').execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
