import { sql } from 'kysely';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { progressCounts } from '../plans';
import { reportableOrg } from './dashboard.service';

/**
 * Plan compliance of a subtree, per training plan that reaches it (live or retired, owned above, at or below the node):
 * the plans module's own counts (on time, late, overdue, pending, exempted) over its assignments in the subtree.
 */
export async function planCompliance(ctx: AppContext, actor: Actor, orgId: string) {
  const { org } = await reportableOrg(ctx, actor, orgId);
  const { rows: plans } = await sql<{ id: string; name_en: string; name_hi: string; status: string; acr_linked: boolean }>`
    SELECT p.id, p.name_en, p.name_hi, p.status, p.acr_linked
    FROM plans p JOIN orgs o ON o.id = p.owner_org_id
    WHERE p.status IN ('live', 'retired') AND (starts_with(${org.path}, o.path) OR starts_with(o.path, ${org.path}))
    ORDER BY p.status, p.published_at DESC NULLS LAST LIMIT 20`.execute(ctx.db);
  const now = ctx.clock.now();
  const items = await Promise.all(
    plans.map(async (p) => {
      const c = await progressCounts(ctx.db, p.id, [org.path], now);
      return {
        planId: p.id,
        name: { en: p.name_en, hi: p.name_hi },
        status: p.status,
        acrLinked: p.acr_linked,
        assigned: c.assigned,
        completedOnTime: c.completedOnTime,
        completedLate: c.completedLate,
        overdue: c.overdue,
        pending: c.pending,
        exempted: c.exempted,
      };
    }),
  );
  return { items: items.filter((i) => i.assigned > 0) };
}
