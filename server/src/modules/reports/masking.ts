import type { ReportMask } from './reports.tables';

/* PII masking of people rows by the viewer's mask (see reports.policy.ts for who gets which). */

/** An identifier reduced to its last four characters. */
export function maskTail(value: string, keep = 4): string {
  if (value.length <= keep) return '•'.repeat(value.length);
  return `${'•'.repeat(Math.min(4, value.length - keep))}${value.slice(-keep)}`;
}

/** An e-mail reduced to its first letter and domain. */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '•••';
  return `${email[0]}•••${email.slice(at)}`;
}

/** A mobile number reduced to its last two digits. */
export function maskMobile(mobile: string): string {
  return `••••••••${mobile.slice(-2)}`;
}

/** A name shortened to first name and initial of the last ("Ramesh Y."), for leaderboards shown to colleagues. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  return `${parts[0]} ${[...last][0] ?? ''}.`;
}

export interface PersonPii {
  employeeId: string;
  email: string;
  mobile: string;
}

/** The identifiers a viewer with this mask may see; null fields are withheld. */
export function maskPii(p: PersonPii, mask: ReportMask): { employeeId: string; email: string | null; mobile: string | null } {
  if (mask === 'none') return { employeeId: p.employeeId, email: p.email, mobile: p.mobile };
  if (mask === 'partial') return { employeeId: maskTail(p.employeeId), email: maskEmail(p.email), mobile: maskMobile(p.mobile) };
  return { employeeId: maskTail(p.employeeId), email: null, mobile: null };
}
