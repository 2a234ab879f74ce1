import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApp, type TestApp } from './harness';
import { certCourse, certLearner, completeCourse, waitForCertificate } from './certificate-helpers';
import { issueForCompletionJob } from '../src/modules/certificates/certificates.jobs';
import { issueCertificate } from '../src/modules/certificates/issue.service';
import { writeOutbox } from '../src/platform/outbox';

/* "Your certificate is ready": told once, in-app and by e-mail as the learner's preferences allow, in their language. */

let t: TestApp;
const meta = { retryCount: 0, retryLimit: 5 };

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const notices = (userId: string) =>
  t.ctx.db.selectFrom('messages').select(['channel', 'recipient', 'language', 'subject', 'body']).where('user_id', '=', userId).where('template', '=', 'certificate_ready').orderBy('channel').execute();

describe('certificate ready notice', () => {
  it('tells the learner in-app and by e-mail, in Hindi, with the number and the link, exactly once however often the job runs', async () => {
    const course = await certCourse(t, { titleHi: 'सूचना का अधिकार अधिनियम 2005', titleEn: 'Right to Information Act 2005' });
    const l = await certLearner(t, { language: 'hi' });
    await completeCourse(l.c, course, 'hi');
    const cert = await waitForCertificate(l.c, course.courseId);
    const sent = await eventually(async () => ((await notices(l.id)).length === 2 ? notices(l.id) : null));
    expect(sent.map((m) => m.channel)).toEqual(['email', 'inapp']);
    const email = sent[0];
    expect(email).toMatchObject({ recipient: l.email, language: 'hi', subject: 'क्षमता: "सूचना का अधिकार अधिनियम 2005" का आपका प्रमाणपत्र तैयार है' });
    expect(email?.body).toContain(cert.number);
    expect(email?.body).toContain(`${t.ctx.config.publicUrl}/my-certificates`);
    expect(email?.body).toMatch(/^प्रिय क्षमा त्रिवेदी वर्मा,/);

    // The learner sees it on the home page's list, in the language they read in.
    const inapp = await l.c.get('/api/me/notifications');
    expect(inapp.status).toBe(200);
    expect(inapp.body.find((n: { subject: string }) => n.subject.includes('प्रमाणपत्र तैयार'))).toBeTruthy();

    // Replays of the completion (the job again, in parallel, through the outbox) and a direct re-issue tell nobody again.
    const event = (
      await sql<{ payload: Record<string, unknown> }>`SELECT payload FROM outbox WHERE topic = 'course.completed' AND payload->>'userId' = ${l.id}`.execute(t.ctx.db)
    ).rows[0]?.payload;
    if (!event) throw new Error('no course.completed event');
    await issueForCompletionJob.handle(event as never, t.ctx, meta);
    await Promise.all(Array.from({ length: 4 }, () => issueForCompletionJob.handle(event as never, t.ctx, meta)));
    await t.ctx.db.transaction().execute((trx) => writeOutbox(trx, 'course.completed', event));
    await eventually(async () => (await t.ctx.db.selectFrom('outbox').select('id').where('dispatched_at', 'is', null).execute()).length === 0);
    expect(await issueCertificate(t.ctx, l.id, cert.id as string)).toBe('issued');
    await new Promise((r) => setTimeout(r, 500));
    expect((await notices(l.id)).length).toBe(2);
  });

  it('skips the e-mail when the learner turned e-mail off, and speaks English to an English reader', async () => {
    const course = await certCourse(t, { titleEn: 'Office Procedure Basics', titleHi: 'कार्यालय प्रक्रिया की मूल बातें' });
    const l = await certLearner(t, { language: 'en' });
    const prefs = await l.c.request('PATCH', '/api/me', { notificationPrefs: { email: false, sms: false, inapp: true } });
    expect(prefs.status).toBe(200);
    await completeCourse(l.c, course, 'en');
    await waitForCertificate(l.c, course.courseId);
    const sent = await eventually(async () => ((await notices(l.id)).length > 0 ? notices(l.id) : null));
    await new Promise((r) => setTimeout(r, 300));
    expect((await notices(l.id)).map((m) => m.channel)).toEqual(['inapp']);
    expect(sent[0]?.subject).toBe('Kshamata: your certificate for "Office Procedure Basics" is ready');
  });

  it('tells nobody while a certificate is not issued (a learner who has not completed gets nothing)', async () => {
    const course = await certCourse(t);
    const l = await certLearner(t);
    expect((await l.c.post(`/api/courses/${course.courseId}/enrol`)).status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 300));
    expect(await notices(l.id)).toEqual([]);
    expect((await l.c.get('/api/me/certificates')).body.items).toEqual([]);
  });
});
