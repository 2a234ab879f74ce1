import type { AdminUserT } from './user-admin.schema';
import type { AdminUserRow } from './user-admin.repo';

/** An org or designation named in both languages. */
export function named(id: string, nameEn: string, nameHi: string) {
  return { id, nameEn, nameHi };
}

/** Who a person is, without contact details: for admins who do not (yet) administer them. */
export function presentPersonRef(row: { id: string; employee_id: string; full_name: string; full_name_hi: string | null }) {
  return { id: row.id, employeeId: row.employee_id, fullName: row.full_name, fullNameHi: row.full_name_hi };
}

/** A user as an admin over their org sees them (contact details included). */
export function presentAdminUser(row: AdminUserRow): AdminUserT {
  return {
    ...presentPersonRef(row),
    email: row.email,
    mobile: row.mobile,
    status: row.status,
    org: named(row.org_id, row.org_en, row.org_hi),
    designation: row.d_id ? named(row.d_id, row.d_en ?? '', row.d_hi ?? '') : null,
    employeeGroup: row.employee_group,
    cadre: row.cadre,
    service: row.service,
    emailVerified: row.email_verified_at !== null,
    mobileVerified: row.mobile_verified_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

/** A date column as YYYY-MM-DD, whichever way the driver returned it. */
export function isoDate(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
