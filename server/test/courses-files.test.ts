import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD, type MadeUser } from './factories';

let t: TestApp;
let creator: TestClient;
let reviewer: TestClient;
let publisher: TestClient;
let learner: TestClient;
let outsider: TestClient;
let courseId: string;

const MP4_HEAD = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
/** A file body: a real header followed by `size` bytes of a repeating pattern. */
const body = (head: Buffer, size: number) => Buffer.concat([head, Buffer.from(Array.from({ length: size }, (_, i) => i % 251))]);

/** Sends one file as multipart/form-data. */
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

/** A signed-in client for a made user. */
const signIn = (u: MadeUser) => t.client().signIn(u.email, TEST_PASSWORD);

beforeAll(async () => {
  t = await startTestApp({ work: false });
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_reviewer', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_publisher', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] }),
  ]);
  [creator, reviewer, publisher, learner, outsider] = await Promise.all([signIn(users[0]), signIn(users[1]), signIn(users[2]), signIn(users[3]), signIn(users[4])]);
  const created = await creator.post('/api/authoring/courses', {
    providerOrgId: await orgId(t.ctx, 'UP-SW'),
    languages: ['en'],
    texts: { en: { title: 'Video course', summary: 'With a video' } },
  });
  courseId = created.body.id;
});
afterAll(async () => {
  await t?.close();
});

describe('uploads', () => {
  it('refuses an oversized thumbnail with 413 FILE_TOO_LARGE', async () => {
    const res = await upload(creator, courseId, 'thumbnail', 'big.png', body(PNG_HEAD, 5 * 1024 * 1024 + 10));
    expect([res.status, res.body.error.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect(res.body.error.params.limitMb).toBe(5);
  });

  it('refuses a program renamed .mp4 and a video renamed .pdf with 415', async () => {
    const exe = await upload(creator, courseId, 'lesson', 'lecture.mp4', body(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 5000));
    expect([exe.status, exe.body.error.code]).toEqual([415, 'FILE_TYPE_NOT_ALLOWED']);
    const renamed = await upload(creator, courseId, 'lesson', 'notes.pdf', body(MP4_HEAD, 5000));
    expect(renamed.status).toBe(415);
    const videoThumb = await upload(creator, courseId, 'thumbnail', 'a.mp4', body(MP4_HEAD, 5000));
    expect(videoThumb.status).toBe(415);
  });

  it('refuses an empty file and uploads by people who do not author the course', async () => {
    const empty = await upload(creator, courseId, 'lesson', 'empty.pdf', Buffer.alloc(0));
    expect([empty.status, empty.body.error.code]).toEqual([400, 'FILE_EMPTY']);
    expect((await upload(outsider, courseId, 'lesson', 'v.mp4', body(MP4_HEAD, 100))).status).toBe(403);
    expect((await upload(learner, courseId, 'lesson', 'v.mp4', body(MP4_HEAD, 100))).status).toBe(403);
  });

  it('stores a video with its hash and streams byte ranges; drafts only to authors, then to learners once published', async () => {
    const bytes = body(MP4_HEAD, 200_000);
    const up = await upload(creator, courseId, 'lesson', 'lecture.mp4', bytes);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ mediaType: 'video/mp4', sizeBytes: bytes.length, originalName: 'lecture.mp4' });
    expect(up.body.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    const url = up.body.url as string;

    const whole = await creator.get(url);
    expect(whole.status).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.raw.rawPayload.equals(bytes)).toBe(true);
    const part = await reviewer.request('GET', url, undefined, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(part.raw.rawPayload.equals(bytes.subarray(1000, 2000))).toBe(true);
    const tail = await creator.request('GET', url, undefined, { headers: { range: 'bytes=-10' } });
    expect(tail.raw.rawPayload.equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const outside = await creator.request('GET', url, undefined, { headers: { range: `bytes=${bytes.length}-` } });
    expect(outside.status).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${bytes.length}`);

    expect((await learner.get(url)).status).toBe(403);
    expect((await t.client().get(url)).status).toBe(401);
    expect((await outsider.get(url)).status).toBe(403);

    const mod = await creator.post(`/api/authoring/courses/${courseId}/modules`, { titles: { en: 'Watch' } });
    const wrongKind = await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, { type: 'pdf', titles: { en: 'x' }, content: { en: { fileId: up.body.id } } });
    expect(wrongKind.body.error.code).toBe('LESSON_FILE_INVALID');
    await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, { type: 'video', titles: { en: 'Lecture' }, content: { en: { fileId: up.body.id, durationSeconds: 60 } } });
    const thumb = await upload(creator, courseId, 'thumbnail', 'cover.png', body(PNG_HEAD, 1000));
    expect(thumb.body.mediaType).toBe('image/png');
    expect((await creator.patch(`/api/authoring/courses/${courseId}/draft`, { thumbnailFileId: thumb.body.id })).status).toBe(200);
    await creator.post(`/api/authoring/courses/${courseId}/submit`);
    await reviewer.post(`/api/authoring/courses/${courseId}/approve`);
    expect((await publisher.post(`/api/authoring/courses/${courseId}/publish`)).status).toBe(200);

    const seek = await learner.request('GET', url, undefined, { headers: { range: 'bytes=0-99' } });
    expect(seek.status).toBe(206);
    expect(seek.raw.rawPayload.equals(bytes.subarray(0, 100))).toBe(true);
    expect((await t.client().get(url)).status).toBe(401);
    expect((await t.client().get(thumb.body.url)).status).toBe(200);
    expect((await t.client().get(`/api/courses/${courseId}`)).body.thumbnailUrl).toBe(thumb.body.url);
  });
});
