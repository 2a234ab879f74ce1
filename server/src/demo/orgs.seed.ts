import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import type { DB } from '../db/database';
import { insertOrg, type OrgType } from '../modules/orgs';

const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

interface DesignationRow {
  code: string;
  abbr: string;
  name_en: string;
  name_hi: string;
  department: string;
  level: string;
}

/** Reads one of the reference CSV files kept beside the seed. */
export function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];
}

const CENTRE_DESIGNATIONS: DesignationRow[] = [
  { code: 'US', abbr: 'US', name_en: 'Under Secretary', name_hi: 'अवर सचिव', department: 'DoPT', level: 'ministry' },
  { code: 'SO', abbr: 'SO', name_en: 'Section Officer', name_hi: 'अनुभाग अधिकारी', department: 'DoPT', level: 'ministry' },
  { code: 'ASO', abbr: 'ASO', name_en: 'Assistant Section Officer', name_hi: 'सहायक अनुभाग अधिकारी', department: 'DoPT', level: 'ministry' },
];

interface Node {
  code: string;
  type: OrgType;
  en: string;
  hi: string;
  domains?: string[];
  /** Department names in designations.csv whose posts this node uses. */
  designationsFrom?: string[];
  children?: Node[];
}

const district = (code: string, en: string, hi: string, officeEn: string, officeHi: string): Node => ({
  code,
  type: 'office',
  en: `${officeEn}, ${en}`,
  hi: `${officeHi}, ${hi}`,
});

/** The demo org tree: India → Centre (DoPT) and Uttar Pradesh with six departments and their district offices. */
export const DEMO_TREE: Node = {
  code: 'IN',
  type: 'country',
  en: 'India',
  hi: 'भारत',
  children: [
    {
      code: 'CENTRE',
      type: 'centre',
      en: 'Government of India',
      hi: 'भारत सरकार',
      domains: ['gov.in', 'nic.in'],
      children: [
        {
          code: 'DOPT',
          type: 'ministry',
          en: 'Department of Personnel and Training',
          hi: 'कार्मिक एवं प्रशिक्षण विभाग',
          designationsFrom: ['DoPT', 'any'],
        },
      ],
    },
    {
      code: 'UP',
      type: 'state',
      en: 'Uttar Pradesh',
      hi: 'उत्तर प्रदेश',
      domains: ['up.gov.in', 'up.nic.in'],
      designationsFrom: ['any'],
      children: [
        {
          code: 'UP-SW',
          type: 'department',
          en: 'Social Welfare Department',
          hi: 'समाज कल्याण विभाग',
          designationsFrom: ['Social Welfare'],
          children: [
            { code: 'UP-SW-DTE', type: 'organisation', en: 'Directorate of Social Welfare', hi: 'समाज कल्याण निदेशालय' },
            district('UP-SW-LKO', 'Lucknow', 'लखनऊ', 'District Social Welfare Office', 'जिला समाज कल्याण कार्यालय'),
            district('UP-SW-VNS', 'Varanasi', 'वाराणसी', 'District Social Welfare Office', 'जिला समाज कल्याण कार्यालय'),
          ],
        },
        {
          code: 'UP-REV',
          type: 'department',
          en: 'Revenue Department',
          hi: 'राजस्व विभाग',
          designationsFrom: ['Revenue'],
          children: [
            { code: 'UP-REV-BOR', type: 'organisation', en: 'Board of Revenue', hi: 'राजस्व परिषद' },
            {
              ...district('UP-REV-LKO', 'Lucknow', 'लखनऊ', 'Collectorate', 'कलेक्ट्रेट'),
              children: [district('UP-REV-LKO-SADAR', 'Lucknow', 'लखनऊ', 'Tehsil Sadar', 'तहसील सदर')],
            },
            {
              ...district('UP-REV-GKP', 'Gorakhpur', 'गोरखपुर', 'Collectorate', 'कलेक्ट्रेट'),
              children: [district('UP-REV-GKP-SADAR', 'Gorakhpur', 'गोरखपुर', 'Tehsil Sadar', 'तहसील सदर')],
            },
          ],
        },
        {
          code: 'UP-HOME',
          type: 'department',
          en: 'Home Department (Police)',
          hi: 'गृह विभाग (पुलिस)',
          designationsFrom: ['Home (Police)'],
          children: [
            { code: 'UP-POLICE-HQ', type: 'organisation', en: 'Uttar Pradesh Police Headquarters', hi: 'उत्तर प्रदेश पुलिस मुख्यालय' },
            district('UP-POLICE-LKO', 'Lucknow', 'लखनऊ', 'Police Commissionerate', 'पुलिस कमिश्नरेट'),
            district('UP-POLICE-AGR', 'Agra', 'आगरा', 'Police Commissionerate', 'पुलिस कमिश्नरेट'),
          ],
        },
        {
          code: 'UP-MH',
          type: 'department',
          en: 'Medical Health and Family Welfare Department',
          hi: 'चिकित्सा स्वास्थ्य एवं परिवार कल्याण विभाग',
          designationsFrom: ['Medical Health'],
          children: [
            district('UP-MH-LKO', 'Lucknow', 'लखनऊ', 'Office of the Chief Medical Officer', 'मुख्य चिकित्सा अधिकारी कार्यालय'),
            district('UP-MH-BAH', 'Bahraich', 'बहराइच', 'Office of the Chief Medical Officer', 'मुख्य चिकित्सा अधिकारी कार्यालय'),
          ],
        },
        {
          code: 'UP-PR',
          type: 'department',
          en: 'Panchayati Raj Department',
          hi: 'पंचायती राज विभाग',
          designationsFrom: ['Panchayati Raj'],
          children: [district('UP-PR-LKO', 'Lucknow', 'लखनऊ', 'District Panchayat Raj Office', 'जिला पंचायत राज कार्यालय')],
        },
        {
          code: 'UP-UD',
          type: 'department',
          en: 'Urban Development Department',
          hi: 'नगर विकास विभाग',
          designationsFrom: ['Urban Development'],
          children: [{ code: 'UP-UD-LMC', type: 'organisation', en: 'Lucknow Municipal Corporation', hi: 'लखनऊ नगर निगम' }],
        },
        {
          code: 'UP-RD',
          type: 'department',
          en: 'Rural Development Department',
          hi: 'ग्राम्य विकास विभाग',
          designationsFrom: ['Rural Development'],
          children: [district('UP-RD-LKO', 'Lucknow', 'लखनऊ', 'Office of the Chief Development Officer', 'मुख्य विकास अधिकारी कार्यालय')],
        },
      ],
    },
  ],
};

/** Inserts designations and the org tree; returns org ids by code. Idempotent: skips when the root exists. */
export async function seedOrgTree(db: Kysely<DB>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = await db.selectFrom('orgs').select(['id', 'code']).execute();
  if (existing.length > 0) {
    for (const o of existing) ids.set(o.code, o.id);
    return ids;
  }
  const designations = [...readCsv<DesignationRow>('designations.csv'), ...CENTRE_DESIGNATIONS];
  const designationIds = new Map<string, string>();
  await db.transaction().execute(async (trx) => {
    for (const d of designations) {
      const row = await trx
        .insertInto('designations')
        .values({ code: d.code, abbr: d.abbr || null, name_en: d.name_en, name_hi: d.name_hi, level: d.level })
        .returning('id')
        .executeTakeFirstOrThrow();
      designationIds.set(d.code, row.id);
    }
    const visit = async (node: Node, parentId: string | null): Promise<void> => {
      const { id } = await insertOrg(trx, {
        parentId,
        type: node.type,
        code: node.code,
        nameEn: node.en,
        nameHi: node.hi,
        emailDomains: node.domains ?? [],
      });
      ids.set(node.code, id);
      for (const d of designations.filter((x) => node.designationsFrom?.includes(x.department))) {
        await trx.insertInto('org_designations').values({ org_id: id, designation_id: designationIds.get(d.code) ?? '' }).execute();
      }
      for (const child of node.children ?? []) await visit(child, id);
    };
    await visit(DEMO_TREE, null);
  });
  return ids;
}
