import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { audit, type AuditSource } from '../../platform/audit';
import { notifyUser } from '../notifications';
import { identityErrors } from './identity.messages';
import { maskEmail, maskMobile, parseIdentifier } from './identifiers';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { issueOtp, secondsUntilNextSend, verifyOtp } from './otp.service';
import { randomToken } from '../../platform/tokens';
import { createSession, hashToken, revokeAllSessions } from './sessions.service';

export const LOCK_AFTER_FAILURES = 5;
const LOCK_BASE_MS = 60_000;
const LOCK_MAX_MS = 60 * 60_000;
const PASSWORD_TOKEN_TTL_MS = 7 * 24 * 3600_000;
// Verified against when no account matches, so a wrong identifier costs as long as a wrong password.
const DUMMY_HASH = hashPassword('not-a-real-password-0');

const fail = (status: number, code: keyof typeof identityErrors, params: Record<string, unknown> = {}, field?: string) =>
  new AppError(status, code, identityErrors[code], params, field ? [{ field, code, message: identityErrors[code] }] : []);

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fail(400, problem, {}, 'newPassword');
}

async function candidatesFor(db: Kysely<DB>, identifier: string) {
  const parsed = parseIdentifier(identifier);
  let query = db.selectFrom('users').selectAll().where('status', '!=', 'merged');
  if (parsed.email) query = query.where('email', '=', parsed.email);
  else if (parsed.mobile) query = query.where('mobile', '=', parsed.mobile);
  else query = query.where((eb) => eb(eb.fn('lower', ['employee_id']), '=', (parsed.employeeId ?? '').toLowerCase()));
  const rows = await query.orderBy('created_at', 'desc').execute();
  // Prefer open accounts; a rejected registration only answers when nothing else matches.
  return [...rows.filter((r) => r.status !== 'rejected'), ...rows.filter((r) => r.status === 'rejected')];
}

/** Signs a person in with e-mail, mobile or employee ID and a password; locks with back-off after repeated failures. */
export async function login(ctx: AppContext, identifier: string, password: string, meta: { ip: string | null; userAgent: string | null }) {
  const now = ctx.clock.now();
  const candidates = await candidatesFor(ctx.db, identifier);
  const locked = candidates.find((u) => u.locked_until && u.locked_until.getTime() > now.getTime());
  if (locked?.locked_until) {
    throw fail(429, 'ACCOUNT_LOCKED', { retryAfter: Math.ceil((locked.locked_until.getTime() - now.getTime()) / 1000) });
  }
  if (candidates.length === 0) {
    await verifyPassword(await DUMMY_HASH, password);
    throw fail(401, 'INVALID_CREDENTIALS');
  }
  let user: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.password_hash, password)) {
      user = candidate;
      break;
    }
  }
  if (!user) {
    for (const candidate of candidates) await recordFailure(ctx, candidate.id, candidate.failed_logins + 1, now, meta.ip);
    const noPassword = candidates.every((c) => c.password_hash === null);
    throw fail(noPassword ? 403 : 401, noPassword ? 'PASSWORD_NOT_SET' : 'INVALID_CREDENTIALS');
  }
  if (user.status === 'pending_verification') throw fail(403, 'REGISTRATION_INCOMPLETE', { registrationId: user.id });
  if (user.status === 'pending_approval') throw fail(403, 'AWAITING_APPROVAL');
  if (user.status === 'rejected') throw fail(403, 'REGISTRATION_REJECTED', { reason: user.rejection_reason ?? '' });
  if (user.status === 'deactivated') throw fail(403, 'ACCOUNT_DEACTIVATED');
  const userId = user.id;
  return ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
    const session = await createSession(trx, userId, { ip: meta.ip, userAgent: meta.userAgent, now });
    await audit(trx, { actorId: userId, ip: meta.ip }, 'auth.signed_in', { type: 'user', id: userId });
    return { userId, ...session };
  });
}

async function recordFailure(ctx: AppContext, userId: string, failures: number, now: Date, ip: string | null): Promise<void> {
  const lockMs = failures >= LOCK_AFTER_FAILURES ? Math.min(LOCK_BASE_MS * 2 ** (failures - LOCK_AFTER_FAILURES), LOCK_MAX_MS) : 0;
  await ctx.db
    .updateTable('users')
    .set({ failed_logins: failures, locked_until: lockMs ? new Date(now.getTime() + lockMs) : null })
    .where('id', '=', userId)
    .execute();
  await audit(ctx.db, { actorId: null, ip }, lockMs ? 'auth.locked' : 'auth.sign_in_failed', { type: 'user', id: userId }, { failures });
}

/** Sends a password-reset code to the account's e-mail (or its mobile when that was the identifier). */
export async function requestPasswordReset(ctx: AppContext, identifier: string) {
  const parsed = parseIdentifier(identifier);
  const user = (await candidatesFor(ctx.db, identifier)).find((u) => u.status === 'active');
  if (!user) throw fail(404, 'ACCOUNT_NOT_FOUND', {}, 'identifier');
  const channel = parsed.mobile ? 'sms' : 'email';
  const target = channel === 'sms' ? user.mobile : user.email;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute((trx) =>
    issueOtp(trx, { userId: user.id, purpose: 'password_reset', channel, target, language: user.language, now }),
  );
  const next = await secondsUntilNextSend(ctx.db, target, now);
  return { sentTo: channel === 'sms' ? maskMobile(target) : maskEmail(target), channel, cooldownSeconds: next.seconds };
}

/** Sets a new password from a reset code; every session of the account ends. */
export async function confirmPasswordReset(ctx: AppContext, identifier: string, code: string, newPassword: string, ip: string | null) {
  checkPassword(newPassword);
  const user = (await candidatesFor(ctx.db, identifier)).find((u) => u.status === 'active');
  if (!user) throw fail(404, 'ACCOUNT_NOT_FOUND', {}, 'identifier');
  const now = ctx.clock.now();
  await verifyOtp(ctx.db, { userId: user.id, purpose: 'password_reset', code, now });
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await setPassword(trx, user.id, hash, now);
    await revokeAllSessions(trx, user.id);
    await audit(trx, { actorId: user.id, ip }, 'auth.password_reset', { type: 'user', id: user.id });
    await notifyUser(trx, user, 'password_changed', { name: user.full_name }, { channels: ['email', 'inapp'], security: true });
  });
}

async function setPassword(trx: Transaction<DB>, userId: string, hash: string, now: Date): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: hash, password_changed_at: now, failed_logins: 0, locked_until: null, updated_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Creates a single-use set-password link for an admin-created or imported account. */
export async function issuePasswordToken(trx: Transaction<DB>, userId: string, now: Date, publicUrl: string): Promise<string> {
  const token = randomToken();
  await trx
    .insertInto('password_tokens')
    .values({ token_hash: hashToken(token), user_id: userId, expires_at: new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS) })
    .execute();
  return `${publicUrl}/set-password?token=${token}`;
}

/** Creates set-password links for many accounts with one statement (bulk import); returns the links in the same order. */
export async function issuePasswordTokens(trx: Transaction<DB>, userIds: string[], now: Date, publicUrl: string): Promise<string[]> {
  if (userIds.length === 0) return [];
  const tokens = userIds.map(() => randomToken());
  await sql`
    INSERT INTO password_tokens (token_hash, user_id, expires_at)
    SELECT token_hash, user_id, ${new Date(now.getTime() + PASSWORD_TOKEN_TTL_MS).toISOString()}::timestamptz
    FROM unnest(${tokens.map(hashToken)}::text[], ${userIds}::uuid[]) AS t(token_hash, user_id)`.execute(trx);
  return tokens.map((token) => `${publicUrl}/set-password?token=${token}`);
}

/** Sets the first password from a set-password link. */
export async function setPasswordWithToken(ctx: AppContext, token: string, newPassword: string, ip: string | null): Promise<void> {
  checkPassword(newPassword);
  const now = ctx.clock.now();
  const hash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('password_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    if (!row) throw fail(400, 'TOKEN_INVALID');
    await setPassword(trx, row.user_id, hash, now);
    await trx.updateTable('users').set({ email_verified_at: now }).where('id', '=', row.user_id).where('email_verified_at', 'is', null).execute();
    await revokeAllSessions(trx, row.user_id);
    await audit(trx, { actorId: row.user_id, ip }, 'auth.password_set', { type: 'user', id: row.user_id });
  });
}

/** Changes the password of the signed-in person; their other sessions end. */
export async function changePassword(ctx: AppContext, source: AuditSource & { sessionHash: string; userId: string }, current: string, next: string) {
  checkPassword(next);
  const user = await ctx.db.selectFrom('users').selectAll().where('id', '=', source.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) throw fail(400, 'CURRENT_PASSWORD_WRONG', {}, 'currentPassword');
  const now = ctx.clock.now();
  const hash = await hashPassword(next);
  await ctx.db.transaction().execute(async (trx) => {
    await setPassword(trx, user.id, hash, now);
    await revokeAllSessions(trx, user.id, source.sessionHash);
    await audit(trx, source, 'auth.password_changed', { type: 'user', id: user.id });
    await notifyUser(trx, user, 'password_changed', { name: user.full_name }, { channels: ['email', 'inapp'], security: true });
  });
}
