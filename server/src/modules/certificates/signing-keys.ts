import crypto, { type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../../config';
import type { DB } from '../../db/database';
import { audit, type AuditSource } from '../../platform/audit';
import { seal, unseal } from '../../platform/sealing';
import type { AppContext } from '../../platform/context';
import { publicKeyMultibase } from './credential-proof';
import { activeKeyRow, insertKey, keyRows, lockSigningKeys, retireActiveKey, type KeyRow } from './certificates.repo';
import { retiredKeysInUse } from './credential-status.repo';

/**
 * Custody of the platform's Ed25519 signing keys. The private key lives in `certificate_signing_keys`, encrypted
 * with AES-256-GCM under a key derived from SECRETS_KEY when that is set (platform/sealing.ts); it is decrypted only in memory, only
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

/** The purpose the signing keys are sealed under (platform/sealing.ts). */
const SEALING_PURPOSE = 'kshamata-certificate-keys';

/** Seals a private key (PKCS#8 DER) for storage: encrypted when SECRETS_KEY is configured. */
export function sealPrivateKey(der: Buffer, secretsKey: string | undefined): { private_key: string; encrypted: boolean } {
  const sealed = seal(der, secretsKey, SEALING_PURPOSE);
  return { private_key: sealed.value, encrypted: sealed.encrypted };
}

/** Opens a stored private key; throws when it is encrypted and the key is missing or wrong. */
export function openPrivateKey(row: Pick<KeyRow, 'private_key' | 'encrypted'>, secretsKey: string | undefined): KeyObject {
  const der = unseal({ value: row.private_key, encrypted: row.encrypted }, secretsKey, SEALING_PURPOSE);
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
  const sealed = sealPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }), config.secretsKey);
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
  const key = { id: row.id, privateKey: openPrivateKey(row, ctx.config.secretsKey), publicKeyMultibase: row.public_key_multibase };
  cache.set(ctx.db, { key, until: Date.now() + CACHE_MS });
  return key;
}

/**
 * Adds a new active key and retires the current one (kept published); audited. Returns the new key's id. Rotations
 * are serialised by an advisory lock, so two at once both succeed, one after the other (without it the second would
 * find no active key to retire and then collide with the first's new one on the one-active-key index).
 */
export async function rotateSigningKey(ctx: AppContext, source: AuditSource): Promise<{ id: string; retiredId: string | null }> {
  const now = ctx.clock.now();
  const fresh = newKeyRow(ctx.config, now);
  const retiredId = await ctx.db.transaction().execute(async (trx) => {
    await lockSigningKeys(trx);
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

/**
 * The keys a verifier needs: the active one, and each retired one for as long as a credential it signed is live
 * (issued — not revoked or replaced). A retired key whose credentials are all revoked or replaced is no longer listed.
 */
export async function verificationKeys(db: Kysely<DB>) {
  const keys = await publishedKeys(db);
  const inUse = await retiredKeysInUse(db, keys.filter((k) => k.status === 'retired').map((k) => k.id));
  return keys.filter((k) => k.status === 'active' || inUse.has(k.id));
}

/** The platform's did:web identifier for a public URL (host and port; a path is not part of it). */
export function platformDid(publicUrl: string): string {
  const url = new URL(publicUrl);
  return `did:web:${encodeURIComponent(url.host)}`;
}
