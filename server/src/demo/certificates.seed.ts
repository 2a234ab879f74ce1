import type { Kysely } from 'kysely';
import type { DB } from '../db/database';

/** Signatories of the demo departments' certificate templates (names of the demo MDO admins; no images). */
const TEMPLATES = [
  { org: 'UP-REV', nameEn: 'Sanjay Tripathi', nameHi: 'संजय त्रिपाठी', designationEn: 'Additional District Magistrate, Revenue Department', designationHi: 'अपर ज़िलाधिकारी, राजस्व विभाग' },
  { org: 'UP-SW', nameEn: 'Priya Verma', nameHi: 'प्रिया वर्मा', designationEn: 'District Social Welfare Officer', designationHi: 'ज़िला समाज कल्याण अधिकारी' },
  { org: 'UP-MH', nameEn: 'Dr. Kavita Singh', nameHi: 'डॉ. कविता सिंह', designationEn: 'Chief Medical Officer', designationHi: 'मुख्य चिकित्सा अधिकारी' },
];

/** Seeds the demo departments' certificate templates once; an admin's later changes are kept. */
export async function seedCertificateTemplates(db: Kysely<DB>): Promise<void> {
  const orgs = await db.selectFrom('orgs').select(['id', 'code']).where('code', 'in', TEMPLATES.map((t) => t.org)).execute();
  const values = TEMPLATES.flatMap((t) => {
    const org = orgs.find((o) => o.code === t.org);
    return org
      ? [{ org_id: org.id, signatory_name_en: t.nameEn, signatory_name_hi: t.nameHi, signatory_designation_en: t.designationEn, signatory_designation_hi: t.designationHi }]
      : [];
  });
  if (values.length === 0) return;
  await db.insertInto('certificate_templates').values(values).onConflict((oc) => oc.column('org_id').doNothing()).execute();
}
