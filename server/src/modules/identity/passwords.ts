import argon2 from 'argon2';

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** Checks a password against a stored hash; false for a missing or malformed hash. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** The policy: 8–128 characters with at least one letter and one digit. Returns a reason code or null. */
export function passwordProblem(password: string): 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_WEAK' | null {
  if (password.length < PASSWORD_MIN) return 'PASSWORD_TOO_SHORT';
  if (!/[A-Za-z\u0900-\u097F]/.test(password) || !/\d/.test(password)) return 'PASSWORD_TOO_WEAK';
  return null;
}
