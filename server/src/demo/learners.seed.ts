import type { AppContext } from '../platform/context';
import type { EmployeeGroup, Language } from '../db/column-types';
import { hashPassword, insertUser } from '../modules/identity';
import { findDesignationByCode, findOrgByCode } from '../modules/orgs';

/** A generated demo learner of the Social Welfare department (the demo MDO admin's department). */
export interface DemoLearner {
  email: string;
  employeeId: string;
  name: string;
  nameHi: string;
  mobile: string;
  org: string;
  designation: string;
  group: EmployeeGroup;
  language: Language;
}

const NAMES: [string, string][] = [
  ['Aarti Sharma', 'आरती शर्मा'], ['Mohammad Irfan', 'मोहम्मद इरफ़ान'], ['Neha Gupta', 'नेहा गुप्ता'],
  ['Rajesh Kumar Maurya', 'राजेश कुमार मौर्य'], ['Pooja Yadav', 'पूजा यादव'], ['Sandeep Singh', 'संदीप सिंह'],
  ['Kiran Pal', 'किरण पाल'], ['Vinod Kumar Verma', 'विनोद कुमार वर्मा'], ['Shabana Khan', 'शबाना ख़ान'],
  ['Anil Kumar Dubey', 'अनिल कुमार दुबे'], ['Rekha Devi', 'रेखा देवी'], ['Amit Srivastava', 'अमित श्रीवास्तव'],
  ['Meena Kumari', 'मीना कुमारी'], ['Deepak Chaurasia', 'दीपक चौरसिया'], ['Sarita Mishra', 'सरिता मिश्रा'],
  ['Manoj Prajapati', 'मनोज प्रजापति'], ['Ritu Singh', 'रितु सिंह'], ['Arun Kumar Tiwari', 'अरुण कुमार तिवारी'],
  ['Farha Naaz', 'फ़रहा नाज़'], ['Suresh Chandra Pandey', 'सुरेश चंद्र पांडेय'], ['Anjali Rawat', 'अंजलि रावत'],
  ['Vikas Kushwaha', 'विकास कुशवाहा'], ['Geeta Rani', 'गीता रानी'], ['Harish Chandra Joshi', 'हरीश चंद्र जोशी'],
];
const ORGS = ['UP-SW-LKO', 'UP-SW-VNS', 'UP-SW-DTE'];
const POSTS: { designation: string; group: EmployeeGroup }[] = [
  { designation: 'SR_ASSISTANT', group: 'C' },
  { designation: 'JR_ASSISTANT', group: 'C' },
  { designation: 'SR_ASSISTANT', group: 'C' },
  { designation: 'DSWO', group: 'B' },
];

/** The two dozen generated learners, the same on every machine (e-mail, employee ID and mobile are derived from the index). */
export const DEMO_LEARNERS: DemoLearner[] = NAMES.map(([name, nameHi], i) => {
  const n = String(i + 1).padStart(2, '0');
  const post = POSTS[i % POSTS.length] ?? { designation: 'SR_ASSISTANT', group: 'C' };
  return {
    email: `sw.learner${n}@up.gov.in`,
    employeeId: `SW-20${n}`,
    name,
    nameHi,
    mobile: `94151000${n}`,
    org: ORGS[i % ORGS.length] ?? 'UP-SW-LKO',
    designation: post.designation,
    group: post.group,
    language: i % 3 === 1 ? 'en' : 'hi',
  };
});

/** Creates the generated learners that are missing (by e-mail), with the demo password; returns every one's user id by e-mail. */
export async function seedDemoLearners(ctx: AppContext, password: string): Promise<Map<string, string>> {
  const emails = DEMO_LEARNERS.map((l) => l.email);
  const existing = await ctx.db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  const ids = new Map(existing.flatMap((u) => (u.email ? [[u.email, u.id] as const] : [])));
  const missing = DEMO_LEARNERS.filter((l) => !ids.has(l.email));
  if (missing.length === 0) return ids;
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const l of missing) {
      const org = await findOrgByCode(trx, l.org);
      if (!org) throw new Error(`Seed org ${l.org} missing`);
      const designation = await findDesignationByCode(trx, l.designation);
      const id = await insertUser(
        trx,
        {
          tenant_id: org.tenant_id ?? org.id,
          org_id: org.id,
          designation_id: designation?.id ?? null,
          employee_id: l.employeeId,
          full_name: l.name,
          full_name_hi: l.nameHi,
          email: l.email,
          mobile: l.mobile,
          employee_group: l.group,
          password_hash: passwordHash,
          status: 'active',
          activation: 'admin',
          email_verified_at: now,
          mobile_verified_at: now,
          language: l.language,
          password_changed_at: now,
        },
        { fromDate: '2023-07-01', reason: 'admin_create' },
      );
      ids.set(l.email, id);
    }
  });
  return ids;
}
