import crypto from 'node:crypto';
import { seal, unseal } from '../../platform/sealing';

/** The header carrying a delivery's timestamp and signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'x-kshamata-signature';
export const DELIVERY_HEADER = 'x-kshamata-delivery';

/** The signature of a body at a moment: HMAC-SHA256 with the webhook's secret over `${t}.${body}`. */
export function sign(secret: string, body: string, unixSeconds: number): string {
  const mac = crypto.createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * Checks a received signature header (for receivers, and the tests): the HMAC must match and the timestamp be within
 * `toleranceSeconds` of `nowSeconds`, so a replayed old delivery is refused.
 */
export function verifySignature(secret: string, body: string, header: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(nowSeconds - t) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(sign(secret, body, t).split('v1=')[1] ?? '', 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/** A new API token (256 random bits, recognisable by its prefix) and the SHA-256 kept at rest. */
export function newToken(): { token: string; hash: string; prefix: string } {
  const token = `ksh_hrms_${crypto.randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, 14) };
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** A webhook signing secret (shown once). */
export function newSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString('base64url')}`;
}

const SEALING_PURPOSE = 'kshamata-webhook-secrets';

/** A webhook secret as stored: sealed under SECRETS_KEY when it is configured. */
export function sealWebhookSecret(secret: string, secretsKey: string | undefined): { secret: string; secret_encrypted: boolean } {
  if (!secretsKey) return { secret, secret_encrypted: false };
  return { secret: seal(Buffer.from(secret, 'utf8'), secretsKey, SEALING_PURPOSE).value, secret_encrypted: true };
}

/** The secret of a stored webhook, to sign a delivery with. */
export function openWebhookSecret(row: { secret: string; secret_encrypted: boolean }, secretsKey: string | undefined): string {
  if (!row.secret_encrypted) return row.secret;
  return unseal({ value: row.secret, encrypted: true }, secretsKey, SEALING_PURPOSE).toString('utf8');
}
