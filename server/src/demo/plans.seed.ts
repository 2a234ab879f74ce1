import type { AppContext } from '../platform/context';
import {
  type AudienceSpec,
  type DeadlineSpec,
  insertPlan,
  replaceRequirements,
  type RequirementKind,
  runSweep,
} from '../modules/plans';
import { findDesignationByCode, findOrgByCode } from '../modules/orgs';
import { findProgrammeByCode } from '../modules/programmes';

interface DemoRequirement {
  kind: RequirementKind;
  courses?: string[];
  programme?: string;
  count?: number;
  tags?: string[];
  publishedAfter?: string;
  validityMonths?: number;
  renewalWindowDays?: number;
}

interface DemoPlan {
  code: string;
  owner: string;
  name: { en: string; hi: string };
  description: { en: string; hi: string };
  acrLinked: boolean;
  /** Designation codes of a criteria audience; absent = everyone in the owner's subtree. */
  designations?: string[];
  deadline: DeadlineSpec;
  countsFrom: string;
  requirement: DemoRequirement;
}

/**
 * The three Uttar Pradesh orders of January–February 2026 as the state runs them in the appraisal year 2026-27: all
 * linked to the ACR/APAR (so they reach statements and the HRMS API); the two year-end orders recur every year
 * (a new cycle each 1 April); order (c) counts an earlier completion while it is valid (24 months), in calendar months.
 */
export const DEMO_PLANS: DemoPlan[] = [
  {
    code: 'up-order-7-day-programme',
    owner: 'UP',
    name: { en: '7-day capacity-building programme (UP order, ACR-linked)', hi: 'सात दिवसीय क्षमता निर्माण कार्यक्रम (उ.प्र. शासनादेश, एसीआर से संबद्ध)' },
    description: {
      en: 'Every officer and employee of Uttar Pradesh completes the 7-day capacity-building programme. Completion is linked to the ACR and to promotion.',
      hi: 'उत्तर प्रदेश के प्रत्येक अधिकारी और कर्मचारी को सात दिवसीय क्षमता निर्माण कार्यक्रम पूरा करना है। इसकी पूर्णता एसीआर और पदोन्नति से जुड़ी है।',
    },
    acrLinked: true,
    deadline: { kind: 'fixed', date: '2027-03-31', lateJoinerDays: 90, everyYear: true },
    countsFrom: 'ever',
    requirement: { kind: 'programme', programme: 'up-7-day-capacity-building' },
  },
  {
    code: 'up-order-latest-3-courses',
    owner: 'UP',
    name: { en: 'Latest 3 courses: AI, cyber security, e-governance (UP order)', hi: 'नवीनतम 3 पाठ्यक्रम: एआई, साइबर सुरक्षा, ई-गवर्नेंस (उ.प्र. शासनादेश)' },
    description: {
      en: 'Every year, everyone completes the three latest courses on AI, cyber security and e-governance by 31 March; the report is taken from the platform.',
      hi: 'प्रत्येक वर्ष सभी को 31 मार्च तक एआई, साइबर सुरक्षा और ई-गवर्नेंस के तीन नवीनतम पाठ्यक्रम पूरे करने हैं; रिपोर्ट प्लेटफ़ॉर्म से ली जाती है।',
    },
    acrLinked: true,
    deadline: { kind: 'fixed', date: '2027-03-31', lateJoinerDays: 60, everyYear: true },
    countsFrom: 'ever',
    requirement: { kind: 'tagged', tags: ['ai', 'cyber-security', 'e-governance'], count: 3, publishedAfter: '2026-01-01' },
  },
  {
    code: 'up-order-district-officers-disaster-management',
    owner: 'UP',
    name: { en: 'Disaster management within a month of a new posting (district officers)', hi: 'नई तैनाती के एक माह के भीतर आपदा प्रबंधन (जिला स्तरीय अधिकारी)' },
    description: {
      en: 'DM, SP, ADM, CDO, SDM, ASP and Tehsildar complete the disaster-management course within one month of a new posting; a transfer or a new posting restarts the clock.',
      hi: 'जिलाधिकारी, पुलिस अधीक्षक, अपर जिलाधिकारी, मुख्य विकास अधिकारी, उपजिलाधिकारी, अपर पुलिस अधीक्षक और तहसीलदार नई तैनाती के एक माह के भीतर आपदा प्रबंधन पाठ्यक्रम पूरा करें; स्थानांतरण या नई तैनाती पर समय सीमा फिर से शुरू होती है।',
    },
    acrLinked: true,
    designations: ['DM', 'SP', 'ADM', 'CDO', 'SDM', 'ASP', 'TEHSILDAR'],
    deadline: { kind: 'after_posting', months: 1, notBefore: '2026-02-01' },
    countsFrom: 'cycle',
    requirement: { kind: 'courses', courses: ['DM-DISTRICT'], validityMonths: 24, renewalWindowDays: 30 },
  },
];

/** Publishes the demo plans that are not there yet (by code) and assigns their audience; needs the demo courses and programmes. */
export async function seedDemoPlans(ctx: AppContext): Promise<void> {
  for (const demo of DEMO_PLANS) {
    if (await ctx.db.selectFrom('plans').select('id').where('code', '=', demo.code).executeTakeFirst()) continue;
    const owner = await findOrgByCode(ctx.db, demo.owner);
    if (!owner) throw new Error(`demo plan ${demo.code}: no org ${demo.owner}`);
    const designationIds: string[] = [];
    for (const code of demo.designations ?? []) {
      const d = await findDesignationByCode(ctx.db, code);
      if (d) designationIds.push(d.id);
    }
    const audience: AudienceSpec = demo.designations ? { mode: 'criteria', groups: [{ designationIds }] } : { mode: 'all' };
    const r = demo.requirement;
    const courseIds = r.courses?.length
      ? (await ctx.db.selectFrom('courses').select(['id', 'code']).where('code', 'in', r.courses).execute()).map((c) => c.id)
      : [];
    const programme = r.programme ? await findProgrammeByCode(ctx.db, r.programme) : undefined;
    if ((r.courses && courseIds.length !== r.courses.length) || (r.programme && !programme)) throw new Error(`demo plan ${demo.code}: content missing`);
    const now = ctx.clock.now();
    const id = await ctx.db.transaction().execute(async (trx) => {
      const planId = await insertPlan(trx, {
        code: demo.code,
        owner_org_id: owner.id,
        name_en: demo.name.en,
        name_hi: demo.name.hi,
        description_en: demo.description.en,
        description_hi: demo.description.hi,
        status: 'live',
        acr_linked: demo.acrLinked,
        audience: JSON.stringify(audience),
        deadline: JSON.stringify(demo.deadline),
        counts_from: demo.countsFrom,
        created_at: now,
        updated_at: now,
        published_at: now,
        sweep_status: 'running',
      });
      await replaceRequirements(trx, planId, [
        {
          kind: r.kind,
          course_ids: courseIds,
          programme_id: programme?.id ?? null,
          required_count: r.count ?? null,
          tags: r.tags ?? [],
          published_after: r.publishedAfter ?? null,
          validity_months: r.validityMonths ?? null,
          renewal_window_days: r.renewalWindowDays ?? null,
        },
      ]);
      return planId;
    });
    await runSweep(ctx, id, { notify: false });
  }
}
