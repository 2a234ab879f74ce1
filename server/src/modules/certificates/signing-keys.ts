import crypto, { type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/schema';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { publicKeyMultibase } from './credential-proof';
import { activeKeyRow, insertKey, keyRows, retireActiveKey, type KeyRow } from './certificates.repo';

/**
 * Custody of the platform's Ed25519 signing keys. The private key lives in `certificate_signing_keys`, encrypted
 * with AES-256-GCM under a key derived from CERT_KEY_SECRET when that is set; it is decrypted only in memory, only
 * to sign, and never logged or sent anywhere. Rotation adds a new active key and retires the old one, whose public
 * key stays published so credentials it signed still verify.
 */

/** A key ready to sign with. */
export interface SigningKey {
  id: string;
  privateKey: KeyObject;
  publicKeyMultibase: string;
}

const CACHE_MS = 30_000;
const cache = new WeakMap<Kysely<DB>, { key: SigningKey; until: number }>();

function kek(secret: string): Buffer {
  return crypto.createHash('sha256').update(`kshamata-certificate-keys:${secret}`).digest();
}

/** Seals a private key (PKCS#8 DER) for storage: encrypted when a secret is configured. */
export function sealPrivateKey(der: Buffer, secret: string | undefined): { private_key: string; encrypted: boolean } {
  if (!secret) return { private_key: der.toString('base64'), encrypted: false };
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', kek(secret), iv);
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  return { private_key: ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64'))).join(':'), encrypted: true };
}

/** Opens a stored private key; throws when it is encrypted and the secret is missing or wrong. */
export function openPrivateKey(row: Pick<KeyRow, 'private_key' | 'encrypted'>, secret: string | undefined): KeyObject {
  if (!row.encrypted) return crypto.createPrivateKey({ key: Buffer.from(row.private_key, 'base64'), format: 'der', type: 'pkcs8' });
  if (!secret) throw new Error('the signing key is encrypted and CERT_KEY_SECRET is not set');
  const [version, iv, tag, data] = row.private_key.split(':');
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('unrecognised sealed key format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', kek(secret), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  const der = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
  return crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** Drops this process's cached key, so the next signature reads the key table again (after a rotation). */
export function forgetSigningKey(db: Kysely<DB>): void {
  cache.delete(db);
}

/** A fresh key row: the id is a short fingerprint of the public key. */
function newKeyRow(config: Config, now: Date) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const multibase = publicKeyMultibase(publicKey);
  const id = `key-${crypto.createHash('sha256').update(multibase).digest('hex').slice(0, 12)}`;
  const sealed = sealPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }), config.certificateKeySecret);
  return { id, status: 'active' as const, public_key_multibase: multibase, ...sealed, created_at: now };
}

/** The active signing key, created on first use (two processes racing create one: the other's insert is a no-op). */
export async function activeSigningKey(ctx: AppContext): Promise<SigningKey> {
  const cached = cache.get(ctx.db);
  if (cached && cached.until > Date.now()) return cached.key;
  let row = await activeKeyRow(ctx.db);
  if (!row) {
    await insertKey(ctx.db, newKeyRow(ctx.config, ctx.clock.now()), { ifNoActive: true });
    row = await activeKeyRow(ctx.db);
    if (!row) throw new Error('no active signing key after creating one');
  }
  const key = { id: row.id, privateKey: openPrivateKey(row, ctx.config.certificateKeySecret), publicKeyMultibase: row.public_key_multibase };
  cache.set(ctx.db, { key, until: Date.now() + CACHE_MS });
  return key;
}

/** Adds a new active key and retires the current one (kept published); audited. Returns the new key's id. */
export async function rotateSigningKey(ctx: AppContext, source: AuditSource): Promise<{ id: string; retiredId: string | null }> {
  const now = ctx.clock.now();
  const fresh = newKeyRow(ctx.config, now);
  const retiredId = await ctx.db.transaction().execute(async (trx) => {
    const retired = await retireActiveKey(trx, now);
    await insertKey(trx, fresh, { ifNoActive: false });
    await audit(trx, source, 'certificates.key_rotated', { type: 'signing_key', id: fresh.id }, { retired: retired ?? null });
    return retired;
  });
  forgetSigningKey(ctx.db);
  return { id: fresh.id, retiredId };
}

/** Every key ever used to sign (active and retired), public parts only, newest first. */
export async function publishedKeys(db: Kysely<DB>) {
  return (await keyRows(db)).map((r) => ({ id: r.id, status: r.status, publicKeyMultibase: r.public_key_multibase, createdAt: r.created_at, retiredAt: r.retired_at }));
}

/** The platform's did:web identifier for a public URL (host and port; a path is not part of it). */
export function platformDid(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `did:web:${encodeURIComponent(url.host)}`;
}
