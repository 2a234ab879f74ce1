import type { Role } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { holdsAnyRole, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';

/** The national framework (areas, themes, competencies) is edited by platform admins only. */
export function canEditFramework(actor: Actor): boolean {
  return holdsAnyRole(actor, ['platform_admin']);
}

/**
 * A designation's FRAC (roles, activities, required competencies) is edited by an admin (MDO, state or platform)
 * over an organisation that uses the designation: `orgPaths` are the paths of the orgs that list it.
 */
export function canEditRequirements(actor: Actor, orgPaths: string[]): boolean {
  return orgPaths.some((path) => holdsRoleOver(actor, USER_ADMIN_ROLES, path));
}

/** Whether the actor edits requirements anywhere (the admin pages start here). */
export function isRequirementsAdmin(actor: Actor): boolean {
  return holdsAnyRole(actor, USER_ADMIN_ROLES);
}

/** Roles that may read the competency coverage of an organisation: its admins and its leaders. */
export const COVERAGE_ROLES: readonly Role[] = [...USER_ADMIN_ROLES, 'mdo_leader'];

/** Whether the actor may see the coverage of the org subtree at orgPath. */
export function canViewCoverage(actor: Actor, orgPath: string): boolean {
  return holdsRoleOver(actor, COVERAGE_ROLES, orgPath);
}

/** Training-institute reports and a person's passbook: admins over the person's org. */
export function canManagePassbook(actor: Actor, userOrgPath: string): boolean {
  return holdsRoleOver(actor, USER_ADMIN_ROLES, userOrgPath);
}
