import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/database';

/** Rewrites a column of org-path copies from one subtree path to another (`a/b/…` under `fromPath` → under `toPath`). */
export async function rewritePathPrefix(trx: Transaction<DB>, table: keyof DB, column: string, fromPath: string, toPath: string): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${toPath} || substr(${sql.ref(column)}, ${fromPath.length + 1})
            WHERE ${sql.ref(column)} LIKE ${`${fromPath}%`}`.execute(trx);
}
