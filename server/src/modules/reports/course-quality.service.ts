import { sql } from 'kysely';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { outlineOf } from '../learning';
import { reportFail } from './reports.messages';
import { canViewCourseQuality } from './reports.policy';

/** A learner counts as stalled on a course after this many days without activity. */
export const STALLED_DAYS = 14;

/**
 * Course quality for its provider: enrolments, completion rate, average rating (the courses module's counters), the
 * final-assessment pass rate, and where stalled learners stopped — the first lesson of the published version they have
 * not completed, counted over in-progress learners idle for STALLED_DAYS. The course's learners come from the reports
 * ledger (indexed by course); their progress and attempts are then read by user_id.
 */
export async function courseQuality(ctx: AppContext, actor: Actor, courseId: string) {
  const course = await ctx.db
    .selectFrom('courses as c')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .select(['c.id', 'c.published_version_id', 'c.enrolment_count', 'c.completion_count', 'c.rating_count', 'c.rating_sum', 'o.path'])
    .where('c.id', '=', courseId)
    .executeTakeFirst();
  if (!course) throw reportFail(404, 'COURSE_NOT_FOUND');
  ensure(canViewCourseQuality(actor, course.path));
  const outline = course.published_version_id ? await outlineOf(ctx.db, course.published_version_id) : null;
  const lessons = outline?.lessons ?? [];
  const cutoff = new Date(ctx.clock.now().getTime() - STALLED_DAYS * 86_400_000);
  const order = lessons.map((l) => l.key);
  const [stalled, final] = await Promise.all([
    order.length === 0
      ? Promise.resolve({ rows: [] as { lesson_key: string; n: number }[] })
      : sql<{ lesson_key: string; n: number }>`
      WITH learners AS (
        SELECT e.user_id FROM report_learner_courses c
        JOIN enrolments e ON e.user_id = c.user_id AND e.course_id = c.course_id
        WHERE c.course_id = ${courseId} AND c.completed_on IS NULL AND e.status = 'in_progress'
          AND coalesce(e.last_activity_at, e.enrolled_at) < ${cutoff}
      ),
      done AS (
        SELECT p.user_id, array_agg(p.lesson_key) AS keys FROM lesson_progress p JOIN learners l ON l.user_id = p.user_id
        WHERE p.course_id = ${courseId} AND p.status = 'completed' GROUP BY p.user_id
      )
      SELECT stop.k AS lesson_key, count(*)::int AS n
      FROM learners l LEFT JOIN done d ON d.user_id = l.user_id
      CROSS JOIN LATERAL (
        SELECT o.k FROM unnest(${order}::uuid[]) WITH ORDINALITY AS o (k, n)
        WHERE NOT (o.k = ANY (coalesce(d.keys, '{}'::uuid[]))) ORDER BY o.n LIMIT 1
      ) stop
      GROUP BY stop.k`.execute(ctx.db),
    sql<{ takers: number; passed: number }>`
      SELECT count(DISTINCT a.user_id)::int AS takers, count(DISTINCT a.user_id) FILTER (WHERE a.passed)::int AS passed
      FROM report_learner_courses c JOIN assessment_attempts a ON a.user_id = c.user_id AND a.course_id = c.course_id
      WHERE c.course_id = ${courseId} AND a.lesson_type = 'final_assessment' AND a.status = 'submitted'`.execute(ctx.db),
  ]);
  const counts = new Map(stalled.rows.map((r) => [r.lesson_key, r.n]));
  const rows = lessons.map((l) => ({
    lessonKey: l.key,
    number: l.number,
    title: { en: l.titles.en ?? l.titles.hi ?? '', hi: l.titles.hi ?? l.titles.en ?? '' },
    type: l.type,
    stalledHere: counts.get(l.key) ?? 0,
  }));
  const worst = [...rows].sort((a, b) => b.stalledHere - a.stalledHere || a.number - b.number)[0];
  const hasFinal = lessons.some((l) => l.type === 'final_assessment');
  const f = final.rows[0] ?? { takers: 0, passed: 0 };
  const texts = outline?.texts ?? {};
  const en = texts.en?.title ?? texts.hi?.title ?? '';
  return {
    courseId,
    title: { en, hi: texts.hi?.title ?? en },
    enrolments: course.enrolment_count,
    completions: course.completion_count,
    completionRate: course.enrolment_count > 0 ? Math.round((course.completion_count / course.enrolment_count) * 1000) / 1000 : null,
    averageRating: course.rating_count > 0 ? Math.round((course.rating_sum / course.rating_count) * 100) / 100 : null,
    ratings: course.rating_count,
    finalAssessment: hasFinal ? { takers: f.takers, passed: f.passed, passRate: f.takers > 0 ? Math.round((f.passed / f.takers) * 1000) / 1000 : null } : null,
    dropOff: worst && worst.stalledHere > 0 ? { lessonKey: worst.lessonKey, number: worst.number, title: worst.title, stalled: worst.stalledHere } : null,
    lessons: rows,
    stalledDays: STALLED_DAYS,
  };
}
