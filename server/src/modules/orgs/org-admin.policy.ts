import type { Role } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';

/** Roles that reshape the tree (move, close): state and platform admins over the subtree. */
export const TREE_ADMIN_ROLES: readonly Role[] = ['state_admin', 'platform_admin'];

/** Kinds that anchor a tenant or the tree itself: never moved or closed from the admin page. */
export const FIXED_TYPES = ['country', 'centre', 'state'];

/** Create a child under, or rename, an org: any people admin over it (MDO admins maintain their own offices). */
export function canEditOrg(actor: Actor, path: string): boolean {
  return holdsRoleOver(actor, USER_ADMIN_ROLES, path);
}

/** Move or close an org: a state or platform admin over it (and over the new parent or the people's new org). */
export function canReshapeOrg(actor: Actor, path: string): boolean {
  return holdsRoleOver(actor, TREE_ADMIN_ROLES, path);
}

/** What the actor may do to an org, for the page's buttons. */
export function orgPermissions(actor: Actor, org: { path: string; type: string; status: string }) {
  const open = org.status === 'active';
  const fixed = FIXED_TYPES.includes(org.type);
  return {
    createChild: open && canEditOrg(actor, org.path),
    rename: open && canEditOrg(actor, org.path),
    move: open && !fixed && canReshapeOrg(actor, org.path),
    close: open && !fixed && canReshapeOrg(actor, org.path),
  };
}
