import type { AppContext } from '../platform/context';
import type { EmployeeGroup, Language, Role } from '../db/column-types';
import { seedOrgTree } from './orgs.seed';
import { seedDemoCourses } from './courses.seed';
import { seedCertificateTemplates } from './certificates.seed';
import { seedCompetencies } from './competencies.seed';
import { seedDemoProgrammes } from './programmes.seed';
import { seedDemoPlans } from './plans.seed';
import { reconcileLivePlans } from '../modules/plans';
import { seedDemoLearning } from './learning.seed';
import { seedDemoReports } from './reports.seed';
import { grantRole, hashPassword, insertUser } from '../modules/identity';
import { findDesignationByCode } from '../modules/orgs';

export const DEMO_PASSWORD = 'Kshamata@2026';

interface DemoUser {
  email: string;
  employeeId: string;
  name: string;
  nameHi: string;
  mobile: string;
  org: string;
  designation: string | null;
  group: EmployeeGroup;
  language: Language;
  roles: { role: Role; org: string }[];
  label: string;
}

export const DEMO_USERS: DemoUser[] = [
  { label: 'Platform admin', email: 'platform.admin@dopt.gov.in', employeeId: 'DOPT-0001', name: 'Anjali Mehta', nameHi: 'अंजलि मेहता', mobile: '9810000001', org: 'DOPT', designation: 'US', group: 'A', language: 'en', roles: [{ role: 'platform_admin', org: 'IN' }] },
  { label: 'State admin, Uttar Pradesh', email: 'state.admin@up.gov.in', employeeId: 'UP-0001', name: 'Vivek Srivastava', nameHi: 'विवेक श्रीवास्तव', mobile: '9415000001', org: 'UP', designation: 'SR_ASSISTANT', group: 'A', language: 'en', roles: [{ role: 'state_admin', org: 'UP' }] },
  { label: 'MDO admin, Social Welfare', email: 'nodal.sw@up.gov.in', employeeId: 'SW-0001', name: 'Priya Verma', nameHi: 'प्रिया वर्मा', mobile: '9415000002', org: 'UP-SW', designation: 'DSWO', group: 'B', language: 'hi', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] },
  { label: 'MDO admin, Revenue', email: 'nodal.revenue@up.gov.in', employeeId: 'REV-0001', name: 'Sanjay Tripathi', nameHi: 'संजय त्रिपाठी', mobile: '9415000003', org: 'UP-REV', designation: 'ADM', group: 'A', language: 'en', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] },
  { label: 'MDO admin, Medical Health', email: 'nodal.health@up.gov.in', employeeId: 'MH-0001', name: 'Dr. Kavita Singh', nameHi: 'डॉ. कविता सिंह', mobile: '9415000004', org: 'UP-MH', designation: 'CMO', group: 'A', language: 'hi', roles: [{ role: 'mdo_admin', org: 'UP-MH' }] },
  { label: 'Course creator, Revenue', email: 'course.creator@up.gov.in', employeeId: 'REV-0101', name: 'Neha Saxena', nameHi: 'नेहा सक्सेना', mobile: '9415000005', org: 'UP-REV', designation: 'ADM', group: 'A', language: 'en', roles: [{ role: 'content_creator', org: 'UP-REV' }] },
  { label: 'Course reviewer + publisher', email: 'course.reviewer@up.gov.in', employeeId: 'REV-0102', name: 'Alok Mishra', nameHi: 'आलोक मिश्र', mobile: '9415000006', org: 'UP-REV', designation: 'ADM', group: 'A', language: 'hi', roles: [{ role: 'content_reviewer', org: 'UP-REV' }, { role: 'content_publisher', org: 'UP-REV' }] },
  { label: 'Learner, Tehsildar (Revenue)', email: 'ramesh.yadav@up.gov.in', employeeId: 'REV-1042', name: 'Ramesh Yadav', nameHi: 'रमेश यादव', mobile: '9415000010', org: 'UP-REV-LKO-SADAR', designation: 'TEHSILDAR', group: 'B', language: 'en', roles: [] },
  { label: 'Learner, ASHA worker (Hindi)', email: 'sunita.devi.asha@gmail.com', employeeId: 'ASHA-55021', name: 'Sunita Devi', nameHi: 'सुनीता देवी', mobile: '9415000011', org: 'UP-MH-BAH', designation: 'ASHA', group: 'honorarium', language: 'hi', roles: [] },
  { label: 'Learner, Constable (Police)', email: 'arvind.kumar@up.gov.in', employeeId: 'UPP-778812', name: 'Arvind Kumar', nameHi: 'अरविंद कुमार', mobile: '9415000012', org: 'UP-POLICE-LKO', designation: 'CONSTABLE', group: 'C', language: 'hi', roles: [] },
];

/** Lines printed by `npm start` so a new user can sign in. */
export function demoSignIns(): string[] {
  return [
    ...DEMO_USERS.map((u) => `${u.label.padEnd(32)} ${u.email}`),
    `Password for every demo account: ${DEMO_PASSWORD}`,
  ];
}

/** Seeds the reference org tree, the demo accounts and (outside tests) the demo courses; safe to run at every start. */
export async function seedDemo(ctx: AppContext, opts: { courses: boolean }): Promise<void> {
  const orgIds = await seedOrgTree(ctx.db);
  await seedDemoUsers(ctx, orgIds);
  await seedCompetencies(ctx.db);
  if (opts.courses) {
    await seedDemoCourses(ctx);
    await seedDemoProgrammes(ctx);
    await seedDemoPlans(ctx);
    await seedCertificateTemplates(ctx.db);
  }
}

/**
 * Demo learning activity on the demo courses (outside tests): the demo learners' and two dozen generated learners'
 * enrolments, progress, completions, ratings and an open attempt. Runs after the job queue starts, because a timed
 * assessment schedules its deadline job when it begins.
 */
export async function seedDemoActivity(ctx: AppContext): Promise<void> {
  await seedDemoLearning(ctx, DEMO_PASSWORD);
  await seedDemoReports(ctx);
  // The seeds insert people in bulk, without events: the live plans' reconciliation assigns them (as it would every
  // 15 minutes) so that the demo's compliance figures cover everyone from the first sign-in (seeded history: no notices).
  await reconcileLivePlans(ctx, { force: true, notify: false });
}

async function seedDemoUsers(ctx: AppContext, orgIds: Map<string, string>): Promise<void> {
  const existing = await ctx.db.selectFrom('users').select('email').where('email', 'in', DEMO_USERS.map((u) => u.email)).execute();
  const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.email === u.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const u of missing) {
      const orgId = orgIds.get(u.org);
      if (!orgId) throw new Error(`Seed org ${u.org} missing`);
      const org = await trx.selectFrom('orgs').select('tenant_id').where('id', '=', orgId).executeTakeFirstOrThrow();
      const designation = u.designation ? await findDesignationByCode(trx, u.designation) : undefined;
      const userId = await insertUser(
        trx,
        {
          tenant_id: org.tenant_id ?? orgId,
          org_id: orgId,
          designation_id: designation?.id ?? null,
          employee_id: u.employeeId,
          full_name: u.name,
          full_name_hi: u.nameHi,
          email: u.email,
          mobile: u.mobile,
          employee_group: u.group,
          password_hash: passwordHash,
          status: 'active',
          activation: 'admin',
          email_verified_at: now,
          mobile_verified_at: now,
          language: u.language,
          password_changed_at: now,
        },
        { fromDate: '2024-04-01', reason: 'admin_create' },
      );
      for (const r of u.roles) await grantRole(trx, userId, r.role, orgIds.get(r.org) ?? orgId, null);
    }
  });
}
