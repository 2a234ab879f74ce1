import type { Static } from '@sinclair/typebox';
import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { CompetencyType, LevelDescriptor } from './competencies.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { competencyFail } from './competencies.messages';
import { canEditFramework } from './competencies.policy';
import {
  areaHasThemes,
  competenciesByCode,
  findArea,
  findTheme,
  loadFrameworkRows,
  upsertArea,
  upsertCompetency,
  upsertTheme,
  type CompetencyRow,
} from './framework.repo';
import type { AreaInput, CompetencyInputT, CompetencyRefT, CompetencyT, FrameworkT, ThemeInput } from './framework.schema';

type Q = Kysely<DB> | Transaction<DB>;
const TYPE_ORDER: Record<CompetencyType, number> = { behavioural: 0, functional: 1, domain: 2 };

/** The five descriptors with their level numbers. */
export function presentLevels(levels: LevelDescriptor[]) {
  return levels.map((l, i) => ({ level: i + 1, en: l.en, hi: l.hi }));
}

/** A competency row as a short reference. */
export function competencyRef(row: Pick<CompetencyRow, 'code' | 'name_en' | 'name_hi' | 'type'>): CompetencyRefT {
  return { code: row.code, nameEn: row.name_en, nameHi: row.name_hi, type: row.type };
}

/** The name of a competency in a language. */
export function competencyName(row: Pick<CompetencyRow, 'name_en' | 'name_hi'>, language: Language): string {
  return language === 'hi' ? row.name_hi : row.name_en;
}

/** The whole framework as a tree: area → theme → competency, behavioural first, then functional, then domain. */
export async function frameworkTree(db: Q, actor: Actor): Promise<FrameworkT> {
  const { areas, themes, competencies } = await loadFrameworkRows(db);
  const tree = [...areas]
    .sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.position - b.position || a.code.localeCompare(b.code))
    .map((area) => ({
      code: area.code,
      type: area.type,
      nameEn: area.name_en,
      nameHi: area.name_hi,
      position: area.position,
      themes: themes
        .filter((t) => t.area_id === area.id)
        .map((theme) => ({
          code: theme.code,
          nameEn: theme.name_en,
          nameHi: theme.name_hi,
          position: theme.position,
          competencies: competencies
            .filter((c) => c.theme_id === theme.id)
            .map(
              (c): CompetencyT => ({
                code: c.code,
                nameEn: c.name_en,
                nameHi: c.name_hi,
                descriptionEn: c.description_en,
                descriptionHi: c.description_hi,
                type: area.type,
                areaCode: area.code,
                themeCode: theme.code,
                levels: presentLevels(c.levels),
              }),
            ),
        })),
    }));
  return { areas: tree, competencyCount: competencies.length, permissions: { edit: canEditFramework(actor) } };
}

/** Competencies by code; unknown codes are absent from the map. */
export async function competencyMap(db: Q, codes: string[]): Promise<Map<string, CompetencyRow>> {
  return new Map((await competenciesByCode(db, codes)).map((c) => [c.code, c]));
}

/** Creates or updates an area (platform admins); an area with themes keeps its type. */
export async function saveArea(ctx: AppContext, actor: Actor, source: AuditSource, code: string, input: Static<typeof AreaInput>) {
  ensure(canEditFramework(actor));
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findArea(trx, code);
    if (existing && existing.type !== input.type && (await areaHasThemes(trx, existing.id))) throw competencyFail(409, 'AREA_TYPE_FIXED');
    const created = await upsertArea(trx, { type: input.type, code, nameEn: input.nameEn, nameHi: input.nameHi, position: input.position ?? 0 });
    await audit(trx, source, created ? 'competency_area.created' : 'competency_area.updated', { type: 'competency_area', id: code });
    return { code, created };
  });
}

/** Creates or updates a theme under an area (platform admins). */
export async function saveTheme(ctx: AppContext, actor: Actor, source: AuditSource, code: string, input: Static<typeof ThemeInput>) {
  ensure(canEditFramework(actor));
  return ctx.db.transaction().execute(async (trx) => {
    const area = await findArea(trx, input.areaCode);
    if (!area) throw competencyFail(404, 'AREA_NOT_FOUND', { code: input.areaCode });
    const created = await upsertTheme(trx, { areaId: area.id, code, nameEn: input.nameEn, nameHi: input.nameHi, position: input.position ?? 0 });
    await audit(trx, source, created ? 'competency_theme.created' : 'competency_theme.updated', { type: 'competency_theme', id: code });
    return { code, created };
  });
}

/** Creates or updates a competency with its five level descriptors (platform admins). Its code never changes. */
export async function saveCompetency(ctx: AppContext, actor: Actor, source: AuditSource, code: string, input: CompetencyInputT) {
  ensure(canEditFramework(actor));
  return ctx.db.transaction().execute(async (trx) => {
    const theme = await findTheme(trx, input.themeCode);
    if (!theme) throw competencyFail(404, 'THEME_NOT_FOUND', { code: input.themeCode });
    const created = await upsertCompetency(trx, {
      themeId: theme.id,
      code,
      nameEn: input.nameEn,
      nameHi: input.nameHi,
      descriptionEn: input.descriptionEn ?? '',
      descriptionHi: input.descriptionHi ?? '',
      levels: input.levels.map((l) => ({ en: l.en.trim(), hi: l.hi.trim() })),
      position: input.position ?? 0,
      now: ctx.clock.now(),
    });
    await audit(trx, source, created ? 'competency.created' : 'competency.updated', { type: 'competency', id: code });
    return { code, created };
  });
}

/** English and Hindi names of competency codes (for the catalog's competency filter). */
export async function competencyLabels(db: Q, codes: string[]): Promise<Map<string, { en: string; hi: string }>> {
  return new Map([...(await competencyMap(db, codes))].map(([code, c]) => [code, { en: c.name_en, hi: c.name_hi }]));
}
