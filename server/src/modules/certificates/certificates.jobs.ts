import type { Language } from '../../db/column-types';
import type { JobDefinition } from '../../platform/jobs';
import { certificatesOf } from './certificates.repo';
import { CERTIFICATE_REQUESTED, ensurePending, issueCertificate, type Completion } from './issue.service';

/** `course.completed` or `programme.completed`, as the outbox relay delivers them. */
interface CompletionEvent {
  userId: string;
  courseId?: string;
  versionId?: string;
  programmeId?: string;
  completedAt: string;
  language: Language;
  learningMinutes: number;
}

function completionOf(e: CompletionEvent): Completion | null {
  const subjectId = e.courseId ?? e.programmeId;
  if (!subjectId || !e.userId || !e.completedAt) return null;
  return {
    userId: e.userId,
    kind: e.courseId ? 'course' : 'programme',
    subjectId,
    versionId: e.courseId ? (e.versionId ?? null) : null,
    completedAt: new Date(e.completedAt),
    language: e.language === 'hi' ? 'hi' : 'en',
    learningMinutes: Math.max(0, Math.round(Number(e.learningMinutes) || 0)),
  };
}

/**
 * One certificate per completion: records it pending (a no-op when it exists), then issues it. Replays and retries
 * find the same row and leave an issued one alone; a failure is recorded on the row and retried with back-off.
 */
export const issueForCompletionJob: JobDefinition<CompletionEvent> = {
  name: 'certificates.issue-for-completion',
  topics: ['course.completed', 'programme.completed'],
  retryLimit: 6,
  // One certificate takes well under a second: a job active for a minute is stuck, so it is retried.
  expireInSeconds: 60,
  // A learning week's backlog: four batches at a time keep the pool's connections busy while each job waits on I/O.
  batchSize: 10,
  concurrency: 4,
  async handle(event, ctx) {
    const completion = completionOf(event);
    if (!completion) {
      ctx.log.warn({ job: 'certificates.issue-for-completion' }, 'completion event without user or subject ignored');
      return;
    }
    const { certificate } = await ensurePending(ctx, completion);
    await issueCertificate(ctx, certificate.user_id, certificate.id, undefined, certificate);
  },
};

/** Issues a certificate queued again by an admin, or a reissue after a name correction. */
export const issueRequestedJob: JobDefinition<{ userId: string; certificateId: string }> = {
  name: 'certificates.issue-requested',
  topics: [CERTIFICATE_REQUESTED],
  retryLimit: 6,
  expireInSeconds: 60,
  async handle({ userId, certificateId }, ctx) {
    await issueCertificate(ctx, userId, certificateId);
  },
};

/**
 * A learner below a course's minimum certificate score may retake the final assessment: a new submitted attempt
 * re-checks their not-eligible certificates of that course, counting the attempt's score even if learning has not
 * recorded it yet.
 */
export const recheckAfterAssessmentJob: JobDefinition<{ userId: string; courseId: string; lessonKey: string; passed: boolean; scorePercent: number }> = {
  name: 'certificates.recheck-after-assessment',
  topics: ['assessment.submitted'],
  expireInSeconds: 60,
  async handle(event, ctx) {
    const waiting = (await certificatesOf(ctx.db, event.userId)).filter(
      (c) => c.kind === 'course' && c.subject_id === event.courseId && c.status === 'not_eligible',
    );
    for (const c of waiting) {
      await issueCertificate(ctx, c.user_id, c.id, event.passed ? { lessonKey: event.lessonKey, scorePercent: event.scorePercent } : undefined);
    }
  },
};
