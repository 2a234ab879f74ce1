import crypto from 'node:crypto';
import { randomToken } from '../../platform/tokens';
import type { Kysely, Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { perOwner, tickBatcher } from '../../platform/tick-batcher';

/** Idle and absolute lifetimes of a session. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

/** Creates a server-side session; returns the secret cookie value and its CSRF token. */
export async function createSession(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
  meta: { ip: string | null; userAgent: string | null; now: Date },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(meta.now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      last_seen_at: meta.now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

async function sessionRows(db: Kysely<DB>, idHashes: readonly string[]) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.language',
      'users.org_id',
      'users.tenant_id',
      'users.status',
    ])
    // Roles come in the same round trip: this runs on every signed-in request.
    .select((eb) =>
      jsonArrayFrom(
        eb
          .selectFrom('role_assignments')
          .innerJoin('orgs', 'orgs.id', 'role_assignments.org_id')
          .select(['role_assignments.role', 'role_assignments.org_id', 'orgs.path'])
          .whereRef('role_assignments.user_id', '=', 'users.id'),
      ).as('roles'),
    )
    .where('sessions.id_hash', 'in', idHashes)
    .execute();
}
type SessionRow = Awaited<ReturnType<typeof sessionRows>>[number];

/** Session lookups of requests that arrive together share one query. */
const sessionLoader = perOwner((db: Kysely<DB>) =>
  tickBatcher(async (idHashes: string[]) => {
    const byHash = new Map((await sessionRows(db, idHashes)).map((r) => [r.id_hash, r]));
    return idHashes.map((h): SessionRow | null => byHash.get(h) ?? null);
  }),
);

/** Loads the actor for a session cookie, or null when the session is unknown, idle-expired, expired or the account is no longer active. */
export async function resolveSession(db: Kysely<DB>, token: string, now: Date): Promise<Actor | null> {
  const idHash = hashToken(token);
  const row = await sessionLoader(db)(idHash);
  if (!row) return null;
  const idleDeadline = row.last_seen_at.getTime() + SESSION_IDLE_MS;
  if (row.expires_at.getTime() <= now.getTime() || idleDeadline <= now.getTime() || row.status !== 'active') {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  }
  return {
    userId: row.user_id,
    sessionHash: row.id_hash,
    csrfToken: row.csrf_token,
    language: row.language as Language,
    orgId: row.org_id,
    tenantId: row.tenant_id,
    roles: row.roles.map((r) => ({ role: r.role, orgId: r.org_id, orgPath: r.path })),
  };
}

/** Ends one session. */
export async function revokeSession(db: Kysely<DB> | Transaction<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user, optionally keeping one (the caller's). */
export async function revokeAllSessions(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
  exceptHash?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptHash) query = query.where('id_hash', '!=', exceptHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
