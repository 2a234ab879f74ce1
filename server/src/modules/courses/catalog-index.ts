import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { JobDefinition } from '../../platform/jobs';
import type { CourseTexts } from './courses.tables';
import type { Language } from '../../db/column-types';
import { FOLD_REVISION, foldedHindi, initialisms } from './search-fold';

type Texts = Partial<Record<Language, CourseTexts>>;

/** Builds the catalog search text from both languages' titles and summaries and the tags. */
export function searchTextOf(version: { texts: Texts; tags: string[] }): string {
  const t = version.texts;
  return [t.en?.title, t.hi?.title, t.en?.summary, t.hi?.summary, ...version.tags].filter((s) => s && s.trim()).join(' ');
}

/**
 * The search columns of a version: its text as written, the folded romanised keys of its Hindi words (titles,
 * summaries, tags) and the initialisms of its English title, with the folding revision they were written with.
 */
export function searchColumnsOf(version: { texts: Texts; tags: string[] }) {
  const text = searchTextOf(version);
  return {
    search_text: text,
    search_folded: foldedHindi(text).join(' '),
    search_initials: initialisms(version.texts.en?.title ?? '').join(' '),
    search_fold_rev: FOLD_REVISION,
  };
}

/** Adds the words of a published version's search text (as written, not folded) to the catalog lexicon. */
export async function addSearchWords(trx: Kysely<DB> | Transaction<DB>, versionId: string): Promise<void> {
  await sql`INSERT INTO catalog_words (word)
    SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', search_text))) FROM course_versions WHERE id = ${versionId}
    ON CONFLICT DO NOTHING`.execute(trx);
}

/** Refolds up to `limit` published versions indexed with an older folding revision; returns how many it refolded. */
export async function refoldCatalog(db: Kysely<DB>, limit = 500): Promise<number> {
  const stale = await db
    .selectFrom('course_versions')
    .select(['id', 'texts', 'tags'])
    .where('state', '=', 'published')
    .where('search_fold_rev', '<', FOLD_REVISION)
    .limit(limit)
    .execute();
  for (const v of stale) {
    const { search_folded, search_initials, search_fold_rev } = searchColumnsOf(v);
    await db.updateTable('course_versions').set({ search_folded, search_initials, search_fold_rev }).where('id', '=', v.id).execute();
  }
  return stale.length;
}

/**
 * Courses published before romanised search (or under an older folding) get their folded keys in the background,
 * a batch every ten minutes: a no-op once every published version is current.
 */
export const refoldCatalogJob: JobDefinition<Record<string, never>> = {
  name: 'courses.catalog-refold',
  schedule: { cron: '*/10 * * * *' },
  expireInSeconds: 300,
  async handle(_payload, ctx) {
    const n = await refoldCatalog(ctx.db);
    if (n > 0) ctx.log.info({ job: 'courses.catalog-refold', refolded: n }, 'catalog search keys refolded');
  },
};
