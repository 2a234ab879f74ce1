import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database';
import { checkFracRows, insertPath, parseFracCsv, replaceFrac } from '../modules/competencies';
import { BEHAVIOURAL } from './competencies/framework-behavioural';
import { DOMAIN } from './competencies/framework-domain';
import { FUNCTIONAL } from './competencies/framework-functional';
import type { SeedArea } from './competencies/types';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** The demo Karmayogi Competency Model: behavioural, functional and domain areas → themes → competencies. */
export const DEMO_FRAMEWORK: SeedArea[] = [...BEHAVIOURAL, ...FUNCTIONAL, ...DOMAIN];

/** Career ladders of the demo (designation codes, lowest post first). */
export const DEMO_CAREER_PATHS = [
  { code: 'up-revenue', name: ['District administration (revenue)', 'ज़िला प्रशासन (राजस्व)'], cadre: ['Uttar Pradesh revenue and civil services', 'उत्तर प्रदेश राजस्व एवं सिविल सेवाएँ'], steps: ['NAIB_TEHSILDAR', 'TEHSILDAR', 'SDM', 'ADM', 'DM'] },
  { code: 'up-police', name: ['Police (civil police)', 'पुलिस (नागरिक पुलिस)'], cadre: ['Uttar Pradesh Police', 'उत्तर प्रदेश पुलिस'], steps: ['CONSTABLE', 'HEAD_CONSTABLE', 'SI'] },
  { code: 'up-community-health', name: ['Community health', 'सामुदायिक स्वास्थ्य'], cadre: ['National Health Mission, Uttar Pradesh', 'राष्ट्रीय स्वास्थ्य मिशन, उत्तर प्रदेश'], steps: ['ASHA', 'ANM'] },
  { code: 'ministerial', name: ['Ministerial (office) staff', 'लिपिकीय (कार्यालय) संवर्ग'], cadre: ['Ministerial cadre', 'मिनिस्टीरियल संवर्ग'], steps: ['JR_ASSISTANT', 'SR_ASSISTANT'] },
] as const;

/** Inserts the framework's missing areas, themes and competencies by code; never overwrites an admin's edits. */
async function seedFramework(db: Kysely<DB>): Promise<Map<string, string>> {
  await db.transaction().execute(async (trx) => {
    for (const [a, area] of DEMO_FRAMEWORK.entries()) {
      await trx
        .insertInto('competency_areas')
        .values({ type: area.type, code: area.code, name_en: area.name[0], name_hi: area.name[1], position: a + 1 })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      const areaId = (await trx.selectFrom('competency_areas').select('id').where('code', '=', area.code).executeTakeFirstOrThrow()).id;
      for (const [t, theme] of area.themes.entries()) {
        await trx
          .insertInto('competency_themes')
          .values({ area_id: areaId, code: theme.code, name_en: theme.name[0], name_hi: theme.name[1], position: t + 1 })
          .onConflict((oc) => oc.column('code').doNothing())
          .execute();
        const themeId = (await trx.selectFrom('competency_themes').select('id').where('code', '=', theme.code).executeTakeFirstOrThrow()).id;
        if (theme.competencies.length === 0) continue;
        await trx
          .insertInto('competencies')
          .values(
            theme.competencies.map((c, i) => ({
              theme_id: themeId,
              code: c.code,
              name_en: c.name[0],
              name_hi: c.name[1],
              description_en: c.description[0],
              description_hi: c.description[1],
              levels: JSON.stringify(c.levels.map(([en, hi]) => ({ en, hi }))),
              position: i + 1,
            })),
          )
          .onConflict((oc) => oc.column('code').doNothing())
          .execute();
      }
    }
  });
  const rows = await db.selectFrom('competencies').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Seeds the FRAC of the demo designations from data/frac-requirements.csv (the import format), for those with none. */
async function seedRequirements(db: Kysely<DB>, competencyIds: Map<string, string>): Promise<void> {
  const rows = parseFracCsv(fs.readFileSync(path.join(dataDir, 'frac-requirements.csv'), 'utf8'));
  const designations = await db.selectFrom('designations').select(['id', 'code']).execute();
  const { problems, plans } = checkFracRows(rows, {
    designations: new Map(designations.map((d) => [d.code, { id: d.id, editable: true }])),
    competencies: new Set(competencyIds.keys()),
  });
  if (problems.length > 0) throw new Error(`frac-requirements.csv: ${JSON.stringify(problems.slice(0, 5))}`);
  const existing = new Set((await db.selectFrom('frac_designations').select('designation_id').execute()).map((r) => r.designation_id));
  const missing = [...plans].filter(([id]) => !existing.has(id));
  if (missing.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const [designationId, tree] of missing) await replaceFrac(trx, { designationId, tree, competencyIds, actorId: null, now: new Date(), expectedVersion: 0 });
  });
}

async function seedCareerPaths(db: Kysely<DB>): Promise<void> {
  const designations = new Map((await db.selectFrom('designations').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
  await db.transaction().execute(async (trx) => {
    for (const [i, p] of DEMO_CAREER_PATHS.entries()) {
      const ids = p.steps.map((code) => designations.get(code)).filter((id): id is string => id !== undefined);
      if (ids.length < 2) continue;
      await insertPath(trx, { code: p.code, nameEn: p.name[0], nameHi: p.name[1], cadreEn: p.cadre[0], cadreHi: p.cadre[1], position: i + 1, designationIds: ids });
    }
  });
}

/** Seeds the competency framework, the demo designations' role requirements and the career ladders; idempotent. */
export async function seedCompetencies(db: Kysely<DB>): Promise<void> {
  const competencyIds = await seedFramework(db);
  await seedRequirements(db, competencyIds);
  await seedCareerPaths(db);
}
