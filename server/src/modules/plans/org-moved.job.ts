import type { JobDefinition } from '../../platform/jobs';
import { ORG_MOVED } from '../orgs';
import { evaluatePerson } from './evaluation.service';

/**
 * An org moved in the tree: audiences defined by subtree may now include or exclude its people, so each active
 * person in it is re-evaluated (idempotent; assignments only change where membership did). Not a new posting.
 */
export const orgMovedJob: JobDefinition<{ orgId: string }> = {
  name: 'plans.org-moved',
  topics: [ORG_MOVED],
  batchSize: 1,
  async handle({ orgId }, ctx) {
    // The org's path now (it may have moved again since the event was written).
    const org = await ctx.db.selectFrom('orgs').select('path').where('id', '=', orgId).executeTakeFirst();
    if (!org) return;
    const people = await ctx.db
      .selectFrom('users')
      .innerJoin('orgs', 'orgs.id', 'users.org_id')
      .select('users.id')
      .where('orgs.path', 'like', `${org.path}%`)
      .where('users.status', '=', 'active')
      .execute();
    for (const p of people) await evaluatePerson(ctx, p.id, 'posting');
  },
};
