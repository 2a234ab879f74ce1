import type { Role } from '../../db/column-types';
import type { ReportMask } from './reports.tables';
import type { Actor } from '../../platform/actor';
import { holdsAnyRole, holdsRoleOver } from '../../platform/policy';

/*
 * Who sees what (deny by default):
 * - Aggregates of a node (dashboard, drill-down by org, top courses, plan compliance): platform admins anywhere; state
 *   admins, MDO admins and MDO leaders over the node's subtree.
 * - People of a node (drill-down to people, exports): the same roles, with PII masked by role —
 *     'none'    MDO admin over the node (the employer's own admin): name, employee ID, e-mail, mobile in full;
 *     'partial' state or platform admin who is not the node's MDO admin: name in full, employee ID reduced to its last
 *               four characters, e-mail as its first letter and domain, mobile as its last two digits;
 *     'strict'  MDO leader: name and designation only, employee ID reduced to its last four characters, no contact.
 * - Learner leaderboard of an org: report viewers of the org (names by the rule above), and any signed-in member of
 *   the org's subtree (names shortened to first name and initial, nothing else).
 * - Hall of fame, learning-week pages: any signed-in user (aggregates only).
 * - Learning weeks are created and changed by platform admins, and by state admins within their subtree.
 * - Course quality: the course's content creators, reviewers and publishers (over its provider org) and platform admins.
 */

export const REPORT_ROLES: readonly Role[] = ['mdo_admin', 'mdo_leader', 'state_admin', 'platform_admin'];

/** Whether the actor may read the aggregates and people of the subtree at orgPath. */
export function canViewReports(actor: Actor, orgPath: string): boolean {
  return holdsRoleOver(actor, REPORT_ROLES, orgPath) || holdsAnyRole(actor, ['platform_admin']);
}

/** Whether the actor has reports anywhere (the web app shows the entry). */
export function isReportViewer(actor: Actor): boolean {
  return holdsAnyRole(actor, REPORT_ROLES);
}

/** How people's PII is masked for this actor at this node (null: may not see people there). */
export function maskFor(actor: Actor, orgPath: string): ReportMask | null {
  if (holdsRoleOver(actor, ['mdo_admin'], orgPath)) return 'none';
  if (holdsRoleOver(actor, ['state_admin'], orgPath) || holdsAnyRole(actor, ['platform_admin'])) return 'partial';
  if (holdsRoleOver(actor, ['mdo_leader'], orgPath)) return 'strict';
  return null;
}

/** Whether the actor may define and change learning weeks over the subtree at scopePath. */
export function canManageCampaign(actor: Actor, scopePath: string): boolean {
  return holdsAnyRole(actor, ['platform_admin']) || holdsRoleOver(actor, ['state_admin'], scopePath);
}

/** Whether the actor may create learning weeks anywhere. */
export function isCampaignManager(actor: Actor): boolean {
  return holdsAnyRole(actor, ['platform_admin', 'state_admin']);
}

/** Whether the actor belongs to the subtree (their own org is in it). */
export function isMemberOf(actorOrgPath: string | null, orgPath: string): boolean {
  return actorOrgPath !== null && actorOrgPath.startsWith(orgPath);
}

/** Whether the actor may read a course's quality report. */
export function canViewCourseQuality(actor: Actor, providerPath: string): boolean {
  return holdsRoleOver(actor, ['content_creator', 'content_reviewer', 'content_publisher'], providerPath) || holdsAnyRole(actor, ['platform_admin']);
}

/** Permissions sent with a report so the UI shows only what will work. */
export function reportPermissions(actor: Actor, orgPath: string) {
  const mask = maskFor(actor, orgPath);
  return {
    people: mask !== null,
    export: mask !== null,
    mask: mask ?? 'strict',
    manageCampaigns: canManageCampaign(actor, orgPath),
    monthlyEmail: holdsAnyRole(actor, ['mdo_admin']),
  };
}
