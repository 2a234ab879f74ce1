import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { coursePermissions, courseVersionFacts, loadCourseFor } from '../courses';
import { findCriteria, upsertCriteria } from './certificates.repo';

/** A course's certificate criteria for its authors (creators, reviewers, publishers of the provider see it). */
export async function getCriteria(ctx: AppContext, actor: Actor, courseId: string) {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'view');
  const [criteria, facts] = await Promise.all([findCriteria(ctx.db, courseId), courseVersionFacts(ctx.db, courseId, null)]);
  return {
    courseId,
    minFinalScorePercent: criteria?.min_final_score ?? null,
    hasFinalAssessment: facts?.hasFinalAssessment ?? false,
    updatedAt: criteria?.updated_at.toISOString() ?? null,
    canEdit: coursePermissions(actor, course.provider_path).edit,
  };
}

/**
 * Sets the minimum final-assessment score a certificate needs (null: completion alone). Content creators of the
 * course's provider only; audited. It applies to certificates issued from now on, including ones not yet eligible
 * when an admin queues them again.
 */
export async function putCriteria(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, minFinalScore: number | null) {
  await loadCourseFor(ctx.db, actor, courseId, 'edit');
  await ctx.db.transaction().execute(async (trx) => {
    await upsertCriteria(trx, courseId, minFinalScore, actor.userId, ctx.clock.now());
    await audit(trx, source, 'certificate_criteria.updated', { type: 'course', id: courseId }, { minFinalScore });
  });
  return getCriteria(ctx, actor, courseId);
}
