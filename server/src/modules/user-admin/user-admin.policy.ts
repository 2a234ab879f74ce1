import type { Role } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { holdsAnyRole, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';

/** Who may grant each role: the roles that must be held over the role's organisation. */
const GRANTORS: Record<Role, readonly Role[]> = {
  platform_admin: ['platform_admin'],
  state_admin: ['platform_admin'],
  mdo_admin: ['state_admin', 'platform_admin'],
  mdo_leader: USER_ADMIN_ROLES,
  content_creator: USER_ADMIN_ROLES,
  content_reviewer: USER_ADMIN_ROLES,
  content_publisher: USER_ADMIN_ROLES,
};

/** True when the actor administers people somewhere; every admin screen starts here. */
export function isUserAdmin(actor: Actor): boolean {
  return holdsAnyRole(actor, USER_ADMIN_ROLES);
}

/** True when the actor administers people whose org lies at orgPath. */
export function canAdministerOrg(actor: Actor, orgPath: string): boolean {
  return holdsRoleOver(actor, USER_ADMIN_ROLES, orgPath);
}

/** True when the actor may grant or remove `role` over the org at orgPath. */
export function canGrantRole(actor: Actor, role: Role, orgPath: string): boolean {
  return holdsRoleOver(actor, GRANTORS[role], orgPath);
}

/** The audit log: platform admins see all of it, state admins the entries of their state. */
export function auditScope(actor: Actor): { all: true } | { all: false; paths: string[] } | null {
  if (holdsAnyRole(actor, ['platform_admin'])) return { all: true };
  const paths = actor.roles.filter((g) => g.role === 'state_admin').map((g) => g.orgPath);
  return paths.length > 0 ? { all: false, paths } : null;
}

/** What the actor may do with one user, sent with the user so the UI shows only buttons that work. */
export function userPermissions(actor: Actor, user: { id: string; status: string; orgPath: string }) {
  const admin = canAdministerOrg(actor, user.orgPath);
  const open = admin && user.status !== 'merged' && user.status !== 'rejected';
  const self = actor.userId === user.id;
  return {
    edit: open,
    approve: admin && user.status === 'pending_approval',
    deactivate: open && !self && user.status === 'active',
    reactivate: open && user.status === 'deactivated',
    transfer: open && user.status === 'active',
    merge: open && !self,
    manageRoles: open,
  };
}
