/**
 * `npm run backup [-- --out FILE] [--force]`: one archive (.tar.gz) of the database and the uploaded files, with a
 * manifest (time, database kind, migrations applied, a SHA-256 per file). PostgreSQL (DATABASE_URL): `pg_dump -Fc`, a
 * consistent snapshot while the platform runs. PGlite (DATA_DIR): the data directory, copied while no process has it
 * open (stop the server first). Files: everything under DATA_DIR/files.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../src/config';
import {
  appliedMigrations, assertPgliteIdle, BackupError, cli, copyTree, filesRoot, FORMAT, listFiles, parseArgs, pgServerVersion,
  pgTool, scratch, sha256File, tarCreate, userPath, withPglite, type Manifest,
} from './backup-lib';

cli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
  if (config.dataDir === 'memory://') throw new BackupError('DATA_DIR=memory:// holds nothing to back up');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = userPath(args.values.get('out') || `kshamata-backup-${stamp}.tar.gz`);
  if (fs.existsSync(out)) throw new BackupError(`${out} exists already`);
  const work = await scratch('ksh-backup-');
  try {
    let database: Manifest['database'];
    if (!config.databaseUrl) assertPgliteIdle(config.dataDir, args.flags.has('force'));
    // Read first: a dump never lacks a migration its manifest names.
    const migrations = await appliedMigrations(config);
    if (config.databaseUrl) {
      const file = path.join(work.dir, 'database.pgdump');
      await pgTool('pg_dump', ['-Fc', '--no-owner', '--no-privileges', '-f', file, '-d', config.databaseUrl]);
      database = { kind: 'postgres', serverVersion: await pgServerVersion(config.databaseUrl), file: 'database.pgdump', sha256: await sha256File(file), size: (await fsp.stat(file)).size };
    } else {
      if (!fs.existsSync(path.join(config.dataDir, 'PG_VERSION'))) throw new BackupError(`no PGlite database in ${config.dataDir}`);
      // Opening and closing it cleanly first replays any WAL a crash left, so the copy is a checkpointed directory.
      const version = await withPglite(config.dataDir, async (db) => (await db.query<{ v: string }>('SHOW server_version')).rows[0]?.v ?? 'unknown');
      await copyTree(config.dataDir, path.join(work.dir, 'pgdata'), ['files', 'postmaster.pid']);
      const file = path.join(work.dir, 'pgdata.tar.gz');
      await tarCreate(path.join(work.dir, 'pgdata'), file);
      await fsp.rm(path.join(work.dir, 'pgdata'), { recursive: true });
      database = { kind: 'pglite', serverVersion: version, file: 'pgdata.tar.gz', sha256: await sha256File(file), size: (await fsp.stat(file)).size };
    }
    const root = filesRoot(config);
    const files: Manifest['files'] = [];
    for (const key of await listFiles(root)) {
      const from = path.join(root, key);
      const to = path.join(work.dir, 'files', key);
      await fsp.mkdir(path.dirname(to), { recursive: true });
      await fsp.copyFile(from, to);
      files.push({ key, size: (await fsp.stat(to)).size, sha256: await sha256File(to) });
    }
    const manifest: Manifest = { format: FORMAT, createdAt: new Date().toISOString(), database, migrations, files };
    await fsp.writeFile(path.join(work.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await tarCreate(work.dir, `${out}.part`);
    await fsp.rename(`${out}.part`, out);
    console.log(`Backup written: ${out} (${database.kind}, ${manifest.migrations.length} migrations, ${files.length} files)`);
  } finally {
    await work.remove();
  }
});
