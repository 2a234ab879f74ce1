import crypto from 'node:crypto';

/*
 * Secrets the platform must keep in its database and use later — the certificate signing keys, the webhook signing
 * secrets — are sealed with AES-256-GCM under a key derived from SECRETS_KEY and the secret's purpose, when
 * SECRETS_KEY is set (it should be in production). Sealed text: "v1:iv:tag:data", base64 parts.
 */

export interface Sealed {
  value: string;
  encrypted: boolean;
}

function keyFor(secretsKey: string, purpose: string): Buffer {
  return crypto.createHash('sha256').update(`${purpose}:${secretsKey}`).digest();
}

/** Seals bytes for storage under a purpose; stored as base64 in the clear when no key is configured. */
export function seal(plain: Buffer, secretsKey: string | undefined, purpose: string): Sealed {
  if (!secretsKey) return { value: plain.toString('base64'), encrypted: false };
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(secretsKey, purpose), iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { value: ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64'))).join(':'), encrypted: true };
}

/** Opens what `seal` made; throws when it is encrypted and the key is missing or wrong. */
export function unseal(sealed: Sealed, secretsKey: string | undefined, purpose: string): Buffer {
  if (!sealed.encrypted) return Buffer.from(sealed.value, 'base64');
  if (!secretsKey) throw new Error('a stored secret is encrypted and SECRETS_KEY is not set');
  const [version, iv, tag, data] = sealed.value.split(':');
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('unrecognised sealed secret format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(secretsKey, purpose), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
}
