import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { evaluateCompletion } from './completion.rules';
import { settleEnrolment } from './completion.service';
import { outlineOf } from './course-outline';
import { learningFail } from './learning.messages';
import { courseGate, enrolmentsOf, findEnrolment, lockEnrolment, progressOf, progressOfCourses } from './learning.repo';
import { courseTitle, presentCompletion, presentEnrolment, presentLessons, resumeTarget } from './learning.presenter';
import type { MyCourseT } from './learning.schema';
import { byNextStep } from './next-steps.rules';

/**
 * A learner's state in one course for the course page and the player: per-lesson progress, where to resume,
 * and the completion status with exactly which required items are still missing.
 */
export async function courseLearning(ctx: AppContext, actor: Actor, courseId: string, language: Language) {
  let enrolment = await findEnrolment(ctx.db, actor.userId, courseId);
  if (!enrolment) throw learningFail(404, 'NOT_ENROLLED');
  const course = await courseGate(ctx.db, courseId);
  const outline = course?.published_version_id ? await outlineOf(ctx.db, course.published_version_id) : null;
  if (!outline) throw learningFail(404, 'COURSE_NOT_FOUND');
  let progress = await progressOf(ctx.db, actor.userId, courseId);
  let state = evaluateCompletion(outline.lessons, progress, language);
  if (enrolment.status === 'in_progress' && state.complete) {
    // A newer version dropped the last missing lesson: settle now rather than leave the learner stuck at 99 %.
    await ctx.db.transaction().execute(async (trx) => {
      const locked = await lockEnrolment(trx, actor.userId, courseId);
      if (!locked) return;
      const fresh = await progressOf(trx, actor.userId, courseId);
      await settleEnrolment(trx, locked, outline, fresh, { now: ctx.clock.now(), language, lastLessonKey: null, addedSeconds: 0 });
    });
    enrolment = (await findEnrolment(ctx.db, actor.userId, courseId)) ?? enrolment;
    progress = await progressOf(ctx.db, actor.userId, courseId);
    state = evaluateCompletion(outline.lessons, progress, language);
  }
  const { resume, nextLessonKey } = resumeTarget(outline, progress, enrolment.last_lesson_key);
  return {
    courseId,
    versionId: outline.versionId,
    title: courseTitle(outline.texts, language),
    enrolment: presentEnrolment(enrolment),
    lessons: presentLessons(outline, progress, language),
    resume,
    nextLessonKey,
    completion: presentCompletion(outline, state, enrolment.status, enrolment.completed_at, language),
    timeSpentSeconds: Number(enrolment.time_spent_seconds),
    learningMinutesCredited: enrolment.learning_minutes_credited,
  };
}

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
type EnrolmentListRow = Awaited<ReturnType<typeof enrolmentsOf>>[number];

/**
 * Where each course picks up, exactly as the course page computes it (the last lesson if unfinished, else the next
 * unfinished one, else the first unfinished; null when every lesson is done): a course enrolled but not started
 * resumes at its first lesson. One progress read for all of them; outlines of published versions come from memory.
 */
async function resumeTargets(ctx: AppContext, userId: string, rows: EnrolmentListRow[]) {
  const open = rows.filter((r) => r.published_version_id);
  const progress = await progressOfCourses(ctx.db, userId, open.map((r) => r.course_id));
  const targets = new Map<string, { lessonKey: string; positionSeconds: number } | null>();
  for (const r of open) {
    const outline = r.published_version_id ? await outlineOf(ctx.db, r.published_version_id) : null;
    if (outline) targets.set(r.course_id, resumeTarget(outline, progress.get(r.course_id) ?? new Map(), r.last_lesson_key).resume);
  }
  return targets;
}

/**
 * My Learning: courses to finish (with resume target) in next-step order, completed (date, hours) and assigned (due
 * dates, overdue).
 */
export async function myLearning(ctx: AppContext, actor: Actor, language: Language) {
  const rows = await enrolmentsOf(ctx.db, actor.userId);
  const targets = await resumeTargets(ctx, actor.userId, rows);
  const now = ctx.clock.now();
  const items = rows.map(
    (r): MyCourseT => ({
      courseId: r.course_id,
      title: courseTitle(r.texts, language),
      source: r.source,
      status: r.status,
      progressPercent: r.progress_percent,
      enrolledAt: r.enrolled_at.toISOString(),
      lastActivityAt: r.last_activity_at?.toISOString() ?? null,
      resume: targets.has(r.course_id)
        ? (targets.get(r.course_id) ?? null)
        : r.last_lesson_key
          ? { lessonKey: r.last_lesson_key, positionSeconds: r.last_position_seconds ?? 0 }
          : null,
      dueAt: r.due_at?.toISOString() ?? null,
      overdue: r.status !== 'completed' && r.due_at !== null && r.due_at < now,
      completedAt: r.completed_at?.toISOString() ?? null,
      learningHours: hours(r.learning_minutes_credited),
      timeSpentMinutes: Math.round(Number(r.time_spent_seconds) / 60),
      retired: r.retired_at !== null,
    }),
  );
  const completed = items.filter((i) => i.status === 'completed');
  return {
    // What to do next first: started courses, then assigned ones by deadline, then other enrolments not started.
    inProgress: items.filter((i) => i.status === 'in_progress').sort(byNextStep),
    completed: completed.sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
    assigned: items.filter((i) => i.source === 'assignment').sort((a, b) => (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9')),
    totals: {
      completed: completed.length,
      learningHours: hours(rows.reduce((sum, r) => sum + r.learning_minutes_credited, 0)),
      timeSpentHours: hours(rows.reduce((sum, r) => sum + Number(r.time_spent_seconds), 0) / 60),
    },
  };
}
