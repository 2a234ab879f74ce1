import fs from 'node:fs';
import { Kysely, PostgresDialect, CompiledQuery } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './database';

/** A database handle: Kysely for queries, plus raw script execution for migrations and pg-boss. */
export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** Runs SQL text. Without values it may hold several statements. */
  execute(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a tar (a template for memory databases). */
  dumpDataDir?(): Promise<Blob>;
}

// Both drivers read the same way: timestamptz as Date, date as 'YYYY-MM-DD', bigint and numeric as number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);
const pgliteParsers = { 20: Number, 1700: Number, 1082: (v: string) => v };

/**
 * Opens PostgreSQL when a URL is given, else embedded PGlite in dataDir (or memory for "memory://"). A memory database
 * can start from a dumped data directory (`pgliteTemplate`, a tar from `dumpDataDir`), which skips initdb.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; pgliteTemplate?: string }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir ?? 'memory://', opts.pgliteTemplate);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async execute(text, values) {
      const client = await pool.connect();
      try {
        const result = await client.query(text, values as unknown[] | undefined);
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
      } catch (err) {
        // A failed script may leave its transaction open; never hand that connection back dirty.
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

async function openPglite(dataDir: string, template?: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  const loadDataDir = inMemory && template ? new Blob([fs.readFileSync(template)]) : undefined;
  const pglite = await PGlite.create(dataDir, { extensions: { pg_trgm }, parsers: pgliteParsers, loadDataDir });
  // The dialect serialises connections; every statement, pg-boss's included, goes through it
  // so that nothing runs inside another caller's transaction.
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    async execute(text, values) {
      if (values && values.length > 0) {
        const result = await db.executeQuery(CompiledQuery.raw(text, values));
        return { rows: result.rows as Record<string, unknown>[] };
      }
      return db.connection().execute(async () => {
        try {
          const results = await pglite.exec(text);
          return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
        } catch (err) {
          await pglite.exec('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
    },
    close: () => db.destroy(),
    dumpDataDir: async () => (await pglite.dumpDataDir('none')) as Blob,
  };
}
