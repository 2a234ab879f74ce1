import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/connection';
import { migrate } from '../src/db/migrate';

/*
 * Once per run on PGlite: a fresh database is initialised and migrated, and its data directory dumped; each test
 * file's in-memory database then starts from that dump (PGLITE_TEMPLATE) instead of running initdb and every
 * migration again (about 4 s per start on a 2-core machine). Migrations still run in every start; none is pending.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.KSH_TEST_DB === 'postgres') return undefined;
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-pglite-template-')), 'data.tar');
  fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
  await database.close();
  process.env.PGLITE_TEMPLATE = file;
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
