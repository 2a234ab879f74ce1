import type { FastifyRequest } from 'fastify';
import type { Language, Role } from '../db/column-types';
import { errors } from './errors';
import type { AuditSource } from './audit';

/** A role held over an organisation subtree (orgPath is the materialised path of its root). */
export interface RoleGrant {
  role: Role;
  orgId: string;
  orgPath: string;
}

/** The signed-in person behind a request. */
export interface Actor {
  userId: string;
  sessionHash: string;
  csrfToken: string;
  language: Language;
  orgId: string;
  tenantId: string;
  roles: RoleGrant[];
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw errors.unauthenticated();
  return request.actor;
}

/** Who and where, for the audit log. */
export function auditSource(request: FastifyRequest): AuditSource {
  return { actorId: request.actor?.userId ?? null, ip: request.ip };
}
