import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/database';

/* Plan-wide reads for administrators: aggregates and lists over one plan's assignments (by plan id and org subtree). */

/** The person-level buckets an admin filters by. */
export const PEOPLE_STATUSES = ['all', 'overdue', 'pending', 'completed_on_time', 'completed_late', 'exempted', 'extended', 'awaiting_renewal', 'left_audience'] as const;
export type PeopleStatus = (typeof PEOPLE_STATUSES)[number];

function statusSql(status: PeopleStatus, now: Date): RawBuilder<boolean> {
  switch (status) {
    case 'all':
      return sql<boolean>`a.status = 'active'`;
    case 'overdue':
      return sql<boolean>`a.status = 'active' AND a.state = 'open' AND a.due_at <= ${now}`;
    case 'pending':
      return sql<boolean>`a.status = 'active' AND a.state = 'open' AND a.due_at > ${now}`;
    case 'completed_on_time':
      return sql<boolean>`a.status = 'active' AND a.state = 'completed' AND NOT a.late`;
    case 'completed_late':
      return sql<boolean>`a.status = 'active' AND a.state = 'completed' AND a.late`;
    case 'exempted':
      return sql<boolean>`a.status = 'active' AND a.state = 'exempted'`;
    case 'extended':
      return sql<boolean>`a.status = 'active' AND a.state = 'open' AND a.extended AND a.due_at > ${now}`;
    case 'awaiting_renewal':
      return sql<boolean>`a.status = 'active' AND a.state = 'open' AND a.renewal AND a.due_at > ${now}`;
    case 'left_audience':
      return sql<boolean>`a.status = 'left_audience'`;
  }
}

const within = (paths: string[]) => sql<boolean>`(${sql.join(paths.map((p) => sql`a.org_path LIKE ${`${p}%`}`), sql` OR `)})`;

/** Counts per bucket for a plan within the given subtrees. */
export async function progressCounts(db: Kysely<DB>, planId: string, paths: string[], now: Date) {
  const { rows } = await sql<Record<string, string>>`
    SELECT
      count(*) FILTER (WHERE ${statusSql('all', now)}) AS assigned,
      count(*) FILTER (WHERE ${statusSql('completed_on_time', now)}) AS completed_on_time,
      count(*) FILTER (WHERE ${statusSql('completed_late', now)}) AS completed_late,
      count(*) FILTER (WHERE ${statusSql('overdue', now)}) AS overdue,
      count(*) FILTER (WHERE ${statusSql('pending', now)}) AS pending,
      count(*) FILTER (WHERE ${statusSql('extended', now)}) AS extended,
      count(*) FILTER (WHERE ${statusSql('awaiting_renewal', now)}) AS awaiting_renewal,
      count(*) FILTER (WHERE ${statusSql('exempted', now)}) AS exempted,
      count(*) FILTER (WHERE ${statusSql('left_audience', now)}) AS left_audience
    FROM plan_assignments a WHERE a.plan_id = ${planId} AND ${within(paths)}`.execute(db);
  const r = rows[0] ?? {};
  const n = (k: string) => Number(r[k] ?? 0);
  return {
    assigned: n('assigned'),
    completedOnTime: n('completed_on_time'),
    completedLate: n('completed_late'),
    overdue: n('overdue'),
    pending: n('pending'),
    extended: n('extended'),
    awaitingRenewal: n('awaiting_renewal'),
    exempted: n('exempted'),
    leftAudience: n('left_audience'),
  };
}

/** People of a plan in one bucket, with their names and placement. */
function peopleQuery(db: Kysely<DB>, planId: string, paths: string[], status: PeopleStatus, now: Date, q?: string) {
  let query = db
    .selectFrom('plan_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .innerJoin('orgs as o', 'o.id', 'a.org_id')
    .leftJoin('designations as d', 'd.id', 'a.designation_id')
    .where('a.plan_id', '=', planId)
    .where(within(paths))
    .where(statusSql(status, now));
  const words = (q ?? '').trim().toLowerCase();
  if (words) query = query.where((eb) => eb.or([sql<boolean>`lower(u.full_name) LIKE ${`%${words}%`}`, sql<boolean>`lower(u.employee_id) = ${words}`]));
  return query;
}

const personColumns = [
  'a.user_id', 'a.status', 'a.state', 'a.due_at', 'a.completed_at', 'a.late', 'a.extended', 'a.renewal', 'a.assigned_at', 'a.left_at',
  'u.employee_id', 'u.full_name', 'u.full_name_hi', 'u.email', 'u.mobile', 'o.id as org_id', 'o.name_en as org_en', 'o.name_hi as org_hi',
  'd.name_en as designation_en', 'd.name_hi as designation_hi',
] as const;

/** One page of people in a bucket, most pressing first (earliest due, then name). */
export async function peoplePage(db: Kysely<DB>, planId: string, paths: string[], status: PeopleStatus, now: Date, page: number, pageSize: number, q?: string) {
  const base = peopleQuery(db, planId, paths, status, now, q);
  const [rows, count] = await Promise.all([
    base.select(personColumns).orderBy('a.due_at').orderBy('u.full_name').limit(pageSize).offset((page - 1) * pageSize).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}
export type PersonRow = Awaited<ReturnType<typeof peoplePage>>['rows'][number];

/** Every person in a bucket, streamed in keyset pages (exports). */
export async function* peopleStream(db: Kysely<DB>, planId: string, paths: string[], status: PeopleStatus, now: Date, batch = 5000): AsyncGenerator<PersonRow[]> {
  let after: string | null = null;
  for (;;) {
    const rows: PersonRow[] = await peopleQuery(db, planId, paths, status, now)
      .select(personColumns)
      .$if(after !== null, (q) => q.where('a.user_id', '>', after as string))
      .orderBy('a.user_id')
      .limit(batch)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.user_id ?? null;
  }
}
