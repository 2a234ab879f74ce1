import crypto from 'node:crypto';

/**
 * Certificate numbers: `KSH-<year>-XXXX-XXXX-XXXX`. Eleven random Crockford base32 characters (no I, L, O, U;
 * about 3.6 × 10^16 possibilities a year, so numbers cannot be guessed or enumerated) and a Luhn mod 32 check
 * character that catches any single mistyped character and most swaps of neighbours.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RANDOM_CHARS = 11;
const PATTERN = /^KSH-(\d{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})$/;

function checkCharacter(payload: string): string {
  // Luhn mod N over the base32 code points, computed from the right.
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(payload[i] ?? '0');
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? '0';
}

/** A new random certificate number for the given year. */
export function newCertificateNumber(year: number): string {
  const bytes = crypto.randomBytes(RANDOM_CHARS);
  const body = Array.from(bytes, (b) => ALPHABET[b & 31]).join('');
  const chars = body + checkCharacter(body);
  return `KSH-${year}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * The canonical form of a number as typed or scanned: upper case, spaces removed, the look-alikes O→0 and
 * I/L→1 mapped; null unless it has the right shape and its check character is right.
 */
export function normaliseCertificateNumber(input: string): string | null {
  const cleaned = input.trim().toUpperCase().replace(/\s+/g, '');
  // "KSH" has none of the look-alikes, so they can be mapped everywhere.
  const match = PATTERN.exec(cleaned.replace(/O/g, '0').replace(/[IL]/g, '1'));
  if (!match) return null;
  const chars = `${match[2]}${match[3]}${match[4]}`;
  if ([...chars].some((c) => !ALPHABET.includes(c))) return null;
  if (checkCharacter(chars.slice(0, RANDOM_CHARS)) !== chars[RANDOM_CHARS]) return null;
  return `KSH-${match[1]}-${match[2]}-${match[3]}-${match[4]}`;
}
