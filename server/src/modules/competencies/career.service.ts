import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { findUserById } from '../identity';
import { findDesignation } from '../orgs';
import { isOnAPath, listPaths } from './career.repo';
import type { CareerHubT } from './career.schema';
import { competencyFail } from './competencies.messages';
import { findProfile, setTarget } from './profile.repo';
import { loadFracs } from './requirements.repo';
import { requirementsOf } from './requirements.rules';

const ref = (d: { id: string; code: string; name_en: string; name_hi: string }) => ({ id: d.id, code: d.code, nameEn: d.name_en, nameHi: d.name_hi });

/** The career hub: every ladder (those with the learner's post first), where the learner stands, and their target. */
export async function careerHub(ctx: AppContext, actor: Actor): Promise<CareerHubT> {
  const [user, profile, paths] = await Promise.all([findUserById(ctx.db, actor.userId), findProfile(ctx.db, actor.userId), listPaths(ctx.db)]);
  const currentId = user?.designation_id ?? null;
  const targetId = profile?.target_designation_id ?? null;
  const [current, target] = await Promise.all([currentId ? findDesignation(ctx.db, currentId) : undefined, targetId ? findDesignation(ctx.db, targetId) : undefined]);
  const fracs = await loadFracs(ctx.db, [...new Set(paths.flatMap((p) => p.steps.map((s) => s.id)))]);
  const presented = paths.map((p) => ({
    code: p.code,
    nameEn: p.name_en,
    nameHi: p.name_hi,
    cadreEn: p.cadre_en,
    cadreHi: p.cadre_hi,
    includesCurrent: p.steps.some((s) => s.id === currentId),
    steps: p.steps.map((s) => ({
      position: s.position,
      designation: ref(s),
      current: s.id === currentId,
      target: s.id === targetId,
      requiredCompetencies: requirementsOf(fracs.get(s.id)?.tree ?? { roles: [] }).length,
    })),
  }));
  return {
    current: current ? ref(current) : null,
    target: target ? ref(target) : null,
    paths: [...presented.filter((p) => p.includesCurrent), ...presented.filter((p) => !p.includesCurrent)],
  };
}

/** Sets (or with null clears) the learner's target post: a designation on a career path, other than their own. */
export async function setTargetPost(ctx: AppContext, actor: Actor, designationId: string | null): Promise<CareerHubT> {
  if (designationId) {
    const designation = await findDesignation(ctx.db, designationId);
    if (!designation) throw competencyFail(404, 'DESIGNATION_NOT_FOUND');
    if (!(await isOnAPath(ctx.db, designationId))) throw competencyFail(400, 'TARGET_NOT_ON_PATH');
    const user = await findUserById(ctx.db, actor.userId);
    if (user?.designation_id === designationId) throw competencyFail(400, 'TARGET_IS_CURRENT');
  }
  await setTarget(ctx.db, actor.userId, designationId, ctx.clock.now());
  return careerHub(ctx, actor);
}
