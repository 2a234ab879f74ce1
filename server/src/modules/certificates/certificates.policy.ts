import type { Actor } from '../../platform/actor';
import { holdsAnyRole, holdsRoleOver, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';

/** The org paths a certificate is tied to: the holder's organisation (snapshot) and the issuer (course provider). */
export interface CertificatePlaces {
  holder_org_path: string | null;
  issuer_org_path: string | null;
}

/** What an actor may do with one certificate (deny by default; sent with the certificate so the UI shows only these). */
export interface CertificatePermissions {
  view: boolean;
  revoke: boolean;
  reissue: boolean;
  requeue: boolean;
}

const adminOver = (actor: Actor, path: string | null) => path !== null && holdsRoleOver(actor, USER_ADMIN_ROLES, path);

/**
 * The learner's own certificate: view only. The holder's MDO admin (their organisation's subtree) sees it, queues a
 * failed one again, and reissues it after a name correction; the issuing organisation's admin sees and revokes it.
 */
export function certificatePermissions(actor: Actor, cert: CertificatePlaces & { user_id: string }, currentHolderPath: string | null = null): CertificatePermissions {
  const holderAdmin = adminOver(actor, cert.holder_org_path) || adminOver(actor, currentHolderPath);
  const issuerAdmin = adminOver(actor, cert.issuer_org_path);
  return {
    view: cert.user_id === actor.userId || holderAdmin || issuerAdmin,
    revoke: issuerAdmin,
    reissue: holderAdmin,
    requeue: holderAdmin,
  };
}

/** Subtree roots where the actor administers certificates; empty means no access to the admin list. */
export function certificateAdminScopes(actor: Actor): string[] {
  return scopePaths(actor, USER_ADMIN_ROLES);
}

/** Organisation templates are set by an admin of that organisation (or above it). */
export function canEditTemplate(actor: Actor, orgPath: string): boolean {
  return holdsRoleOver(actor, USER_ADMIN_ROLES, orgPath);
}

/** Only platform admins see and rotate the platform's signing keys. */
export function canManageKeys(actor: Actor): boolean {
  return holdsAnyRole(actor, ['platform_admin']);
}
