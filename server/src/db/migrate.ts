import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every not-yet-applied SQL migration in name order; forward-only, one transaction each. */
export async function migrate(database: Database): Promise<string[]> {
  await database.execute(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  const done = new Set(
      (await database.execute('SELECT name FROM schema_migrations')).rows.map((r) => String(r.name)),
  );
  for (const file of files) {
    if (done.has(file)) continue;
    const body = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
    const name = file.replace(/'/g, "''");
    // The row goes in first: a second instance migrating at the same moment blocks on it,
    // then fails on the duplicate key and skips the file instead of applying it twice.
    try {
      await database.execute(`BEGIN;\nINSERT INTO schema_migrations(name) VALUES ('${name}');\n${body}\n;COMMIT;`);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') continue;
      throw new Error(`Migration ${file} failed: ${(err as Error).message}`);
    }
    applied.push(file);
  }
  return applied;
}

/** True when every migration file has been applied (used by the readiness probe). */
export async function migrationsPending(database: Database): Promise<number> {
  const files = fs.readdirSync(migrationsDir).filter((f) => f.endsWith('.sql'));
  const { rows } = await database.execute('SELECT count(*)::int AS n FROM schema_migrations');
  return files.length - Number(rows[0]?.n ?? 0);
}
