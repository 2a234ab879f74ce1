import type { AppContext } from '../platform/context';
import {
  enrolInProgramme,
  findProgrammeByCode,
  insertProgramme,
  type ProgrammeTexts,
  replaceCourses,
  searchTextOf,
} from '../modules/programmes';
import { findOrgByCode } from '../modules/orgs';

interface DemoProgramme {
  code: string;
  provider: string;
  texts: { en: ProgrammeTexts; hi: ProgrammeTexts };
  /** Demo course codes in order; `?` marks an optional course. */
  courses: string[];
  durationMinutes: number | null;
}

/** The demo programmes: UP's mandatory 7-day programme (Jan 2026 order) and a short bundle for district officers. */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    code: 'up-7-day-capacity-building',
    provider: 'UP',
    texts: {
      en: {
        title: '7-day capacity-building programme',
        summary:
          'The programme every officer and employee of Uttar Pradesh completes: seven courses, one a day — AI, cyber security, e-Office, noting and drafting, POSH, RTI and a yoga break.',
        description:
          'Take one course a day for seven days, on your phone or at your desk, in Hindi or English. The programme is complete when all seven courses are complete; courses you finished earlier count. Completion of this programme is linked to your ACR/APAR and promotion.',
      },
      hi: {
        title: 'सात दिवसीय क्षमता निर्माण कार्यक्रम',
        summary:
          'उत्तर प्रदेश के प्रत्येक अधिकारी और कर्मचारी के लिए कार्यक्रम: सात पाठ्यक्रम, प्रतिदिन एक — एआई, साइबर सुरक्षा, ई-ऑफ़िस, टिप्पण और आलेखन, पॉश, आरटीआई और योग विराम।',
        description:
          'सात दिनों तक प्रतिदिन एक पाठ्यक्रम करें, फ़ोन पर या अपनी मेज़ पर, हिंदी या अंग्रेज़ी में। सभी सात पाठ्यक्रम पूरे होने पर कार्यक्रम पूरा होता है; पहले पूरे किए गए पाठ्यक्रम भी गिने जाते हैं। इस कार्यक्रम की पूर्णता आपकी एसीआर/एपीएआर और पदोन्नति से जुड़ी है।',
      },
    },
    courses: ['AI-BASICS', 'CYBER-SEC', 'E-OFFICE', 'NOTING-DRAFTING', 'POSH-2013', 'RTI-2005', 'Y-BREAK'],
    // Seven days of one hour each, rather than the 375 minutes the courses state.
    durationMinutes: 7 * 60,
  },
  {
    code: 'district-officer-essentials',
    provider: 'UP-REV',
    texts: {
      en: {
        title: 'District officer essentials',
        summary: 'Disaster management, the Right to Information Act and procurement on GeM: what a newly posted district officer needs first.',
        description:
          'For DMs, ADMs, SDMs, CDOs and Tehsildars taking up a new posting. Three required courses; the noting and drafting course is optional.',
      },
      hi: {
        title: 'ज़िला अधिकारी: आवश्यक पाठ्यक्रम',
        summary: 'आपदा प्रबंधन, सूचना का अधिकार अधिनियम और जेम पर ख़रीद: नई तैनाती पर ज़िला अधिकारी को सबसे पहले क्या जानना चाहिए।',
        description:
          'नई तैनाती लेने वाले ज़िलाधिकारी, अपर ज़िलाधिकारी, उपज़िलाधिकारी, मुख्य विकास अधिकारी और तहसीलदार के लिए। तीन पाठ्यक्रम आवश्यक हैं; टिप्पण और आलेखन पाठ्यक्रम वैकल्पिक है।',
      },
    },
    courses: ['DM-DISTRICT', 'RTI-2005', 'GEM-PROC', 'NOTING-DRAFTING?'],
    durationMinutes: null,
  },
];

/** The demo Tehsildar follows the district officers' programme, so My Learning shows one in progress. */
const DEMO_ENROLMENTS = [{ email: 'ramesh.yadav@up.gov.in', programme: 'district-officer-essentials' }];

/** Publishes the demo programmes that are not there yet (by code); needs the demo courses. Safe to run at every start. */
export async function seedDemoProgrammes(ctx: AppContext): Promise<void> {
  for (const demo of DEMO_PROGRAMMES) {
    if (await findProgrammeByCode(ctx.db, demo.code)) continue;
    const provider = await findOrgByCode(ctx.db, demo.provider);
    if (!provider) throw new Error(`demo programme ${demo.code}: no org ${demo.provider}`);
    const codes = demo.courses.map((c) => c.replace(/\?$/, ''));
    const courses = await ctx.db.selectFrom('courses').select(['id', 'code']).where('code', 'in', codes).execute();
    const list = demo.courses.map((c) => {
      const course = courses.find((x) => x.code === c.replace(/\?$/, ''));
      if (!course) throw new Error(`demo programme ${demo.code}: no course ${c}`);
      return { courseId: course.id, required: !c.endsWith('?') };
    });
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      const id = await insertProgramme(trx, {
        code: demo.code,
        provider_org_id: provider.id,
        status: 'published',
        texts: JSON.stringify(demo.texts),
        duration_minutes: demo.durationMinutes,
        search_text: searchTextOf(demo.code, demo.texts),
        published_at: now,
      });
      if (id) await replaceCourses(trx, id, list);
    });
  }
  for (const e of DEMO_ENROLMENTS) {
    const [user, programme] = [
      await ctx.db.selectFrom('users').select('id').where('email', '=', e.email).executeTakeFirst(),
      await findProgrammeByCode(ctx.db, e.programme),
    ];
    if (!user || !programme) continue;
    await ctx.db.transaction().execute((trx) => enrolInProgramme(trx, { userId: user.id, programmeId: programme.id, source: 'self', now: ctx.clock.now() }));
  }
}
