import type { Role } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { adminFail, loadOpenManagedUser, loadOrgField } from './user-admin.access';
import { canGrantRole } from './user-admin.policy';
import { named } from './user-admin.presenter';
import { rolesOf } from './user-admin.repo';

async function rolesView(ctx: AppContext, userId: string) {
  const roles = await rolesOf(ctx.db, userId);
  return roles.map((r) => ({ role: r.role, org: named(r.id, r.name_en, r.name_hi), grantedAt: r.created_at.toISOString() }));
}

/** Loads the user and the role's org, and checks the actor may grant or remove this role there. */
async function authorizeRoleChange(ctx: AppContext, actor: Actor, userId: string, role: Role, orgId: string) {
  const user = await loadOpenManagedUser(ctx, actor, userId);
  const org = await loadOrgField(ctx, orgId, 'orgId');
  if (!canGrantRole(actor, role, org.path)) throw adminFail(403, 'ROLE_NOT_GRANTABLE', 'role');
  return { user, org };
}

/** Grants a role over an org; an admin grants only within their subtree and only roles below their own. */
export async function grantUserRole(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, role: Role, orgId: string) {
  const { user, org } = await authorizeRoleChange(ctx, actor, userId, role, orgId);
  if (user.status !== 'active') throw adminFail(409, 'USER_NOT_ACTIVE');
  const held = await ctx.db.selectFrom('role_assignments').select('user_id').where('org_id', '=', org.id).where('role', '=', role).execute();
  if (held.some((h) => h.user_id === userId)) throw adminFail(409, 'ROLE_ALREADY_HELD', 'role');
  if (role === 'mdo_leader' && held.length > 0) throw adminFail(409, 'LEADER_EXISTS', 'role');
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('role_assignments').values({ user_id: userId, role, org_id: org.id, granted_by: actor.userId }).execute();
      await audit(trx, source, 'role.granted', { type: 'user', id: userId, orgId: org.id }, { role });
    });
  } catch (err) {
    const constraint = (err as { constraint?: string }).constraint;
    if (constraint === 'role_assignments_leader_uq') throw adminFail(409, 'LEADER_EXISTS', 'role');
    if (constraint === 'role_assignments_pkey') throw adminFail(409, 'ROLE_ALREADY_HELD', 'role');
    throw err;
  }
  return rolesView(ctx, userId);
}

/** Removes a role, under the same rules as granting it. */
export async function revokeUserRole(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, role: Role, orgId: string) {
  const { org } = await authorizeRoleChange(ctx, actor, userId, role, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('role_assignments')
      .where('user_id', '=', userId)
      .where('role', '=', role)
      .where('org_id', '=', org.id)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw adminFail(409, 'ROLE_NOT_HELD', 'role');
    await audit(trx, source, 'role.revoked', { type: 'user', id: userId, orgId: org.id }, { role });
  });
  return rolesView(ctx, userId);
}
