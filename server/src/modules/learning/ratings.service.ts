import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { canSeeCourse } from '../courses';
import { learningFail } from './learning.messages';
import { adjustRatingTotals, findRating, lockEnrolment, ratingsPage, upsertRating } from './learning.repo';

/** Rates a completed course (one rating per learner, replaced on a second call) and keeps the course's aggregate. */
export async function rateCourse(ctx: AppContext, actor: Actor, courseId: string, input: { stars: number; review?: string }) {
  const now = ctx.clock.now();
  const review = input.review?.trim() || null;
  return ctx.db.transaction().execute(async (trx) => {
    const enrolment = await lockEnrolment(trx, actor.userId, courseId);
    if (!enrolment || enrolment.status !== 'completed') throw learningFail(403, 'RATING_REQUIRES_COMPLETION');
    const previous = await findRating(trx, actor.userId, courseId);
    await upsertRating(trx, { userId: actor.userId, courseId, stars: input.stars, review, now });
    await adjustRatingTotals(trx, courseId, previous ? 0 : 1, input.stars - (previous?.stars ?? 0));
    return { stars: input.stars, review, updatedAt: now.toISOString() };
  });
}

/** The first word of a name: reviews show no more of the reviewer than that. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** A page of a visible course's ratings, newest first, with the average and count. */
export async function listRatings(ctx: AppContext, actor: Actor | null, courseId: string, page: number, pageSize: number, language: Language) {
  if (!(await canSeeCourse(ctx.db, actor, courseId))) throw learningFail(404, 'COURSE_NOT_FOUND');
  const { items, totals } = await ratingsPage(ctx.db, courseId, page, pageSize, language);
  return {
    average: totals.rating_count ? Math.round((totals.rating_sum / totals.rating_count) * 10) / 10 : null,
    count: totals.rating_count,
    items: items.map((r) => ({ firstName: firstName(r.name), stars: r.stars, review: r.review, updatedAt: r.updated_at.toISOString() })),
    page,
    pageSize,
  };
}
