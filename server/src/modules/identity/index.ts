/**
 * The public face of modules/identity: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { issuePasswordToken, issuePasswordTokens } from './auth.service';
export { isGovernmentDomain, normaliseEmail, normaliseMobile } from './identifiers';
export { identityErrors } from './identity.messages';
export { identityModule } from './identity.module';
export type { UserStatus } from './identity.tables';
export { Posting } from './me.schema';
export { loadMe, loadPostings } from './me.service';
export { hashPassword } from './passwords';
export { EmployeeGroupSchema, LanguageSchema } from './registration.schema';
export { checkPlacement, duplicateFromUniqueViolation, ensureNoDuplicates } from './registration.service';
export { installSessions } from './session-plugin';
export { revokeAllSessions } from './sessions.service';
export {
  USER_ACTIVATED,
  USER_DEACTIVATED,
  USER_REJECTED,
  writeRegistrationStatus,
  writeUserActivated,
  writeUserDeactivated,
  writeUsersActivated,
} from './user-events';
export { findOpenAccountsByIdentifiers, findUserById, grantRole, insertUser, insertUsers } from './users.repo';
