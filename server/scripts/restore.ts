/**
 * `npm run restore -- FILE [--force]`: puts a backup made by `npm run backup` back, into the database and files of the
 * current configuration (DATABASE_URL or DATA_DIR). Checks the archive first (manifest, a SHA-256 per file); refuses a
 * backup whose migrations the code does not know (made by a newer version), one of the other database kind, and a
 * target that holds data already unless --force (which replaces it). Stop the platform first.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config';
import {
  assertPgliteIdle, BackupError, cli, codeMigrations, copyTree, databaseInUse, filesRoot, FORMAT, listFiles, parseArgs,
  pgTool, scratch, sha256File, tarExtract, userPath, type Manifest,
} from './backup-lib';

/** Reads and checks an extracted archive: every byte as the manifest states it. */
async function checkedManifest(dir: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fsp.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw new BackupError('not a Kshamata backup (no readable manifest.json)');
  }
  if (manifest.format !== FORMAT) throw new BackupError(`unknown backup format ${String(manifest.format)}`);
  if ((await sha256File(path.join(dir, manifest.database.file))) !== manifest.database.sha256) throw new BackupError('the database dump is damaged (checksum differs)');
  for (const f of manifest.files) {
    const file = path.join(dir, 'files', f.key);
    if (!fs.existsSync(file) || (await sha256File(file)) !== f.sha256) throw new BackupError(`the file ${f.key} is missing or damaged`);
  }
  return manifest;
}

async function resetPostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}

cli(async () => {
  const args = parseArgs(process.argv.slice(2));
  const archive = args.positional[0] ? userPath(args.positional[0]) : undefined;
  if (!archive || !fs.existsSync(archive)) throw new BackupError('usage: npm run restore -- <backup.tar.gz> [--force]');
  const force = args.flags.has('force');
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false' });
  if (config.dataDir === 'memory://') throw new BackupError('DATA_DIR=memory:// cannot be restored into');
  const work = await scratch('ksh-restore-');
  try {
    await tarExtract(archive, work.dir).catch(() => {
      throw new BackupError('not a readable .tar.gz archive');
    });
    const manifest = await checkedManifest(work.dir);
    const known = codeMigrations();
    const newer = manifest.migrations.filter((m) => !known.has(m));
    if (newer.length > 0) throw new BackupError(`the backup was made by a newer version (migrations unknown to this code: ${newer.join(', ')}); upgrade first`);
    const kind = config.databaseUrl ? 'postgres' : 'pglite';
    if (manifest.database.kind !== kind) throw new BackupError(`the backup holds a ${manifest.database.kind} database; this configuration uses ${kind}`);
    if (kind === 'pglite') assertPgliteIdle(config.dataDir, force);
    const root = filesRoot(config);
    const occupied = (await databaseInUse(config)) || (await listFiles(root)).length > 0;
    if (occupied && !force) throw new BackupError('the target database or file store holds data; pass --force to replace it');

    if (config.databaseUrl) {
      await resetPostgres(config.databaseUrl);
      await pgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '-d', config.databaseUrl, path.join(work.dir, manifest.database.file)]);
    } else {
      await fsp.mkdir(config.dataDir, { recursive: true });
      for (const entry of await fsp.readdir(config.dataDir)) {
        if (entry !== 'files') await fsp.rm(path.join(config.dataDir, entry), { recursive: true, force: true });
      }
      await tarExtract(path.join(work.dir, manifest.database.file), config.dataDir);
    }
    await fsp.rm(root, { recursive: true, force: true });
    if (fs.existsSync(path.join(work.dir, 'files'))) await copyTree(path.join(work.dir, 'files'), root);
    await fsp.mkdir(root, { recursive: true });
    console.log(
      `Restored ${manifest.database.kind} backup of ${manifest.createdAt}: ${manifest.migrations.length} migrations, ${manifest.files.length} files` +
        (manifest.migrations.length < known.size ? ` (${known.size - manifest.migrations.length} newer migrations apply at the next start)` : ''),
    );
  } finally {
    await work.remove();
  }
});
