/**
 * The public face of modules/orgs: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { canReshapeOrg, FIXED_TYPES } from './org-admin.policy';
export { lockTree, markClosed, openChildCount, peopleCount } from './org-admin.repo';
export { OrgClosed, OrgCloseInput } from './org-admin.schema';
export type { AdminOrgT } from './org-admin.schema';
export { adminOrgView, ORG_MOVED } from './org-admin.service';
export { ORG_MOVING } from './orgs.hook-points';
export { orgFail } from './orgs.messages';
export { orgsModule } from './orgs.module';
export {
  designationsForOrg,
  findDesignation,
  findDesignationByCode,
  findOrg,
  findOrgByCode,
  findOrgByRegistrationToken,
  insertOrg,
  listDesignations,
} from './orgs.repo';
export { OrgIdParams } from './orgs.schema';
export { allowedEmailDomains, emailDomain, isOfficialEmail, isWithin, onOfficialDomain } from './orgs.service';
export type { OrgType } from './orgs.tables';
