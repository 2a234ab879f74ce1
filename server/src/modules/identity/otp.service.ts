import crypto from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { OtpPurpose } from './identity.tables';
import { AppError } from '../../platform/errors';
import { queueMessage } from '../notifications';
import { identityErrors } from './identity.messages';

export const OTP_TTL_MS = 15 * 60 * 1000;
export const OTP_MAX_TRIES = 3;
export const OTP_COOLDOWN_S = 30;
export const OTP_MAX_PER_HOUR = 5;
export const OTP_MAX_PER_DAY = 20;

type Q = Kysely<DB> | Transaction<DB>;

function codeHash(otpId: string, code: string): string {
  return crypto.createHash('sha256').update(`${otpId}:${code}`).digest('hex');
}

/** Seconds until another code may be sent to this address (0 = now), honouring the cool-down and the hourly and daily caps. */
export async function secondsUntilNextSend(db: Q, target: string, now: Date): Promise<{ seconds: number; reason: 'cooldown' | 'limit' | null }> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const sends = await db
    .selectFrom('otps')
    .select('created_at')
    .where('target', '=', target)
    .where('created_at', '>', dayAgo)
    .orderBy('created_at', 'desc')
    .execute();
  const at = (i: number) => sends[i]?.created_at.getTime() ?? 0;
  const wait = (until: number) => Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  if (sends.length >= OTP_MAX_PER_DAY) return { seconds: wait(at(OTP_MAX_PER_DAY - 1) + 24 * 3600_000), reason: 'limit' };
  const hourAgo = now.getTime() - 3600_000;
  const inHour = sends.filter((s) => s.created_at.getTime() > hourAgo).length;
  if (inHour >= OTP_MAX_PER_HOUR) return { seconds: wait(at(OTP_MAX_PER_HOUR - 1) + 3600_000), reason: 'limit' };
  if (sends.length > 0 && now.getTime() - at(0) < OTP_COOLDOWN_S * 1000) {
    return { seconds: wait(at(0) + OTP_COOLDOWN_S * 1000), reason: 'cooldown' };
  }
  return { seconds: 0, reason: null };
}

const TEMPLATE = { verify_email: 'otp_verify_email', verify_mobile: 'otp_verify_mobile', password_reset: 'otp_password_reset' } as const;

/** Sends a fresh 6-digit code (stored hashed), replacing any earlier one for the same purpose; enforces the send limits. */
export async function issueOtp(
  trx: Transaction<DB>,
  req: { userId: string; purpose: OtpPurpose; channel: 'email' | 'sms'; target: string; language: Language; now: Date },
): Promise<void> {
  const next = await secondsUntilNextSend(trx, req.target, req.now);
  if (next.reason === 'cooldown') throw new AppError(429, 'OTP_COOLDOWN', identityErrors.OTP_COOLDOWN, { retryAfter: next.seconds });
  if (next.reason === 'limit') throw new AppError(429, 'OTP_RATE_LIMITED', identityErrors.OTP_RATE_LIMITED, { retryAfter: next.seconds });
  await trx
    .updateTable('otps')
    .set({ expires_at: req.now })
    .where('user_id', '=', req.userId)
    .where('purpose', '=', req.purpose)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', req.now)
    .execute();
  const id = crypto.randomUUID();
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await trx
    .insertInto('otps')
    .values({
      id,
      user_id: req.userId,
      purpose: req.purpose,
      channel: req.channel,
      target: req.target,
      code_hash: codeHash(id, code),
      expires_at: new Date(req.now.getTime() + OTP_TTL_MS),
      created_at: req.now,
    })
    .execute();
  await queueMessage(trx, {
    userId: req.userId,
    channel: req.channel,
    recipient: req.target,
    template: TEMPLATE[req.purpose],
    params: { code },
    language: req.language,
    sensitive: true,
  });
}

/**
 * Checks a code against the latest one for a user and purpose. A wrong try is counted at once,
 * atomically and outside any caller transaction, so parallel guesses cannot exceed the limit.
 */
export async function verifyOtp(db: Kysely<DB>, req: { userId: string; purpose: OtpPurpose; code: string; now: Date }): Promise<void> {
  const otp = await db
    .selectFrom('otps')
    .select(['id', 'code_hash', 'attempts', 'expires_at', 'consumed_at'])
    .where('user_id', '=', req.userId)
    .where('purpose', '=', req.purpose)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!otp || otp.consumed_at) throw new AppError(400, 'OTP_NOT_REQUESTED', identityErrors.OTP_NOT_REQUESTED);
  if (otp.expires_at.getTime() <= req.now.getTime()) throw new AppError(400, 'OTP_EXPIRED', identityErrors.OTP_EXPIRED);
  if (otp.attempts >= OTP_MAX_TRIES) throw new AppError(400, 'OTP_TOO_MANY_TRIES', identityErrors.OTP_TOO_MANY_TRIES);
  const given = Buffer.from(codeHash(otp.id, req.code));
  if (crypto.timingSafeEqual(given, Buffer.from(otp.code_hash))) {
    const used = await db
      .updateTable('otps')
      .set({ consumed_at: req.now })
      .where('id', '=', otp.id)
      .where('consumed_at', 'is', null)
      .where('attempts', '<', OTP_MAX_TRIES)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 1) return;
    throw new AppError(400, 'OTP_NOT_REQUESTED', identityErrors.OTP_NOT_REQUESTED);
  }
  const counted = await db
    .updateTable('otps')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', otp.id)
    .where('attempts', '<', OTP_MAX_TRIES)
    .returning('attempts')
    .executeTakeFirst();
  const triesLeft = OTP_MAX_TRIES - (counted?.attempts ?? OTP_MAX_TRIES);
  if (triesLeft <= 0) throw new AppError(400, 'OTP_TOO_MANY_TRIES', identityErrors.OTP_TOO_MANY_TRIES);
  throw new AppError(400, 'OTP_WRONG', identityErrors.OTP_WRONG, { triesLeft });
}
