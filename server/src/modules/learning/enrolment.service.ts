import type { Transaction } from 'kysely';
import type { EnrolmentSource } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { canSeeCourse } from '../courses';
import { learningFail } from './learning.messages';
import { bumpCourseCounter, courseGate, findEnrolment, insertEnrolment, updateEnrolment, type EnrolmentRow } from './learning.repo';

export const COURSE_ENROLLED = 'course.enrolled';

/** Payload of the `course.enrolled` outbox event, written once when an enrolment is created (reports consume it). */
export interface CourseEnrolledEvent {
  userId: string;
  courseId: string;
  source: EnrolmentSource;
  enrolledAt: string;
}

/** An enrolment and whether this call created it. */
export interface Enrolled {
  enrolment: EnrolmentRow;
  created: boolean;
}

/** 404 unless the course exists and is published; 403 COURSE_NOT_ENROLLABLE when retired. */
async function requireEnrollable(trx: Transaction<DB>, courseId: string): Promise<void> {
  const course = await courseGate(trx, courseId);
  if (!course?.published_version_id) throw learningFail(404, 'COURSE_NOT_FOUND');
  if (course.retired_at) throw learningFail(403, 'COURSE_RETIRED', {}, 'COURSE_NOT_ENROLLABLE');
}

/**
 * Enrols a learner in a published course, idempotently (for self-enrolment and training-plan assignments).
 * An assignment on top of a self-enrolment turns it into an assigned one with the plan's due date.
 */
export async function enrolLearner(
  trx: Transaction<DB>,
  input: { userId: string; courseId: string; source: EnrolmentSource; dueAt?: Date | null; now?: Date },
): Promise<Enrolled> {
  const existing = await findEnrolment(trx, input.userId, input.courseId);
  if (existing) {
    if (input.source === 'assignment' && (existing.source !== 'assignment' || input.dueAt !== undefined)) {
      await updateEnrolment(trx, input.userId, input.courseId, { source: 'assignment', due_at: input.dueAt ?? existing.due_at });
      return { enrolment: { ...existing, source: 'assignment', due_at: input.dueAt ?? existing.due_at }, created: false };
    }
    return { enrolment: existing, created: false };
  }
  await requireEnrollable(trx, input.courseId);
  const enrolledAt = input.now ?? new Date();
  const created = await insertEnrolment(trx, { userId: input.userId, courseId: input.courseId, source: input.source, dueAt: input.dueAt ?? null, now: enrolledAt });
  if (created) {
    await bumpCourseCounter(trx, input.courseId, 'enrolment_count');
    const event: CourseEnrolledEvent = { userId: input.userId, courseId: input.courseId, source: input.source, enrolledAt: enrolledAt.toISOString() };
    await writeOutbox(trx, COURSE_ENROLLED, { ...event });
  }
  const enrolment = await findEnrolment(trx, input.userId, input.courseId);
  if (!enrolment) throw new Error('enrolment vanished');
  return { enrolment, created };
}

/** Self-enrolment from the course page: the learner must be allowed to see the course (moderation). */
export async function enrolSelf(ctx: AppContext, actor: Actor, courseId: string): Promise<Enrolled> {
  const existing = await findEnrolment(ctx.db, actor.userId, courseId);
  if (existing) return { enrolment: existing, created: false };
  if (!(await canSeeCourse(ctx.db, actor, courseId))) {
    const course = await courseGate(ctx.db, courseId);
    if (!course?.published_version_id) throw learningFail(404, 'COURSE_NOT_FOUND');
    if (course.retired_at) throw learningFail(403, 'COURSE_RETIRED', {}, 'COURSE_NOT_ENROLLABLE');
    throw learningFail(403, 'COURSE_RESTRICTED', {}, 'COURSE_NOT_ENROLLABLE');
  }
  return ctx.db.transaction().execute((trx) => enrolLearner(trx, { userId: actor.userId, courseId, source: 'self', now: ctx.clock.now() }));
}

/**
 * Starts a new attempt of a completed course (a plan cycle needs a completion the old one cannot give): the finished
 * attempt is kept in `enrolment_attempts`, and the enrolment starts again from nothing — progress, time spent and
 * lesson states — so that it can complete again, with the pace and credit rules applied afresh. Hours credited
 * before are kept (the next completion adds its own). Returns false when the enrolment is not completed.
 */
export async function restartEnrolment(trx: Transaction<DB>, input: { userId: string; courseId: string; dueAt: Date | null; now: Date }): Promise<boolean> {
  const e = await trx.selectFrom('enrolments').selectAll().where('user_id', '=', input.userId).where('course_id', '=', input.courseId).forUpdate().executeTakeFirst();
  if (!e || e.status !== 'completed' || !e.completed_at) return false;
  await requireEnrollable(trx, input.courseId);
  await trx
    .insertInto('enrolment_attempts')
    .values({
      user_id: e.user_id,
      course_id: e.course_id,
      attempt_no: e.attempt_no,
      enrolled_at: e.enrolled_at,
      completed_at: e.completed_at,
      completed_version_id: e.completed_version_id,
      completed_language: e.completed_language,
      time_spent_seconds: Number(e.time_spent_seconds),
      learning_minutes_credited: e.learning_minutes_credited,
      restarted_at: input.now,
    })
    .execute();
  await trx.deleteFrom('lesson_progress').where('user_id', '=', input.userId).where('course_id', '=', input.courseId).execute();
  await trx
    .updateTable('enrolments')
    .set((eb) => ({
      status: 'in_progress',
      progress_percent: 0,
      completed_at: null,
      completed_version_id: null,
      completed_language: null,
      time_spent_seconds: 0,
      paced_at: null,
      source: 'assignment',
      due_at: input.dueAt,
      attempt_no: eb('attempt_no', '+', 1),
      progress_version: eb('progress_version', '+', 1),
    }))
    .where('user_id', '=', input.userId)
    .where('course_id', '=', input.courseId)
    .execute();
  return true;
}
