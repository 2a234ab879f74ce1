/** Normalises an Indian mobile number to its 10 digits, or null when it is not one. */
export function normaliseMobile(input: string): string | null {
  let digits = input.replace(/[\s-]/g, '');
  if (digits.startsWith('+91')) digits = digits.slice(3);
  else if (digits.length === 12 && digits.startsWith('91')) digits = digits.slice(2);
  else if (digits.length === 11 && digits.startsWith('0')) digits = digits.slice(1);
  return /^[6-9]\d{9}$/.test(digits) ? digits : null;
}

export function normaliseEmail(input: string): string {
  return input.trim().toLowerCase();
}

/** Government domains: an address on one of them must be on the organisation's allow-list. */
const GOVERNMENT_SUFFIXES = ['gov.in', 'nic.in'];
export function isGovernmentDomain(domain: string): boolean {
  return GOVERNMENT_SUFFIXES.some((s) => domain === s || domain.endsWith(`.${s}`));
}

/** How a sign-in identifier is read: e-mail, mobile number or employee ID. */
export function parseIdentifier(input: string): { email?: string; mobile?: string; employeeId?: string } {
  const value = input.trim();
  if (value.includes('@')) return { email: normaliseEmail(value) };
  const mobile = normaliseMobile(value);
  if (mobile) return { mobile };
  return { employeeId: value };
}

/** r*****h@up.gov.in: enough to recognise, not enough to harvest. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const shown = local.length <= 2 ? (local[0] ?? '') : `${local[0]}${'*'.repeat(Math.max(1, local.length - 2))}${local[local.length - 1]}`;
  return `${shown}@${domain}`;
}

/** ******3210 */
export function maskMobile(mobile: string): string {
  return `${'*'.repeat(Math.max(0, mobile.length - 4))}${mobile.slice(-4)}`;
}
