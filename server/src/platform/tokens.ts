import crypto from 'node:crypto';

/** A random URL-safe secret of `bytes` bytes (session cookies, CSRF tokens, registration links). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}
