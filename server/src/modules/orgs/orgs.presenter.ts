import type { OrgSummaryT } from './orgs.schema';

interface OrgRow {
  id: string;
  parent_id: string | null;
  type: string;
  code: string;
  name_en: string;
  name_hi: string;
}

/** The public face of an org node. */
export function presentOrg(row: OrgRow, hasChildren?: boolean): OrgSummaryT {
  return {
    id: row.id,
    parentId: row.parent_id,
    type: row.type,
    code: row.code,
    nameEn: row.name_en,
    nameHi: row.name_hi,
    ...(hasChildren === undefined ? {} : { hasChildren }),
  };
}

export function presentDesignation(row: { id: string; code: string; abbr: string | null; name_en: string; name_hi: string }) {
  return { id: row.id, code: row.code, abbr: row.abbr, nameEn: row.name_en, nameHi: row.name_hi };
}
