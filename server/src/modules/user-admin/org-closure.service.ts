import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { ensure, holdsAnyRole, USER_ADMIN_ROLES } from '../../platform/policy';
import { adminOrgView, canReshapeOrg, findOrg, FIXED_TYPES, lockTree, markClosed, openChildCount, orgFail, peopleCount, type AdminOrgT } from '../orgs';
import { transferEveryoneOnClosure } from './transfers.service';

/** People moved by one closure, in one transaction; bigger offices are emptied by transfers or an import first. */
export const CLOSE_TRANSFER_LIMIT = 5000;

/**
 * Closes an org: its open units must be moved or closed first; registrations waiting there must be decided; every
 * active person is transferred (as an accepted transfer) to `transferToOrgId`, an open org of the same tenant outside
 * it. The org is kept, closed: hidden from pickers and search, no new people or units. One transaction.
 */
export async function closeOrg(ctx: AppContext, actor: Actor, source: AuditSource, id: string, transferToOrgId: string | undefined): Promise<{ org: AdminOrgT; transferred: number }> {
  ensure(holdsAnyRole(actor, USER_ADMIN_ROLES));
  const org = await findOrg(ctx.db, id);
  if (!org) throw errors.notFound();
  ensure(canReshapeOrg(actor, org.path));
  const target = transferToOrgId ? await findOrg(ctx.db, transferToOrgId) : undefined;
  if (transferToOrgId && !target) throw orgFail(400, 'ORG_NOT_FOUND', 'transferToOrgId');
  if (target) ensure(canReshapeOrg(actor, target.path));
  const now = ctx.clock.now();
  const transferred = await ctx.db.transaction().execute(async (trx) => {
    await lockTree(trx);
    const o = await findOrg(trx, id);
    if (!o) throw errors.notFound();
    if (FIXED_TYPES.includes(o.type)) throw orgFail(422, 'ORG_ROOT_FIXED');
    if (o.status !== 'active') throw orgFail(409, 'ORG_CLOSED');
    const children = await openChildCount(trx, id);
    if (children > 0) throw orgFail(409, 'ORG_HAS_CHILDREN', undefined, { count: children });
    const waiting = await peopleCount(trx, id, 'pending_approval');
    if (waiting > 0) throw orgFail(409, 'ORG_HAS_PENDING_REGISTRATIONS', undefined, { count: waiting });
    const people = await peopleCount(trx, id, 'active');
    if (people > CLOSE_TRANSFER_LIMIT) throw orgFail(409, 'ORG_TOO_LARGE_TO_CLOSE', undefined, { limit: CLOSE_TRANSFER_LIMIT });
    let moved = 0;
    if (people > 0) {
      if (!target) throw orgFail(409, 'ORG_HAS_PEOPLE', 'transferToOrgId', { count: people });
      const t = await findOrg(trx, target.id);
      const tenant = t?.tenant_id ?? t?.id;
      if (!t || t.status !== 'active' || t.path.startsWith(o.path) || tenant !== o.tenant_id) throw orgFail(409, 'ORG_CLOSE_TARGET_INVALID', 'transferToOrgId');
      moved = await transferEveryoneOnClosure(trx, source, actor.userId, o.id, { id: t.id, path: t.path, tenantId: tenant, nameEn: t.name_en, nameHi: t.name_hi }, now);
    }
    await markClosed(trx, id, now);
    await audit(trx, source, 'org.closed', { type: 'org', id, orgId: id }, { transferToOrgId: target?.id ?? null, transferred: moved });
    return moved;
  });
  return { org: await adminOrgView(ctx, actor, id), transferred };
}
