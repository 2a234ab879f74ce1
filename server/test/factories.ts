import crypto from 'node:crypto';
import type { AppContext } from '../src/platform/context';
import type { EmployeeGroup, Role } from '../src/db/column-types';
import type { UserStatus } from '../src/modules/identity/identity.tables';
import { hashPassword } from '../src/modules/identity/passwords';
import { insertUser, grantRole } from '../src/modules/identity/users.repo';
import { findOrgByCode, findDesignationByCode } from '../src/modules/orgs/orgs.repo';

export const TEST_PASSWORD = 'Secret-pass-2026';
let cachedHash: Promise<string> | null = null;
let counter = 0;

/** The id of a seeded org by its code (e.g. 'UP-SW', 'UP-REV-LKO'). */
export async function orgId(ctx: AppContext, code: string): Promise<string> {
  const org = await findOrgByCode(ctx.db, code);
  if (!org) throw new Error(`no org ${code}`);
  return org.id;
}

export async function designationId(ctx: AppContext, code: string): Promise<string> {
  const d = await findDesignationByCode(ctx.db, code);
  if (!d) throw new Error(`no designation ${code}`);
  return d.id;
}

/** A unique 10-digit Indian mobile number. */
export function uniqueMobile(): string {
  return `9${String(crypto.randomInt(0, 999_999_999)).padStart(9, '0')}`;
}

export interface MadeUser {
  id: string;
  email: string;
  mobile: string;
  employeeId: string;
  password: string;
  orgId: string;
}

/** Inserts an account directly (active by default) with TEST_PASSWORD, optionally with roles. */
export async function makeUser(
  ctx: AppContext,
  opts: { org?: string; designation?: string; status?: UserStatus; roles?: { role: Role; org: string }[]; group?: EmployeeGroup; name?: string; email?: string; language?: 'en' | 'hi' } = {},
): Promise<MadeUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const tag = `${Date.now().toString(36)}${counter}${crypto.randomBytes(2).toString('hex')}`;
  const org = await findOrgByCode(ctx.db, opts.org ?? 'UP-SW-LKO');
  if (!org) throw new Error(`no org ${opts.org}`);
  const designation = opts.designation ? await findDesignationByCode(ctx.db, opts.designation) : undefined;
  const email = opts.email ?? `user.${tag}@up.gov.in`;
  const mobile = uniqueMobile();
  const employeeId = `EMP-${tag}`.toUpperCase();
  const now = ctx.clock.now();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const userId = await insertUser(
      trx,
      {
        tenant_id: org.tenant_id ?? org.id,
        org_id: org.id,
        designation_id: designation?.id ?? null,
        employee_id: employeeId,
        full_name: opts.name ?? `Test User ${tag}`,
        email,
        mobile,
        employee_group: opts.group ?? 'C',
        password_hash: await cachedHash,
        status: opts.status ?? 'active',
        activation: 'admin',
        email_verified_at: now,
        mobile_verified_at: now,
        language: opts.language ?? 'en',
      },
      { fromDate: '2025-01-01', reason: 'admin_create' },
    );
    for (const r of opts.roles ?? []) {
      const roleOrg = await findOrgByCode(trx, r.org);
      if (!roleOrg) throw new Error(`no org ${r.org}`);
      await grantRole(trx, userId, r.role, roleOrg.id, null);
    }
    return userId;
  });
  return { id, email, mobile, employeeId, password: TEST_PASSWORD, orgId: org.id };
}
