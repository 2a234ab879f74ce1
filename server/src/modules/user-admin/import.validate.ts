import type { EmployeeGroup } from '../../db/column-types';
import { isGovernmentDomain, normaliseEmail, normaliseMobile } from '../identity';
import { emailDomain } from '../orgs';
import type { ImportColumn, ImportRow } from './import.csv';
import type { RowErrorCode } from './import.messages';

/** Where rows may be placed: the import's subtree, its designations and e-mail allow-lists (loaded once per job). */
export interface Placement {
  importOrg: { id: string; path: string; tenantId: string };
  /** Orgs named in the file (and the import org), by code. */
  orgsByCode: Map<string, { id: string; path: string; tenantId: string }>;
  designationsByCode: Map<string, string>;
  /** Designation ids usable in an org (its own and its ancestors'), by org id. */
  designationsByOrg: Map<string, Set<string>>;
  /** Allowed official e-mail domains (inherited), by org id. */
  domainsByOrg: Map<string, string[]>;
}

export interface RowProblem {
  field: ImportColumn | null;
  code: RowErrorCode;
  params?: Record<string, unknown>;
}

/** A row that passed every check on its own, ready to insert. */
export interface ValidUser {
  employeeId: string;
  fullName: string;
  fullNameHi: string | null;
  email: string;
  mobile: string;
  orgId: string;
  tenantId: string;
  designationId: string;
  group: EmployeeGroup;
  cadre: string | null;
  service: string | null;
}

export interface CheckedRow {
  row: ImportRow;
  problems: RowProblem[];
  /** Identifiers that are well-formed, for the duplicate checks (even when another field is wrong). */
  keys: { employeeId?: string; email?: string; mobile?: string };
  /** The tenant the employee ID must be unique in: that of the row's org, else of the import's. */
  tenantId: string;
  user: ValidUser | null;
}

// The rules of self-registration (registration.schema.ts and registration.service.ts).
const EMPLOYEE_ID = /^[A-Za-z0-9/._-]+$/;
// ajv-formats' "email" (full mode), the check the registration schema applies.
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const GROUPS = new Map<string, EmployeeGroup>([
  ['a', 'A'],
  ['b', 'B'],
  ['c', 'C'],
  ['d', 'D'],
  ['contractual', 'contractual'],
  ['honorarium', 'honorarium'],
  ['other', 'other'],
]);
const chars = (s: string) => [...s].length;

/** Checks one row on its own (format, org, designation, group, e-mail domain); duplicates are checked afterwards. */
export function checkRow(row: ImportRow, placement: Placement): CheckedRow {
  const problems: RowProblem[] = [];
  const keys: CheckedRow['keys'] = {};
  const v = row.values;
  const add = (field: ImportColumn | null, code: RowErrorCode, params?: Record<string, unknown>) => problems.push({ field, code, ...(params ? { params } : {}) });
  const required = (field: ImportColumn): string => {
    const value = v[field] ?? '';
    if (value === '') add(field, 'REQUIRED');
    return value;
  };
  const maxLength = (field: ImportColumn, value: string, max: number): boolean => {
    if (chars(value) <= max) return true;
    add(field, 'TOO_LONG', { max });
    return false;
  };
  if (row.columnCount) add(null, 'ROW_COLUMN_COUNT', row.columnCount);

  const employeeId = required('employee_id');
  if (employeeId !== '' && maxLength('employee_id', employeeId, 40)) {
    if (EMPLOYEE_ID.test(employeeId)) keys.employeeId = employeeId.toLowerCase();
    else add('employee_id', 'EMPLOYEE_ID_INVALID');
  }
  const fullName = required('full_name');
  if (fullName !== '' && maxLength('full_name', fullName, 120) && chars(fullName) < 2) add('full_name', 'NAME_TOO_SHORT');
  const fullNameHi = v.full_name_hi ?? '';
  maxLength('full_name_hi', fullNameHi, 120);
  const cadre = v.cadre ?? '';
  const service = v.service ?? '';
  maxLength('cadre', cadre, 80);
  maxLength('service', service, 80);

  const orgCode = v.org_code ?? '';
  let org: { id: string; path: string; tenantId: string } | undefined = placement.importOrg;
  if (orgCode !== '') {
    org = placement.orgsByCode.get(orgCode) ?? placement.orgsByCode.get(orgCode.toUpperCase());
    if (!org) add('org_code', 'ORG_CODE_UNKNOWN', { code: orgCode });
    else if (!org.path.startsWith(placement.importOrg.path)) {
      add('org_code', 'ORG_NOT_IN_SUBTREE', { code: orgCode });
      org = undefined;
    }
  }

  const email = normaliseEmail(required('email'));
  if (email !== '' && maxLength('email', email, 254)) {
    if (!EMAIL.test(email)) add('email', 'EMAIL_INVALID');
    else {
      keys.email = email;
      // Personal addresses are fine for an admin import; a government one must be the org's own.
      const domain = emailDomain(email);
      const allowed = org ? (placement.domainsByOrg.get(org.id) ?? []) : [];
      if (org && isGovernmentDomain(domain) && !allowed.some((d) => domain === d || domain.endsWith(`.${d}`))) {
        add('email', 'EMAIL_DOMAIN_NOT_ALLOWED', { domains: allowed.join(', ') });
      }
    }
  }
  const rawMobile = required('mobile');
  const mobile = rawMobile === '' ? null : normaliseMobile(rawMobile);
  if (rawMobile !== '' && !mobile) add('mobile', 'MOBILE_INVALID');
  if (mobile) keys.mobile = mobile;

  const designationCode = required('designation_code');
  let designationId: string | undefined;
  if (designationCode !== '') {
    designationId = placement.designationsByCode.get(designationCode) ?? placement.designationsByCode.get(designationCode.toUpperCase());
    if (!designationId) add('designation_code', 'DESIGNATION_UNKNOWN', { code: designationCode });
    else if (org && !placement.designationsByOrg.get(org.id)?.has(designationId)) add('designation_code', 'DESIGNATION_NOT_IN_ORG');
  }
  const groupRaw = required('employee_group');
  const group = GROUPS.get(groupRaw.toLowerCase());
  if (groupRaw !== '' && !group) add('employee_group', 'EMPLOYEE_GROUP_INVALID');

  const tenantId = (org ?? placement.importOrg).tenantId;
  if (problems.length > 0 || !org || !designationId || !group || !mobile) return { row, problems, keys, tenantId, user: null };
  return {
    row,
    problems,
    keys,
    tenantId,
    user: {
      employeeId,
      fullName,
      fullNameHi: fullNameHi || null,
      email,
      mobile,
      orgId: org.id,
      tenantId: org.tenantId,
      designationId,
      group,
      cadre: cadre || null,
      service: service || null,
    },
  };
}

/**
 * Finds identifiers repeated within the file: the first row to use one keeps it, each later row
 * gets a problem naming that first row. Pure and deterministic, so a resumed job sees the same result.
 */
export function markRepeats(rows: CheckedRow[]): void {
  const seen = { employeeId: new Map<string, number>(), email: new Map<string, number>(), mobile: new Map<string, number>() };
  const fields = [
    ['employeeId', 'employee_id', 'EMPLOYEE_ID_REPEATED'],
    ['email', 'email', 'EMAIL_REPEATED'],
    ['mobile', 'mobile', 'MOBILE_REPEATED'],
  ] as const;
  for (const checked of rows) {
    for (const [key, field, code] of fields) {
      const value = checked.keys[key];
      if (value === undefined) continue;
      const scoped = key === 'employeeId' ? `${checked.tenantId}|${value}` : value;
      const first = seen[key].get(scoped);
      if (first === undefined) seen[key].set(scoped, checked.row.rowNumber);
      else {
        checked.problems.push({ field, code, params: { row: first } });
        checked.user = null;
      }
    }
  }
}
