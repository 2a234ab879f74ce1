import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, testDatabaseKind, type TestApp } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { auditActions, certCourse, certificateRows, certifiedLearner, certLearner, completeCourse, multipart, pngBytes, waitForCertificate, zipEntryNames } from './certificate-helpers';
import { issueForCompletionJob } from '../src/modules/certificates/certificates.jobs';
import { normaliseCertificateNumber } from '../src/modules/certificates/certificate-number';
import { recordAssessmentResult } from '../src/modules/learning/progress.service';
import { writeOutbox } from '../src/platform/outbox';
import { forgetSigningKey } from '../src/modules/certificates/signing-keys';

let t: TestApp;
const meta = { retryCount: 0, retryLimit: 5 };

beforeAll(async () => {
  t = await startTestApp({ seed: true });
});
afterAll(async () => {
  await t?.close();
});

const admin = (email: string) => t.client('en').signIn(email, 'Kshamata@2026');
const rows = (userId: string) => certificateRows(t, userId);

describe('issuing on completion', () => {
  it('completing a course issues one certificate within 5 s, with the profile name in both languages and the title in the completion language', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t, { language: 'hi' });
    const started = Date.now();
    await completeCourse(l.c, course, 'hi');
    const cert = await waitForCertificate(l.c, course.courseId);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5_000);
    expect(cert).toMatchObject({ status: 'issued', kind: 'course', title: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन', learningHours: 1.5, failure: null });
    expect(cert.number).toMatch(/^KSH-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(normaliseCertificateNumber(cert.number)).toBe(cert.number);
    expect(cert.verifyUrl).toBe(`${t.ctx.config.publicUrl}/verify/${cert.number}`);
    const [row] = await rows(l.id);
    expect(row).toMatchObject({
      holder_name_en: 'Kshama Trivedi Verma',
      holder_name_hi: 'क्षमा त्रिवेदी वर्मा',
      designation_en: 'Tehsildar',
      holder_org_en: 'Tehsil Sadar, Lucknow',
      title_en: 'Disaster Management for District Officers',
      title_hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन',
      language: 'hi',
      learning_minutes: 90,
      issuer_name_en: 'Revenue Department',
      issuer_name_hi: 'राजस्व विभाग',
      status: 'issued',
    });
    expect(row?.competencies).toEqual([expect.objectContaining({ code: 'disaster-management', level: 2 })]);
    const issuedEvents = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox WHERE topic = 'certificate.issued' AND payload->>'userId' = ${l.id}`.execute(t.ctx.db);
    expect(issuedEvents.rows[0]?.n).toBe(1);
    console.log(`completion → issued: ${elapsed} ms (${testDatabaseKind()})`);
  });

  it('replayed events, retries and concurrent workers never make a second certificate', async () => {
    const course = await certCourse(t);
    const { l, cert: first } = await certifiedLearner(t, course);
    const event = (
      await sql<{ payload: Record<string, unknown> }>`SELECT payload FROM outbox WHERE topic = 'course.completed' AND payload->>'userId' = ${l.id}`.execute(t.ctx.db)
    ).rows[0]?.payload;
    if (!event) throw new Error('no course.completed event');
    // Replays through the job, sequentially and all at once (on PostgreSQL these run on separate connections).
    await issueForCompletionJob.handle(event as never, t.ctx, meta);
    await Promise.all(Array.from({ length: 8 }, () => issueForCompletionJob.handle(event as never, t.ctx, meta)));
    // And through the outbox again, as a relay that crashed after enqueueing would.
    await t.ctx.db.transaction().execute((trx) => writeOutbox(trx, 'course.completed', event));
    await eventually(async () => (await t.ctx.db.selectFrom('outbox').select('id').where('dispatched_at', 'is', null).execute()).length === 0);
    await new Promise((r) => setTimeout(r, 1_000));
    const all = await rows(l.id);
    expect(all).toHaveLength(1);
    expect(all[0]?.number).toBe(first.number);
    expect(await t.ctx.db.selectFrom('certificate_numbers').select('number').where('user_id', '=', l.id).execute()).toHaveLength(1);
  });

  it('a first completion raced by concurrent workers still creates exactly one', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t);
    const event = { userId: l.id, courseId: course.courseId, versionId: course.versionId, completedAt: new Date().toISOString(), language: 'en', learningMinutes: 90 };
    await t.ctx.db.insertInto('enrolments').values({ user_id: l.id, course_id: course.courseId, source: 'self', enrolled_at: new Date(), status: 'completed', completed_at: new Date(event.completedAt) }).execute();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => issueForCompletionJob.handle(event as never, t.ctx, meta)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const all = await rows(l.id);
    expect(all).toHaveLength(1);
    expect(all[0]?.status).toBe('issued');
  });

  it('tells the learner a fresh completion’s certificate is on its way before the issuing job has seen it', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t);
    // Written without its event, as a completion is for the moment before the outbox relay and the job pick it up.
    await t.ctx.db.insertInto('enrolments').values({ user_id: l.id, course_id: course.courseId, source: 'self', enrolled_at: t.ctx.clock.now(), status: 'completed', completed_at: t.ctx.clock.now() }).execute();
    const mine = await l.c.get('/api/me/certificates');
    expect(mine.body).toMatchObject({ items: [], awaiting: 1 });
    // Ten minutes on, a completion that never got one (a course without certificates) no longer keeps the page polling.
    t.clock.advance(11 * 60_000);
    try {
      expect((await l.c.get('/api/me/certificates')).body.awaiting).toBe(0);
    } finally {
      t.clock.advance(-11 * 60_000);
    }
  });
});

describe('criteria: a minimum final-assessment score', () => {
  it('creators of the course set it; others cannot; a learner below it is told why, and a better attempt issues it', async () => {
    const course = await certCourse(t, { lessons: [{ type: 'final_assessment', settings: { passMark: 50 } }] });
    const creator = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] });
    const cc = await t.client().signIn(creator.email, TEST_PASSWORD);
    const url = `/api/authoring/courses/${course.courseId}/certificate-criteria`;
    expect((await cc.get(url)).body).toMatchObject({ minFinalScorePercent: null, hasFinalAssessment: true, canEdit: true });
    expect((await cc.request('PUT', url, { minFinalScorePercent: 101 })).status).toBe(400);
    expect((await cc.request('PUT', url, { minFinalScorePercent: 80, extra: 1 })).status).toBe(400);
    const set = await cc.request('PUT', url, { minFinalScorePercent: 80 });
    expect(set.status).toBe(200);
    expect(set.body.minFinalScorePercent).toBe(80);
    expect(await auditActions(t, course.courseId)).toContain('certificate_criteria.updated');
    // A creator elsewhere, an MDO admin and a learner may not change it.
    const other = await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] });
    expect((await (await t.client().signIn(other.email, TEST_PASSWORD)).request('PUT', url, { minFinalScorePercent: 10 })).status).toBe(403);
    expect((await (await admin('nodal.revenue@up.gov.in')).request('PUT', url, { minFinalScorePercent: 10 })).status).toBe(403);

    const l = await certLearner(t, { language: 'hi' });
    expect((await l.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBe(201);
    const lessonKey = course.lessons[0]?.key ?? '';
    await recordAssessmentResult(t.ctx, { userId: l.id, courseId: course.courseId, lessonKey, passed: true, scorePercent: 60, attemptId: crypto.randomUUID() });
    const waiting = await waitForCertificate(l.c, course.courseId, ['not_eligible']);
    expect(waiting.failure).toMatchObject({ code: 'SCORE_BELOW_MINIMUM' });
    expect(waiting.failure.message).toBe('अंतिम मूल्यांकन का सर्वश्रेष्ठ अंक, 60%, इस पाठ्यक्रम के प्रमाणपत्र के लिए आवश्यक 80% से कम है।');
    const seenByAdmin = await (await admin('nodal.revenue@up.gov.in')).get(`/api/admin/certificates/${waiting.number}`);
    expect(seenByAdmin.body.failure.message).toBe('The best final-assessment score, 60 %, is below the 80 % this course’s certificate needs.');
    // A better attempt (its assessment.submitted event) issues it.
    const attemptId = crypto.randomUUID();
    await recordAssessmentResult(t.ctx, { userId: l.id, courseId: course.courseId, lessonKey, passed: true, scorePercent: 85, attemptId });
    await t.ctx.db.transaction().execute((trx) =>
      writeOutbox(trx, 'assessment.submitted', { userId: l.id, courseId: course.courseId, lessonKey, attemptId, passed: true, scorePercent: 85 }),
    );
    const issued = await waitForCertificate(l.c, course.courseId);
    expect(issued.failure).toBeNull();
    expect(await rows(l.id)).toHaveLength(1);
  });
});

describe('failures: visible, retried, re-queued by the admin', () => {
  it('a certificate that cannot be signed is failed with the reason; the holder’s admin queues it again and it is issued', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const key = await t.ctx.db.selectFrom('certificate_signing_keys').selectAll().where('status', '=', 'active').executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('certificate_signing_keys').set({ encrypted: true, private_key: 'v1:AAAA:AAAA:AAAA' }).where('id', '=', key.id).execute();
    forgetSigningKey(t.ctx.db);
    const event = { userId: l.id, courseId: course.courseId, versionId: course.versionId, completedAt: new Date().toISOString(), language: 'en', learningMinutes: 90 };
    try {
      await expect(issueForCompletionJob.handle(event as never, t.ctx, meta)).rejects.toThrow();
    } finally {
      await t.ctx.db.updateTable('certificate_signing_keys').set({ encrypted: key.encrypted, private_key: key.private_key }).where('id', '=', key.id).execute();
      forgetSigningKey(t.ctx.db);
    }
    const mine = (await l.c.get('/api/me/certificates')).body.items[0];
    expect(mine).toMatchObject({ status: 'failed', failure: { code: 'SIGNING_UNAVAILABLE' }, title: 'Disaster Management for District Officers' });
    const [row] = await rows(l.id);
    expect(row?.attempts).toBe(1);

    // Their admin (Social Welfare) sees it failed; another department's admin does not see it at all.
    const sw = await admin('nodal.sw@up.gov.in');
    const listed = await sw.get('/api/admin/certificates?status=failed');
    expect(listed.body.items.map((i: { number: string }) => i.number)).toContain(mine.number);
    expect(listed.body.items.find((i: { number: string }) => i.number === mine.number).permissions).toMatchObject({ requeue: true, reissue: true, revoke: false });
    const health = await admin('nodal.health@up.gov.in');
    expect((await health.get('/api/admin/certificates?status=failed')).body.items.map((i: { number: string }) => i.number)).not.toContain(mine.number);
    expect((await health.post(`/api/admin/certificates/${mine.number}/requeue`)).status).toBe(404);
    expect((await l.c.post(`/api/admin/certificates/${mine.number}/requeue`)).status).toBe(403);

    const requeued = await sw.post(`/api/admin/certificates/${mine.number}/requeue`);
    expect(requeued.status).toBe(200);
    expect(await auditActions(t, mine.id)).toContain('certificate.requeued');
    const issued = await waitForCertificate(l.c, course.courseId);
    expect(issued.number).toBe(mine.number);
    const again = await sw.post(`/api/admin/certificates/${mine.number}/requeue`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CERTIFICATE_NOT_REQUEUEABLE');
  });
});

describe('organisation templates', () => {
  it('the MDO admin sets signatory, logo and signature with type and size checks; the nearest ancestor’s template applies', async () => {
    const rev = await admin('nodal.revenue@up.gov.in');
    const revId = await orgId(t.ctx, 'UP-REV');
    const base = `/api/admin/certificate-templates/${revId}`;
    const put = await rev.request('PUT', base, {
      signatoryName: { en: 'Sanjay Tripathi', hi: 'संजय त्रिपाठी' },
      signatoryDesignation: { en: 'Additional District Magistrate', hi: 'अपर ज़िलाधिकारी' },
    });
    expect(put.status).toBe(200);
    expect(put.body.own.signatoryName).toEqual({ en: 'Sanjay Tripathi', hi: 'संजय त्रिपाठी' });
    const upload = (image: string, name: string, bytes: Buffer, who = rev) => {
      const { payload, headers } = multipart(name, bytes);
      return who.request('POST', `${base}/${image}`, undefined, { payload, headers });
    };
    expect((await upload('logo', 'logo.png', pngBytes(64, 64))).status).toBe(200);
    expect((await upload('signature', 'sign.jpg', pngBytes(120, 40))).status).toBe(415);
    const signed = await upload('signature', 'sign.png', pngBytes(120, 40, [20, 20, 80]));
    expect(signed.status).toBe(200);
    expect(signed.body.own).toMatchObject({ logoUrl: `${base}/logo`, signatureUrl: `${base}/signature` });
    const notImage = await upload('logo', 'logo.png', Buffer.from('this is plain text, not a picture'));
    expect([notImage.status, notImage.body.error.code]).toEqual([415, 'IMAGE_TYPE_NOT_ALLOWED']);
    const huge = await upload('logo', 'logo.png', Buffer.concat([pngBytes(8, 8), Buffer.alloc(1024 * 1024 + 10)]));
    expect([huge.status, huge.body.error.code]).toEqual([413, 'IMAGE_TOO_LARGE']);
    expect((await upload('logo', 'empty.png', Buffer.alloc(0))).status).toBe(400);
    expect((await upload('banner', 'logo.png', pngBytes())).status).toBe(400);
    // Another department's admin and a learner cannot touch it.
    const sw = await admin('nodal.sw@up.gov.in');
    expect((await sw.request('PUT', base, { signatoryName: {}, signatoryDesignation: {} })).status).toBe(403);
    expect((await upload('logo', 'logo.png', pngBytes(), sw)).status).toBe(403);
    const image = await rev.get(`${base}/logo`);
    expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await auditActions(t, revId)).filter((a) => a.startsWith('certificate_template.'))).toEqual(
      expect.arrayContaining(['certificate_template.updated', 'certificate_template.image_uploaded']),
    );
    // A course provided by the Board of Revenue (under the department) uses the department's template.
    const borId = await orgId(t.ctx, 'UP-REV-BOR');
    const inherited = await rev.get(`/api/admin/certificate-templates/${borId}`);
    expect(inherited.body).toMatchObject({ own: null, inheritedFrom: { orgId: revId }, effective: { orgId: revId } });
    const preview = await rev.get(`/api/admin/certificate-templates/${borId}/preview.pdf`);
    expect([preview.status, preview.headers['content-type']]).toEqual([200, 'application/pdf']);
    const course = await certCourse(t, { provider: 'UP-REV-BOR' });
    const { l, cert } = await certifiedLearner(t, course);
    const [row] = await rows(l.id);
    expect(row?.template).toMatchObject({ fromOrgId: revId, signatoryName: { en: 'Sanjay Tripathi' } });
    expect(row?.issuer_name_en).toBe('Board of Revenue');
    const pdf = await l.c.get(`/api/me/certificates/${cert.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const bytes = pdf.raw.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(2);
    // Replacing the logo later does not change an issued certificate: its snapshot names the old image.
    await upload('logo', 'logo.png', pngBytes(64, 64, [200, 0, 0]));
    const again = await l.c.get(`/api/me/certificates/${cert.id}/pdf`);
    // The same objects, images included. pdfkit writes a PNG with alpha when its pixels are decoded (asynchronously),
    // so the logo's and the signature's objects may come in either order and with swapped numbers: the objects are
    // compared as a set, their numbers and references left out.
    const pdfObjects = (pdf: Buffer) =>
      (pdf.toString('latin1').match(/\d+ 0 obj[\s\S]*?endobj/g) ?? []).map((o) => o.replace(/^\d+ 0 obj/, 'obj').replace(/\d+ 0 R/g, 'R')).sort();
    expect(pdfObjects(again.raw.rawPayload).length).toBeGreaterThan(10);
    expect(pdfObjects(again.raw.rawPayload)).toEqual(pdfObjects(bytes));
  });
});

describe('learner and admin downloads', () => {
  it('only the holder downloads their PDF; the admin list filters by course, status, dates and org; the zip streams an org’s certificates', async () => {
    const course = await certCourse(t, { provider: 'UP-SW' });
    const a = await certLearner(t, { org: 'UP-SW-LKO', designation: 'DSWO' });
    const b = await certLearner(t, { org: 'UP-SW-VNS', designation: 'DSWO' });
    await completeCourse(a.c, course);
    await completeCourse(b.c, course);
    const ca = await waitForCertificate(a.c, course.courseId);
    await waitForCertificate(b.c, course.courseId);
    expect((await b.c.get(`/api/me/certificates/${ca.id}/pdf`)).status).toBe(404);
    expect((await t.client().get('/api/me/certificates')).status).toBe(401);
    expect((await a.c.get(`/api/admin/certificates/${ca.number}`)).status).toBe(403);
    expect((await a.c.get(`/api/admin/certificates/${ca.number}/pdf`)).status).toBe(403);
    expect((await b.c.get(`/api/me/certificates/${ca.id}/credential`)).status).toBe(404);
    const pdf = await a.c.get(`/api/me/certificates/${ca.id}/pdf?download=true`);
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${ca.number}.pdf"`);

    const sw = await admin('nodal.sw@up.gov.in');
    // Today on the platform's clock (earlier tests in this file move it forward), as a date in India.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(t.clock.now());
    const lko = await orgId(t.ctx, 'UP-SW-LKO');
    const list = await sw.get(`/api/admin/certificates?subjectId=${course.courseId}&status=issued&from=${today}&to=${today}&orgId=${lko}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { number: string }) => i.number)).toEqual([ca.number]);
    expect(list.body.items[0]).toMatchObject({ holderName: { en: 'Kshama Trivedi Verma' }, permissions: { revoke: true, reissue: true } });
    expect((await sw.get(`/api/admin/certificates?subjectId=${course.courseId}&from=2020-01-01&to=2020-01-31`)).body.total).toBe(0);
    expect((await sw.get(`/api/admin/certificates?orgId=${await orgId(t.ctx, 'UP-REV')}`)).status).toBe(403);
    expect((await sw.get('/api/admin/certificates?status=bogus')).status).toBe(400);
    expect((await a.c.get('/api/admin/certificates')).status).toBe(403);

    const swId = await orgId(t.ctx, 'UP-SW');
    const zip = await sw.get(`/api/admin/certificates/export.zip?orgId=${swId}&from=${today}&to=${today}`);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const names = zipEntryNames(zip.raw.rawPayload);
    expect(names).toEqual(expect.arrayContaining([`${ca.number}.pdf`, `${ca.number}.credential.json`, 'index.csv']));
    expect(names.filter((n) => n.endsWith('.pdf')).length).toBeGreaterThanOrEqual(2);
    expect((await sw.get(`/api/admin/certificates/export.zip?orgId=${swId}&from=${today}&to=2020-01-01`)).status).toBe(400);
    expect((await sw.get(`/api/admin/certificates/export.zip?orgId=${await orgId(t.ctx, 'UP-MH')}&from=${today}&to=${today}`)).status).toBe(403);
  });
});

describe('curated programmes', () => {
  it('completing a programme issues a programme certificate (once) besides its courses’ certificates', async () => {
    const author = await makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }, { role: 'content_publisher', org: 'UP-REV' }] });
    const ac = await t.client().signIn(author.email, TEST_PASSWORD);
    const c1 = await certCourse(t, { titleEn: 'RTI Act 2005', titleHi: 'सूचना का अधिकार अधिनियम 2005', competencies: [{ code: 'rti', level: 2 }] });
    const c2 = await certCourse(t, { competencies: [{ code: 'disaster-management', level: 1 }, { code: 'rti', level: 1 }] });
    const code = `cert-prog-${crypto.randomBytes(3).toString('hex')}`;
    const created = await ac.post('/api/authoring/programmes', {
      code,
      providerOrgId: await orgId(t.ctx, 'UP-REV'),
      texts: { en: { title: 'District Officer Essentials', summary: 'Two courses' }, hi: { title: 'ज़िला अधिकारी अनिवार्यताएँ', summary: 'दो पाठ्यक्रम' } },
      courses: [{ courseId: c1.courseId }, { courseId: c2.courseId }],
    });
    expect(created.status).toBe(201);
    expect((await ac.post(`/api/authoring/programmes/${created.body.id}/publish`)).status).toBe(200);
    const l = await certLearner(t, { language: 'hi' });
    expect([200, 201]).toContain((await l.c.post(`/api/programmes/${code}/enrol`)).status);
    await completeCourse(l.c, c1, 'hi');
    await completeCourse(l.c, c2, 'hi');
    const cert = await waitForCertificate(l.c, created.body.id);
    expect(cert).toMatchObject({ kind: 'programme', title: 'ज़िला अधिकारी अनिवार्यताएँ' });
    const row = (await rows(l.id)).find((r) => r.kind === 'programme');
    expect(row).toMatchObject({ title_en: 'District Officer Essentials', issuer_name_en: 'Revenue Department', version_id: null });
    expect(row?.competencies.map((k) => [k.code, k.level]).sort()).toEqual([['disaster-management', 1], ['rti', 2]]);
    expect((await rows(l.id)).filter((r) => r.kind === 'course')).toHaveLength(2);
    // Replays of programme.completed change nothing.
    const event = (await sql<{ payload: Record<string, unknown> }>`SELECT payload FROM outbox WHERE topic = 'programme.completed' AND payload->>'userId' = ${l.id}`.execute(t.ctx.db)).rows[0]?.payload;
    expect(event).toBeDefined();
    await Promise.all([1, 2, 3].map(() => issueForCompletionJob.handle(event as never, t.ctx, meta)));
    expect((await rows(l.id)).filter((r) => r.kind === 'programme')).toHaveLength(1);
    const pdf = await l.c.get(`/api/me/certificates/${cert.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await t.client().get(`/api/v1/certificates/${cert.number}/verify`)).body).toMatchObject({ status: 'valid', kind: 'programme', title: { en: 'District Officer Essentials' } });
  });
});
