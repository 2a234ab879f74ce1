import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';

type Q = Kysely<DB> | Transaction<DB>;
export type OnboardingState = 'pending' | 'completed' | 'skipped';

/** The learner's competency profile row (first-sign-in prompt, target post), or undefined before the first visit. */
export async function findProfile(db: Q, userId: string) {
  return db
    .selectFrom('competency_profiles')
    .select(['user_id', 'onboarding', 'designation_confirmed_at', 'onboarded_at', 'target_designation_id', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Records the outcome of the first-sign-in prompt. */
export async function setOnboarding(trx: Q, v: { userId: string; state: Exclude<OnboardingState, 'pending'>; designationConfirmed: boolean; now: Date }): Promise<void> {
  const values = {
    onboarding: v.state,
    onboarded_at: v.now,
    ...(v.designationConfirmed ? { designation_confirmed_at: v.now } : {}),
    updated_at: v.now,
  };
  await trx
    .insertInto('competency_profiles')
    .values({ user_id: v.userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

/** Sets or clears the learner's target post. */
export async function setTarget(db: Q, userId: string, designationId: string | null, now: Date): Promise<void> {
  await db
    .insertInto('competency_profiles')
    .values({ user_id: userId, target_designation_id: designationId, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ target_designation_id: designationId, updated_at: now }))
    .execute();
}
