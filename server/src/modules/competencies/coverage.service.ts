import { sql } from 'kysely';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { findOrg } from '../orgs';
import { competencyFail } from './competencies.messages';
import { canViewCoverage } from './competencies.policy';
import { competenciesById } from './framework.repo';
import { competencyRef } from './framework.service';
import type { CoverageT } from './requirements.schema';

interface CoverageRow {
  competency_id: string;
  designation_id: string;
  designation_code: string;
  designation_en: string;
  designation_hi: string;
  required_level: number;
  employees: number | string;
  at_level: number | string;
}

/**
 * One aggregate over the subtree: active employees counted per designation, and those who earned each required
 * level (competency_levels joined on its key, only the rows the staff hold), against the designation_requirements
 * view. The users/orgs part is read here from the identity and orgs modules' tables, as a report does; self-declared
 * levels never count.
 */
async function coverageRows(ctx: AppContext, orgPath: string) {
  const { rows } = await sql<CoverageRow>`
    WITH staff AS (
      SELECT u.id, u.designation_id FROM users u JOIN orgs o ON o.id = u.org_id
      WHERE o.path LIKE ${`${orgPath}%`} AND u.status = 'active' AND u.designation_id IS NOT NULL
    ),
    per_post AS (SELECT designation_id, count(*) AS employees FROM staff GROUP BY designation_id),
    met AS (
      SELECT s.designation_id, l.competency_id, count(*) AS at_level
      FROM staff s
      JOIN competency_levels l ON l.user_id = s.id
      JOIN designation_requirements r ON r.designation_id = s.designation_id AND r.competency_id = l.competency_id
      WHERE l.earned_level >= r.level
      GROUP BY s.designation_id, l.competency_id
    )
    SELECT r.competency_id, r.designation_id, d.code AS designation_code, d.name_en AS designation_en, d.name_hi AS designation_hi,
           r.level AS required_level, p.employees, coalesce(m.at_level, 0) AS at_level
    FROM per_post p
    JOIN designation_requirements r ON r.designation_id = p.designation_id
    JOIN designations d ON d.id = r.designation_id
    LEFT JOIN met m ON m.designation_id = r.designation_id AND m.competency_id = r.competency_id`.execute(ctx.db);
  const posts = new Map(rows.map((r) => [r.designation_id, Number(r.employees)]));
  return { rows, employees: [...posts.values()].reduce((n, e) => n + e, 0) };
}

/** Competency coverage of an organisation: per required competency, the share of employees at the required level. */
export async function coverage(ctx: AppContext, actor: Actor, orgId: string): Promise<CoverageT> {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw competencyFail(404, 'ORG_NOT_FOUND');
  ensure(canViewCoverage(actor, org.path));
  const { rows, employees } = await coverageRows(ctx, org.path);
  const competencies = new Map((await competenciesById(ctx.db, rows.map((r) => r.competency_id))).map((c) => [c.id, c]));
  const byCompetency = new Map<string, CoverageRow[]>();
  for (const r of rows) byCompetency.set(r.competency_id, [...(byCompetency.get(r.competency_id) ?? []), r]);
  const items = [...byCompetency].flatMap(([id, list]) => {
    const c = competencies.get(id);
    if (!c) return [];
    const requiredFor = list.reduce((n, r) => n + Number(r.employees), 0);
    const atLevel = list.reduce((n, r) => n + Number(r.at_level), 0);
    return [
      {
        competency: competencyRef(c),
        requiredFor,
        atLevel,
        share: requiredFor > 0 ? Math.round((atLevel / requiredFor) * 100) / 100 : 0,
        byDesignation: list
          .map((r) => ({
            designation: { id: r.designation_id, code: r.designation_code, nameEn: r.designation_en, nameHi: r.designation_hi },
            requiredLevel: r.required_level,
            employees: Number(r.employees),
            atLevel: Number(r.at_level),
          }))
          .sort((a, b) => b.employees - a.employees || a.designation.code.localeCompare(b.designation.code)),
      },
    ];
  });
  items.sort((a, b) => a.share - b.share || b.requiredFor - a.requiredFor || a.competency.code.localeCompare(b.competency.code));
  return { org: { id: org.id, nameEn: org.name_en, nameHi: org.name_hi }, employees, items };
}
