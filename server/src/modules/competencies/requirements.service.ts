import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { findDesignation, listDesignations } from '../orgs';
import { competencyFail, fieldProblem } from './competencies.messages';
import { canEditRequirements, isRequirementsAdmin } from './competencies.policy';
import { competencyMap, competencyRef } from './framework.service';
import { loadFrameworkRows } from './framework.repo';
import { decodeCsvUpload } from '../../platform/csv-upload';
import { checkFracRows, fracCsv, parseFracCsv, type FracColumn } from './requirements.csv';
import { designationOrgPaths, fracSummaries, loadFracs, replaceFrac } from './requirements.repo';
import { fracCounts, repeatedCompetencies, requirementsOf, type FracTree, type Requirement } from './requirements.rules';
import type { FracInputT, FracT, ImportResultT } from './requirements.schema';

type Q = Kysely<DB> | Transaction<DB>;

const designationRef = (d: { id: string; code: string; name_en: string; name_hi: string }) => ({ id: d.id, code: d.code, nameEn: d.name_en, nameHi: d.name_hi });

/** The FRAC of a designation (empty when it has none). */
export async function fracOf(db: Q, designationId: string): Promise<{ version: number; updatedAt: Date | null; tree: FracTree }> {
  const frac = (await loadFracs(db, [designationId])).get(designationId);
  return frac ?? { version: 0, updatedAt: null, tree: { roles: [] } };
}

/** What a designation requires, one entry per competency (for gaps, recommendations and coverage). */
export async function designationRequirements(db: Q, designationId: string): Promise<Requirement[]> {
  return requirementsOf((await fracOf(db, designationId)).tree);
}

/** A designation's FRAC for the learner and the editor, with the competencies' names. */
export async function getRequirements(ctx: AppContext, actor: Actor, designationId: string): Promise<FracT> {
  const designation = await findDesignation(ctx.db, designationId);
  if (!designation) throw competencyFail(404, 'DESIGNATION_NOT_FOUND');
  const [frac, paths] = await Promise.all([fracOf(ctx.db, designationId), designationOrgPaths(ctx.db, [designationId])]);
  const required = requirementsOf(frac.tree);
  const names = await competencyMap(ctx.db, required.map((r) => r.code));
  const ref = (code: string) => {
    const c = names.get(code);
    return c ? competencyRef(c) : { code, nameEn: code, nameHi: code, type: 'functional' as const };
  };
  return {
    designation: designationRef(designation),
    version: frac.version,
    updatedAt: frac.updatedAt?.toISOString() ?? null,
    roles: frac.tree.roles.map((role) => ({
      nameEn: role.nameEn,
      nameHi: role.nameHi,
      activities: role.activities.map((a) => ({
        nameEn: a.nameEn,
        nameHi: a.nameHi,
        competencies: a.competencies.map((c) => ({ competency: ref(c.code), level: c.level })),
      })),
    })),
    required: required.map((r) => ({ competency: ref(r.code), level: r.level, roles: r.roles })),
    permissions: { edit: canEditRequirements(actor, paths.get(designationId) ?? []) },
  };
}

/** Every designation with its FRAC summary and whether this admin may edit it; non-admins are refused. */
export async function listFracs(ctx: AppContext, actor: Actor) {
  ensure(isRequirementsAdmin(actor));
  const [rows, paths] = await Promise.all([fracSummaries(ctx.db), designationOrgPaths(ctx.db)]);
  return {
    items: rows.map((r) => ({
      designation: designationRef(r),
      version: r.version ?? 0,
      updatedAt: r.updated_at?.toISOString() ?? null,
      roles: r.roles,
      competencies: r.competencies,
      editable: canEditRequirements(actor, paths.get(r.id) ?? []),
    })),
  };
}

/** Saves a designation's whole FRAC from the editor; 409 when someone saved in between. */
export async function saveRequirements(ctx: AppContext, actor: Actor, source: AuditSource, designationId: string, input: FracInputT): Promise<FracT> {
  const designation = await findDesignation(ctx.db, designationId);
  if (!designation) throw competencyFail(404, 'DESIGNATION_NOT_FOUND');
  const paths = await designationOrgPaths(ctx.db, [designationId]);
  ensure(canEditRequirements(actor, paths.get(designationId) ?? []));
  const tree: FracTree = {
    roles: input.roles.map((r) => ({
      nameEn: r.nameEn.trim(),
      nameHi: r.nameHi.trim(),
      activities: r.activities.map((a) => ({ nameEn: a.nameEn.trim(), nameHi: a.nameHi.trim(), competencies: a.competencies.map((c) => ({ code: c.code, level: c.level })) })),
    })),
  };
  const codes = tree.roles.flatMap((r) => r.activities.flatMap((a) => a.competencies.map((c) => c.code)));
  const known = await competencyMap(ctx.db, codes);
  const problems = [
    ...tree.roles.flatMap((r, ri) =>
      r.activities.flatMap((a, ai) =>
        a.competencies.flatMap((c, ci) => (known.has(c.code) ? [] : [fieldProblem(`roles.${ri}.activities.${ai}.competencies.${ci}.code`, 'COMPETENCY_UNKNOWN', { code: c.code })])),
      ),
    ),
    ...repeatedCompetencies(tree).map((field) => fieldProblem(field, 'DUPLICATE')),
  ];
  if (problems.length > 0) throw errors.validation(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const version = await replaceFrac(trx, {
      designationId,
      tree,
      competencyIds: new Map([...known].map(([code, c]) => [code, c.id])),
      actorId: actor.userId,
      now: ctx.clock.now(),
      expectedVersion: input.version,
    });
    if (version === null) throw competencyFail(409, 'REQUIREMENTS_CHANGED');
    await audit(trx, source, 'competency_requirements.updated', { type: 'designation', id: designationId }, { version, ...fracCounts(tree) });
  });
  return getRequirements(ctx, actor, designationId);
}

/**
 * Imports FRAC rows from a CSV: every row is checked first; if any row has a problem, 422 with one field error
 * per problem (`rows.<row>.<column>`) and nothing applied. Otherwise each designation in the file has its whole
 * FRAC replaced by the file's rows, all in one transaction. `dryRun` checks without applying.
 */
export async function importRequirements(ctx: AppContext, actor: Actor, source: AuditSource, bytes: Buffer, dryRun: boolean): Promise<ImportResultT> {
  ensure(isRequirementsAdmin(actor));
  const rows = parseFracCsv(decodeCsvUpload(bytes));
  const [designations, paths, framework] = await Promise.all([listDesignations(ctx.db), designationOrgPaths(ctx.db), loadFrameworkRows(ctx.db)]);
  const byCode = new Map(designations.map((d) => [d.code, { id: d.id, editable: canEditRequirements(actor, paths.get(d.id) ?? []) }]));
  const competencyIds = new Map(framework.competencies.map((c) => [c.code, c.id]));
  const { problems, plans } = checkFracRows(rows, { designations: byCode, competencies: new Set(competencyIds.keys()) });
  if (problems.length > 0) {
    const fields = problems.slice(0, 500).map((p) => fieldProblem(`rows.${p.row}.${p.field ?? 'row'}`, p.code, p.params));
    throw competencyFail(422, 'IMPORT_ROWS_INVALID', { count: problems.length, rows: new Set(problems.map((p) => p.row)).size }, fields);
  }
  const byId = new Map(designations.map((d) => [d.id, d]));
  const summary = [...plans].map(([id, tree]) => {
    const d = byId.get(id);
    return { designation: d ? designationRef(d) : { id, code: '', nameEn: '', nameHi: '' }, ...fracCounts(tree) };
  });
  if (dryRun) return { dryRun: true, applied: false, rows: rows.length, designations: summary };
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    for (const [designationId, tree] of plans) {
      await replaceFrac(trx, { designationId, tree, competencyIds, actorId: actor.userId, now });
      await audit(trx, source, 'competency_requirements.imported', { type: 'designation', id: designationId }, fracCounts(tree));
    }
  });
  return { dryRun: false, applied: true, rows: rows.length, designations: summary };
}

/** The FRAC of one designation, or of every designation the admin may edit, as CSV in the import format. */
export async function exportRequirements(ctx: AppContext, actor: Actor, designationId?: string): Promise<string> {
  ensure(isRequirementsAdmin(actor));
  const [designations, paths] = await Promise.all([listDesignations(ctx.db), designationOrgPaths(ctx.db)]);
  const chosen = designations.filter((d) => (designationId ? d.id === designationId : true) && canEditRequirements(actor, paths.get(d.id) ?? []));
  if (designationId && chosen.length === 0) throw errors.forbidden();
  const fracs = await loadFracs(ctx.db, chosen.map((d) => d.id));
  const rows: Record<FracColumn, string | number>[] = [];
  for (const d of chosen.sort((a, b) => a.code.localeCompare(b.code))) {
    for (const role of fracs.get(d.id)?.tree.roles ?? []) {
      for (const activity of role.activities) {
        for (const c of activity.competencies) {
          rows.push({ designation_code: d.code, role_en: role.nameEn, role_hi: role.nameHi, activity_en: activity.nameEn, activity_hi: activity.nameHi, competency_code: c.code, level: c.level });
        }
      }
    }
  }
  return fracCsv(rows);
}
