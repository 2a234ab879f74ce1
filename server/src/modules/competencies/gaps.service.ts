import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { findUserById } from '../identity';
import { findDesignation } from '../orgs';
import { competencyMap, competencyRef } from './framework.service';
import { computeGaps, type GapLine } from './gaps.rules';
import { levelsOf } from './passbook.repo';
import { findProfile } from './profile.repo';
import { designationRequirements } from './requirements.service';
import type { GapReportT } from './career.schema';

/** The learner's current designation and target post (ids), and their levels. */
export async function learnerBasis(ctx: AppContext, userId: string) {
  const [user, profile, held] = await Promise.all([findUserById(ctx.db, userId), findProfile(ctx.db, userId), levelsOf(ctx.db, userId)]);
  return { currentId: user?.designation_id ?? null, targetId: profile?.target_designation_id ?? null, held };
}

/** Gap lines of a designation for a learner's levels (empty when no designation). */
export async function gapLines(ctx: AppContext, designationId: string | null, held: Awaited<ReturnType<typeof levelsOf>>): Promise<GapLine[]> {
  if (!designationId) return [];
  return computeGaps(await designationRequirements(ctx.db, designationId), held);
}

/** Gap analysis for the learner's current post or target post: per required competency, required vs earned level. */
export async function myGaps(ctx: AppContext, actor: Actor, which: 'current' | 'target', language: Language): Promise<GapReportT> {
  const basis = await learnerBasis(ctx, actor.userId);
  const designationId = which === 'current' ? basis.currentId : basis.targetId;
  const designation = designationId ? await findDesignation(ctx.db, designationId) : undefined;
  const lines = await gapLines(ctx, designation?.id ?? null, basis.held);
  const names = await competencyMap(ctx.db, lines.map((l) => l.code));
  const items = lines.flatMap((l) => {
    const c = names.get(l.code);
    if (!c) return [];
    return [
      {
        competency: competencyRef(c),
        requiredLevel: l.required,
        currentLevel: l.earned,
        declaredLevel: l.declared,
        gap: l.gap,
        met: l.gap === 0,
        requiredDescriptor: c.levels[l.required - 1]?.[language] ?? '',
        roles: l.roles,
      },
    ];
  });
  return {
    for: which,
    designation: designation ? { id: designation.id, code: designation.code, nameEn: designation.name_en, nameHi: designation.name_hi } : null,
    items,
    summary: {
      required: items.length,
      met: items.filter((i) => i.met).length,
      open: items.filter((i) => !i.met).length,
      levelsToGo: items.reduce((n, i) => n + i.gap, 0),
    },
  };
}
