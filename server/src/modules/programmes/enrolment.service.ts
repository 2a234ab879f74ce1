import type { Kysely, Transaction } from 'kysely';
import type { EnrolmentSource, Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { courseSummaries } from '../courses';
import { findUserById } from '../identity';
import { courseStatesOf, enrolLearner } from '../learning';
import { programmeError } from './programmes.messages';
import * as repo from './programmes.repo';
import { completionLanguage, completionTime, courseLines, programmeCredit, rollUp, type CourseLine } from './programmes.rules';
import { textsIn } from './programmes.presenter';

type Q = Kysely<DB> | Transaction<DB>;

export const PROGRAMME_COMPLETED = 'programme.completed';

/** Payload of the `programme.completed` outbox event (certificates, plans and reports consume it). */
export interface ProgrammeCompletedEvent {
  userId: string;
  programmeId: string;
  completedAt: string;
  language: Language;
  learningMinutes: number;
}

/** A programme enrolment and whether this call created it. */
export interface ProgrammeEnrolled {
  enrolment: repo.ProgrammeEnrolmentRow;
  created: boolean;
}

/** The programme's courses joined with the course facts and (for a learner) their course enrolments. */
export async function linesFor(db: Q, programmeId: string, userId: string | null, viewer: Actor | null): Promise<CourseLine[]> {
  const courses = (await repo.coursesOf(db, [programmeId])).get(programmeId) ?? [];
  const ids = courses.map((c) => c.courseId);
  const [summaries, states] = await Promise.all([courseSummaries(db, ids, viewer), userId ? courseStatesOf(db, userId, ids) : Promise.resolve(new Map())]);
  return courseLines(courses, summaries, states);
}

/**
 * Re-evaluates a learner's programme enrolment under its row lock; on the first evaluation that finds every
 * required course completed it marks the enrolment completed (compare-and-set on the status), counts the
 * completion and writes `programme.completed`, all in the caller's transaction. Replays and concurrent callers
 * wait on the lock and then find it completed, so the event is written exactly once.
 */
export async function settleProgramme(trx: Transaction<DB>, userId: string, programmeId: string): Promise<{ completed: boolean; justCompleted: boolean }> {
  const enrolment = await repo.lockProgrammeEnrolment(trx, userId, programmeId);
  if (!enrolment) return { completed: false, justCompleted: false };
  if (enrolment.status === 'completed') return { completed: true, justCompleted: false };
  const programme = await repo.findProgramme(trx, programmeId);
  if (!programme) return { completed: false, justCompleted: false };
  const lines = await linesFor(trx, programmeId, userId, null);
  if (!rollUp(lines).complete) return { completed: false, justCompleted: false };
  const user = await findUserById(trx, userId);
  const event: ProgrammeCompletedEvent = {
    userId,
    programmeId,
    completedAt: completionTime(lines, new Date(enrolment.enrolled_at)).toISOString(),
    language: completionLanguage(lines, user?.language ?? 'en'),
    learningMinutes: programmeCredit(programme.duration_minutes, lines),
  };
  const done = await repo.completeProgrammeEnrolment(trx, userId, programmeId, {
    completedAt: new Date(event.completedAt),
    language: event.language,
    learningMinutes: event.learningMinutes,
  });
  if (done) {
    await repo.bumpProgrammeCounter(trx, programmeId, 'completion_count');
    await writeOutbox(trx, PROGRAMME_COMPLETED, { ...event });
  }
  return { completed: true, justCompleted: done };
}

/** Settles a programme enrolment in a transaction of its own (the job, and reads that find it complete). */
export async function settleProgrammeNow(ctx: AppContext, userId: string, programmeId: string) {
  return ctx.db.transaction().execute((trx) => settleProgramme(trx, userId, programmeId));
}

type EnrolInput = { userId: string; programmeId: string; source: EnrolmentSource; dueAt?: Date | null; now?: Date };

async function enrol(trx: Transaction<DB>, input: EnrolInput, skip: ReadonlySet<string>, language: Language): Promise<ProgrammeEnrolled> {
  const programme = await repo.findProgramme(trx, input.programmeId);
  if (!programme || programme.status === 'draft') throw programmeError(404, 'PROGRAMME_NOT_FOUND');
  const existing = await repo.findProgrammeEnrolment(trx, input.userId, input.programmeId);
  if (!existing && programme.status === 'retired') throw programmeError(403, 'PROGRAMME_RETIRED', {}, [], 'PROGRAMME_NOT_ENROLLABLE');
  const lines = await linesFor(trx, input.programmeId, input.userId, null);
  const blocked = lines.find((l) => l.required && !l.available && l.status === 'not_enrolled');
  if (!existing && blocked) {
    throw programmeError(403, 'PROGRAMME_COURSE_UNAVAILABLE', { title: textsIn(blocked.summary?.texts, language).title }, [], 'PROGRAMME_NOT_ENROLLABLE');
  }
  const now = input.now ?? new Date();
  const created = await repo.insertProgrammeEnrolment(trx, { userId: input.userId, programmeId: input.programmeId, source: input.source, dueAt: input.dueAt ?? null, now });
  if (created) await repo.bumpProgrammeCounter(trx, input.programmeId, 'enrolment_count');
  else if (existing && input.source === 'assignment' && (existing.source !== 'assignment' || input.dueAt !== undefined)) {
    await repo.updateProgrammeEnrolment(trx, input.userId, input.programmeId, { source: 'assignment', due_at: input.dueAt ?? existing.due_at });
  }
  const dueAt = input.source === 'assignment' ? input.dueAt : undefined;
  for (const line of lines) {
    // Courses already enrolled in stay as they are (an assignment still sets their due date); unavailable ones are skipped.
    if (line.status === 'not_enrolled' && (!line.available || skip.has(line.courseId))) continue;
    await enrolLearner(trx, { userId: input.userId, courseId: line.courseId, source: input.source, dueAt, now });
  }
  await settleProgramme(trx, input.userId, input.programmeId);
  const enrolment = await repo.findProgrammeEnrolment(trx, input.userId, input.programmeId);
  if (!enrolment) throw new Error('programme enrolment vanished');
  return { enrolment, created };
}

/**
 * Enrols a learner in a published programme and, through the learning module, in each of its courses,
 * idempotently (for self-enrolment and training-plan assignments). An assignment over a self-enrolment turns it
 * into an assigned one with the plan's due date, on the programme and on its courses. When every required course
 * is already completed, the programme completes at once (`programme.completed` in this transaction).
 * 404 PROGRAMME_NOT_FOUND (unknown or draft), 403 PROGRAMME_NOT_ENROLLABLE (retired, or a required course retired).
 */
export async function enrolInProgramme(trx: Transaction<DB>, input: EnrolInput): Promise<ProgrammeEnrolled> {
  return enrol(trx, input, new Set(), 'en');
}

/**
 * Self-enrolment from the programme page. The learner must be allowed to see every required course
 * (moderated courses keep their audience rule: 403 PROGRAMME_NOT_ENROLLABLE naming the course); optional courses
 * they cannot see are skipped.
 */
export async function enrolSelfInProgramme(ctx: AppContext, actor: Actor, programmeId: string): Promise<ProgrammeEnrolled> {
  const existing = await repo.findProgrammeEnrolment(ctx.db, actor.userId, programmeId);
  if (existing) return { enrolment: existing, created: false };
  const programme = await repo.findProgramme(ctx.db, programmeId);
  if (!programme || programme.status === 'draft') throw programmeError(404, 'PROGRAMME_NOT_FOUND');
  if (programme.status === 'retired') throw programmeError(403, 'PROGRAMME_RETIRED', {}, [], 'PROGRAMME_NOT_ENROLLABLE');
  const lines = await linesFor(ctx.db, programmeId, actor.userId, actor);
  const hidden = lines.filter((l) => l.status === 'not_enrolled' && l.available && l.summary?.visible === false);
  const restricted = hidden.find((l) => l.required);
  if (restricted) {
    throw programmeError(403, 'PROGRAMME_RESTRICTED', { title: textsIn(restricted.summary?.texts, actor.language).title }, [], 'PROGRAMME_NOT_ENROLLABLE');
  }
  return ctx.db.transaction().execute((trx) =>
    enrol(trx, { userId: actor.userId, programmeId, source: 'self', now: ctx.clock.now() }, new Set(hidden.map((l) => l.courseId)), actor.language),
  );
}
