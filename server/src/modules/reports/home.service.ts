import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { holdsAnyRole } from '../../platform/policy';
import { orgRef } from './dashboard.service';
import { REPORT_ROLES, isCampaignManager } from './reports.policy';

/** Where the actor's reports start: the roots of the subtrees they may report on (none for learners). */
export async function reportsHome(ctx: AppContext, actor: Actor) {
  const paths = actor.roles.filter((g) => REPORT_ROLES.includes(g.role)).map((g) => g.orgPath);
  const roots = [...new Set(paths)].filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
  const ids = roots.map((p) => p.split('/').filter(Boolean).pop() ?? '');
  const orgs = ids.length
    ? await ctx.db.selectFrom('orgs').select(['id', 'name_en', 'name_hi', 'type', 'depth']).where('id', 'in', ids).orderBy('depth').orderBy('name_en').execute()
    : [];
  const monthly = holdsAnyRole(actor, ['mdo_admin'])
    ? ((await ctx.db.selectFrom('report_subscriptions').select('monthly_email').where('user_id', '=', actor.userId).executeTakeFirst())?.monthly_email ?? false)
    : null;
  return { scopes: orgs.map(orgRef), campaignManager: isCampaignManager(actor), monthlyEmail: monthly };
}
