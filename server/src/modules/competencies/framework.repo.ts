import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CompetencyType, LevelDescriptor } from './competencies.tables';

type Q = Kysely<DB> | Transaction<DB>;

/** Every area, theme and competency, each list in display order. */
export async function loadFrameworkRows(db: Q) {
  const [areas, themes, competencies] = await Promise.all([
    db.selectFrom('competency_areas').select(['id', 'type', 'code', 'name_en', 'name_hi', 'position']).orderBy('position').orderBy('code').execute(),
    db.selectFrom('competency_themes').select(['id', 'area_id', 'code', 'name_en', 'name_hi', 'position']).orderBy('position').orderBy('code').execute(),
    db
      .selectFrom('competencies')
      .select(['id', 'theme_id', 'code', 'name_en', 'name_hi', 'description_en', 'description_hi', 'levels', 'position'])
      .orderBy('position')
      .orderBy('code')
      .execute(),
  ]);
  return { areas, themes, competencies };
}

const competencyColumns = ['c.id', 'c.code', 'c.name_en', 'c.name_hi', 'c.description_en', 'c.description_hi', 'c.levels', 'a.type', 't.code as theme_code', 'a.code as area_code'] as const;

/** Competencies by code (unknown codes are simply absent), with their type. */
export async function competenciesByCode(db: Q, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('competencies as c')
    .innerJoin('competency_themes as t', 't.id', 'c.theme_id')
    .innerJoin('competency_areas as a', 'a.id', 't.area_id')
    .select(competencyColumns)
    .where('c.code', 'in', [...new Set(codes)])
    .execute();
}

/** Competencies by id, with their type. */
export async function competenciesById(db: Q, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('competencies as c')
    .innerJoin('competency_themes as t', 't.id', 'c.theme_id')
    .innerJoin('competency_areas as a', 'a.id', 't.area_id')
    .select(competencyColumns)
    .where('c.id', 'in', [...new Set(ids)])
    .execute();
}
export type CompetencyRow = Awaited<ReturnType<typeof competenciesById>>[number];

export async function findArea(db: Q, code: string) {
  return db.selectFrom('competency_areas').select(['id', 'type', 'code']).where('code', '=', code).executeTakeFirst();
}

export async function findTheme(db: Q, code: string) {
  return db.selectFrom('competency_themes').select(['id', 'area_id', 'code']).where('code', '=', code).executeTakeFirst();
}

/** Whether an area has any themes (its type is then fixed). */
export async function areaHasThemes(db: Q, areaId: string): Promise<boolean> {
  return (await db.selectFrom('competency_themes').select('id').where('area_id', '=', areaId).limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts or updates an area by code; true when created. */
export async function upsertArea(db: Q, v: { type: CompetencyType; code: string; nameEn: string; nameHi: string; position: number }): Promise<boolean> {
  const existed = await findArea(db, v.code);
  await db
    .insertInto('competency_areas')
    .values({ type: v.type, code: v.code, name_en: v.nameEn, name_hi: v.nameHi, position: v.position })
    .onConflict((oc) => oc.column('code').doUpdateSet({ type: v.type, name_en: v.nameEn, name_hi: v.nameHi, position: v.position }))
    .execute();
  return existed === undefined;
}

/** Inserts or updates a theme by code; true when created. */
export async function upsertTheme(db: Q, v: { areaId: string; code: string; nameEn: string; nameHi: string; position: number }): Promise<boolean> {
  const existed = await findTheme(db, v.code);
  await db
    .insertInto('competency_themes')
    .values({ area_id: v.areaId, code: v.code, name_en: v.nameEn, name_hi: v.nameHi, position: v.position })
    .onConflict((oc) => oc.column('code').doUpdateSet({ area_id: v.areaId, name_en: v.nameEn, name_hi: v.nameHi, position: v.position }))
    .execute();
  return existed === undefined;
}

/** Inserts or updates a competency by code; true when created. */
export async function upsertCompetency(
  db: Q,
  v: { themeId: string; code: string; nameEn: string; nameHi: string; descriptionEn: string; descriptionHi: string; levels: LevelDescriptor[]; position: number; now: Date },
): Promise<boolean> {
  const existed = await db.selectFrom('competencies').select('id').where('code', '=', v.code).executeTakeFirst();
  const values = {
    theme_id: v.themeId,
    name_en: v.nameEn,
    name_hi: v.nameHi,
    description_en: v.descriptionEn,
    description_hi: v.descriptionHi,
    levels: JSON.stringify(v.levels),
    position: v.position,
  };
  await db
    .insertInto('competencies')
    .values({ ...values, code: v.code })
    .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, updated_at: v.now }))
    .execute();
  return existed === undefined;
}
