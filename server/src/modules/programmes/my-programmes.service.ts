import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { courseSummaries } from '../courses';
import { courseStatesOf } from '../learning';
import { settleProgrammeNow } from './enrolment.service';
import { hours, iso, textsIn } from './programmes.presenter';
import * as repo from './programmes.repo';
import { courseLines, rollUp } from './programmes.rules';
import type { MyProgrammeT } from './programmes.schema';

/**
 * My programmes: in progress (percent rolled up from the courses, the next course to take, due date) and
 * completed (date, credited hours). Five queries whatever the number of programmes.
 */
export async function myProgrammes(ctx: AppContext, actor: Actor, lang: Language) {
  let rows = await repo.programmeEnrolmentsOf(ctx.db, actor.userId);
  const courses = await repo.coursesOf(ctx.db, rows.map((r) => r.programme_id));
  const ids = [...courses.values()].flat().map((c) => c.courseId);
  const [summaries, states] = await Promise.all([courseSummaries(ctx.db, ids, actor), courseStatesOf(ctx.db, actor.userId, ids)]);
  const lines = new Map(rows.map((r) => [r.programme_id, courseLines(courses.get(r.programme_id) ?? [], summaries, states)]));
  const unsettled = rows.filter((r) => r.status === 'in_progress' && rollUp(lines.get(r.programme_id) ?? []).complete);
  if (unsettled.length) {
    // Completed through courses whose course.completed job has not run yet: settle now, exactly once.
    for (const r of unsettled) await settleProgrammeNow(ctx, actor.userId, r.programme_id);
    rows = await repo.programmeEnrolmentsOf(ctx.db, actor.userId);
  }
  const now = ctx.clock.now();
  const items = rows.map((r): MyProgrammeT => {
    const programmeLines = lines.get(r.programme_id) ?? [];
    const rollup = rollUp(programmeLines);
    const completed = r.status === 'completed';
    const next = rollup.missing.find((l) => l.available || l.status !== 'not_enrolled');
    return {
      programmeId: r.programme_id,
      code: r.code,
      title: textsIn(r.texts, lang).title,
      source: r.source,
      status: r.status,
      progressPercent: completed ? 100 : rollup.percent,
      requiredCount: rollup.requiredCount,
      requiredCompleted: completed ? rollup.requiredCount : rollup.requiredCompleted,
      enrolledAt: new Date(r.enrolled_at).toISOString(),
      dueAt: iso(r.due_at),
      overdue: !completed && r.due_at !== null && new Date(r.due_at) < now,
      completedAt: iso(r.completed_at),
      learningHours: hours(r.learning_minutes_credited),
      retired: r.programme_status === 'retired',
      next: !completed && next ? { courseId: next.courseId, title: textsIn(next.summary?.texts, lang).title } : null,
    };
  });
  const done = items.filter((i) => i.status === 'completed');
  return {
    inProgress: items.filter((i) => i.status === 'in_progress'),
    completed: done.sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
    totals: { completed: done.length, learningHours: hours(rows.reduce((sum, r) => sum + r.learning_minutes_credited, 0)) },
  };
}
