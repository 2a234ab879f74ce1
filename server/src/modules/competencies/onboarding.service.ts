import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { findUserById } from '../identity';
import { findDesignation } from '../orgs';
import { competencyMap, competencyRef } from './framework.service';
import type { DeclarationT, OnboardingT } from './passbook.schema';
import { checkDeclarations } from './passbook.service';
import { upsertDeclaration, levelsOf } from './passbook.repo';
import { findProfile, setOnboarding } from './profile.repo';
import { designationRequirements } from './requirements.service';

/**
 * The first-sign-in prompt: the learner's designation to confirm, the competencies it requires (to declare first)
 * and what they declared. `state` is pending until they complete or skip it; the web app shows the prompt while
 * pending, and the page stays reachable afterwards.
 */
export async function onboardingOf(ctx: AppContext, actor: Actor): Promise<OnboardingT> {
  const [user, profile, held] = await Promise.all([findUserById(ctx.db, actor.userId), findProfile(ctx.db, actor.userId), levelsOf(ctx.db, actor.userId)]);
  const designation = user?.designation_id ? await findDesignation(ctx.db, user.designation_id) : undefined;
  const required = designation ? await designationRequirements(ctx.db, designation.id) : [];
  const names = await competencyMap(ctx.db, required.map((r) => r.code));
  return {
    state: profile?.onboarding ?? 'pending',
    designation: designation ? { id: designation.id, code: designation.code, nameEn: designation.name_en, nameHi: designation.name_hi } : null,
    designationConfirmedAt: profile?.designation_confirmed_at?.toISOString() ?? null,
    suggestions: required.flatMap((r) => {
      const c = names.get(r.code);
      return c ? [competencyRef(c)] : [];
    }),
    declared: [...held].filter(([, h]) => h.declared !== null).map(([code, h]) => ({ code, level: h.declared ?? 0 })).sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** Completes the prompt: confirms the designation (or not: then the learner asks their admin to change it) and declares. */
export async function completeOnboarding(ctx: AppContext, actor: Actor, input: { designationConfirmed: boolean; declarations: DeclarationT[] }): Promise<OnboardingT> {
  const known = input.declarations.length ? await checkDeclarations(ctx, input.declarations) : new Map();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const d of input.declarations) {
      const c = known.get(d.code);
      if (c) await upsertDeclaration(trx, { userId: actor.userId, competencyId: c.id, level: d.level, now });
    }
    await setOnboarding(trx, { userId: actor.userId, state: 'completed', designationConfirmed: input.designationConfirmed, now });
  });
  return onboardingOf(ctx, actor);
}

/** Skips the prompt; it stays reachable from My competencies. */
export async function skipOnboarding(ctx: AppContext, actor: Actor): Promise<OnboardingT> {
  const profile = await findProfile(ctx.db, actor.userId);
  // Skipping after completing must not undo the completion.
  if (profile?.onboarding !== 'completed') {
    await setOnboarding(ctx.db, { userId: actor.userId, state: 'skipped', designationConfirmed: false, now: ctx.clock.now() });
  }
  return onboardingOf(ctx, actor);
}
