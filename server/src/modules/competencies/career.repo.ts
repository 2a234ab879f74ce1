import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';

type Q = Kysely<DB> | Transaction<DB>;

/** Every career path with its steps (designations in ladder order). */
export async function listPaths(db: Q) {
  const [paths, steps] = await Promise.all([
    db.selectFrom('career_paths').select(['id', 'code', 'name_en', 'name_hi', 'cadre_en', 'cadre_hi', 'position']).orderBy('position').orderBy('code').execute(),
    db
      .selectFrom('career_path_steps as s')
      .innerJoin('designations as d', 'd.id', 's.designation_id')
      .select(['s.path_id', 's.position', 'd.id', 'd.code', 'd.name_en', 'd.name_hi'])
      .orderBy('s.path_id')
      .orderBy('s.position')
      .execute(),
  ]);
  return paths.map((p) => ({ ...p, steps: steps.filter((s) => s.path_id === p.id) }));
}

/** Whether a designation is a step of some career path. */
export async function isOnAPath(db: Q, designationId: string): Promise<boolean> {
  return (await db.selectFrom('career_path_steps').select('path_id').where('designation_id', '=', designationId).limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts a career path with its ladder unless its code exists (seed). */
export async function insertPath(
  db: Q,
  v: { code: string; nameEn: string; nameHi: string; cadreEn: string; cadreHi: string; position: number; designationIds: string[] },
): Promise<boolean> {
  const row = await db
    .insertInto('career_paths')
    .values({ code: v.code, name_en: v.nameEn, name_hi: v.nameHi, cadre_en: v.cadreEn, cadre_hi: v.cadreHi, position: v.position })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return false;
  await db
    .insertInto('career_path_steps')
    .values(v.designationIds.map((designationId, i) => ({ path_id: row.id, position: i + 1, designation_id: designationId })))
    .execute();
  return true;
}
