import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/database';

/* People of a subtree, from the ledger (the same population the dashboard counts) joined to their accounts. */

export type Bucket = 'all' | 'none' | 'fewer_than_three' | 'completed_one' | 'three_or_more';

const bucketSql: Record<Bucket, RawBuilder<boolean>> = {
  all: sql<boolean>`true`,
  none: sql<boolean>`l.completions = 0`,
  fewer_than_three: sql<boolean>`l.completions < 3`,
  completed_one: sql<boolean>`l.completions >= 1`,
  three_or_more: sql<boolean>`l.completions >= 3`,
};

const columns = sql`l.user_id, l.org_id, l.verified, l.enrolments, l.completions, l.learning_minutes, l.certificates,
  l.registered_on::text AS registered_on, l.first_completion_on::text AS first_completion_on, l.last_active_on::text AS last_active_on,
  u.full_name, u.full_name_hi, u.employee_id, u.email, u.mobile, u.status,
  d.name_en AS designation_en, d.name_hi AS designation_hi, o.name_en AS org_en, o.name_hi AS org_hi, o.type AS org_type`;

export interface PersonRecord {
  user_id: string;
  org_id: string;
  verified: boolean;
  enrolments: number;
  completions: number;
  learning_minutes: number;
  certificates: number;
  registered_on: string;
  first_completion_on: string | null;
  last_active_on: string | null;
  full_name: string;
  full_name_hi: string | null;
  employee_id: string;
  email: string;
  mobile: string;
  status: string;
  designation_en: string | null;
  designation_hi: string | null;
  org_en: string;
  org_hi: string;
  org_type: string;
}

function search(q: string | undefined): RawBuilder<boolean> {
  const words = (q ?? '').trim().toLowerCase();
  if (!words) return sql<boolean>`true`;
  return sql<boolean>`(lower(u.full_name) LIKE ${`%${words}%`} OR lower(u.employee_id) = ${words})`;
}

/** One page of people in a bucket, most completions first. */
export async function peoplePage(db: Kysely<DB>, path: string, bucket: Bucket, q: string | undefined, page: number, pageSize: number) {
  const where = sql`l.org_path LIKE ${`${path}%`} AND ${bucketSql[bucket]} AND ${search(q)}`;
  const from = sql`report_learners l JOIN users u ON u.id = l.user_id JOIN orgs o ON o.id = l.org_id LEFT JOIN designations d ON d.id = u.designation_id`;
  const [rows, total] = await Promise.all([
    sql<PersonRecord>`SELECT ${columns} FROM ${from} WHERE ${where}
      ORDER BY l.completions DESC, l.learning_minutes DESC, l.user_id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`.execute(db),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`.execute(db),
  ]);
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

/** Every person of a subtree in keyset pages ordered by (org_path, user_id): one contiguous index range, memory flat. */
export async function* peopleBatches(db: Kysely<DB>, path: string, batch = 5000): AsyncGenerator<PersonRecord[]> {
  let after: { path: string; id: string } | null = null;
  for (;;) {
    const cursor: RawBuilder<boolean> = after ? sql<boolean>`(l.org_path, l.user_id) > (${after.path}, ${after.id}::uuid)` : sql<boolean>`true`;
    const { rows }: { rows: (PersonRecord & { org_path: string })[] } = await sql<PersonRecord & { org_path: string }>`
      SELECT ${columns}, l.org_path FROM report_learners l JOIN users u ON u.id = l.user_id JOIN orgs o ON o.id = l.org_id
      LEFT JOIN designations d ON d.id = u.designation_id
      WHERE l.org_path LIKE ${`${path}%`} AND ${cursor}
      ORDER BY l.org_path, l.user_id LIMIT ${batch}`.execute(db);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batch) return;
    after = { path: last.org_path, id: last.user_id };
  }
}

/** How many people a subtree has in the ledger (the export's row count for users). */
export async function peopleCount(db: Kysely<DB>, path: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM report_learners WHERE org_path LIKE ${`${path}%`}`.execute(db);
  return rows[0]?.n ?? 0;
}
