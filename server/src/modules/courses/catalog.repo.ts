import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/database';
import type { LessonType } from './courses.tables';
import { visibleToSql, type Viewer } from './courses.service';
import { foldWord } from './search-fold';

export type CatalogSort = 'relevance' | 'newest' | 'most_completed' | 'rating';

/** The catalog's filters, already validated. */
export interface CatalogFilter {
  q?: string;
  competency?: string;
  language?: 'en' | 'hi';
  provider?: string;
  minDuration?: number;
  maxDuration?: number;
  type?: LessonType;
  sort: CatalogSort;
  page: number;
  pageSize: number;
}

/** Splits a query into search words: letters, combining marks (Devanagari matras) and digits. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

/** Quotes a word as a tsquery lexeme. */
const lexeme = (w: string) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** For each query word, up to five lexicon words that look like it (trigram similarity), best first. */
async function similarWords(db: Kysely<DB>, words: string[]): Promise<string[][]> {
  const { rows } = await sql<{ ord: number | string; word: string }>`
    SELECT q.ord, x.word FROM unnest(ARRAY[${sql.join(words)}]::text[]) WITH ORDINALITY AS q(w, ord)
    CROSS JOIN LATERAL (
      SELECT word FROM catalog_words WHERE word % q.w ORDER BY similarity(word, q.w) DESC, word LIMIT 5
    ) x`.execute(db);
  return words.map((_, i) => rows.filter((r) => Number(r.ord) === i + 1).map((r) => r.word));
}

/**
 * Alternatives that also match a word typed another way: its folded romanised key against the folded keys of the
 * courses' Hindi words (weight D; as a prefix from three letters), and a short Latin word as an initialism (weight C).
 */
function transliterated(w: string): string[] {
  const folded = foldWord(w);
  const out = folded ? [`${lexeme(folded)}:${folded.length >= 3 ? '*' : ''}D`] : [];
  if (/^[a-z]{3,5}$/.test(w)) out.push(`${lexeme(w)}:C`);
  return out;
}

/**
 * The text search queries for a set of words: each word matches as a prefix (partial words), as one of the lexicon
 * words similar to it (misspellings), or romanised (transliterated); `all` needs every word, `any` at least one;
 * `exact` ranks hits of the words as typed up.
 */
export async function searchQueries(db: Kysely<DB>, words: string[]): Promise<{ all: string; any: string; exact: string }> {
  const similar = await similarWords(db, words);
  const terms = words.map((w, i) => {
    const written = [`${lexeme(w)}:*A`, ...(similar[i] ?? []).filter((s) => s !== w).map((s) => `${lexeme(s)}:A`)];
    return `(${[...written, ...transliterated(w)].join(' | ')})`;
  });
  return { all: terms.join(' & '), any: terms.join(' | '), exact: words.map((w) => `${lexeme(w)}:*A`).join(' & ') };
}

/**
 * One page of published, live, visible courses matching the filters and, when given, a text search query.
 * Two steps: the ids of the page with the total (narrow rows only), then the display columns of those ids.
 */
async function catalogPage(db: Kysely<DB>, viewer: Viewer, f: CatalogFilter, search: { match: string; exact: string } | null) {
  const match = search ? sql`${search.match}::tsquery` : null;
  const rank = search ? sql<number>`(ts_rank(v.search_vector, ${match}) + 2 * ts_rank(v.search_vector, ${search.exact}::tsquery))` : sql<number>`0`;
  const rating = sql<number>`(c.rating_sum::float8 / nullif(c.rating_count, 0))`;

  let query = db
    .selectFrom('courses as c')
    .innerJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .select('c.id')
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where('c.retired_at', 'is', null)
    .where(visibleToSql(viewer));
  if (match) query = query.where(sql<boolean>`v.search_vector @@ ${match}`);
  if (f.competency) query = query.where(sql<boolean>`v.competencies @> ${JSON.stringify([{ code: f.competency }])}::jsonb`);
  if (f.language) query = query.where(sql<boolean>`${f.language}::text = ANY (v.languages)`);
  if (f.type) query = query.where(sql<boolean>`${f.type}::text = ANY (v.lesson_types)`);
  if (f.minDuration !== undefined) query = query.where('v.duration_minutes', '>=', f.minDuration);
  if (f.maxDuration !== undefined) query = query.where('v.duration_minutes', '<=', f.maxDuration);
  if (f.provider) {
    query = query.where(sql<boolean>`EXISTS (SELECT 1 FROM orgs o WHERE o.id = c.provider_org_id
      AND o.path LIKE (SELECT p.path FROM orgs p WHERE p.id = ${f.provider}::uuid) || '%')`);
  }
  const sort = f.sort === 'relevance' && !search ? 'newest' : f.sort;
  if (sort === 'relevance') query = query.orderBy(rank, 'desc');
  else if (sort === 'most_completed') query = query.orderBy('c.completion_count', 'desc');
  else if (sort === 'rating') query = query.orderBy(sql`${rating} DESC NULLS LAST`).orderBy('c.rating_count', 'desc');
  query = query.orderBy(sql`c.published_at DESC NULLS LAST`).orderBy('c.id');
  const page = await query.limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  if (page.length === 0) return [];

  const details = await db
    .selectFrom('courses as c')
    .innerJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .select([
      'c.id', 'c.moderated', 'c.published_at', 'c.enrolment_count', 'c.completion_count', 'c.rating_count', 'c.rating_sum',
      'v.texts', 'v.languages', 'v.duration_minutes', 'v.difficulty', 'v.thumbnail_file_id', 'v.competencies', 'v.lesson_types',
      'o.id as provider_id', 'o.name_en as provider_name_en', 'o.name_hi as provider_name_hi',
    ])
    .where('c.id', 'in', page.map((p) => p.id))
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  return page.flatMap((p) => {
    const d = byId.get(p.id);
    return d ? [{ ...d, total: Number(p.total) }] : [];
  });
}
export type CatalogRow = Awaited<ReturnType<typeof catalogPage>>[number];

/**
 * Searches the catalog in Hindi and English: full text on `search_vector` where every query word matches as a
 * prefix, as a similar lexicon word or romanised (search-fold.ts); when no course has every word, courses with any
 * of them, best first.
 */
export async function searchCatalog(db: Kysely<DB>, viewer: Viewer, f: CatalogFilter): Promise<CatalogRow[]> {
  const words = searchWords(f.q);
  if (words.length === 0) return catalogPage(db, viewer, f, null);
  const queries = await searchQueries(db, words);
  const rows = await catalogPage(db, viewer, f, { match: queries.all, exact: queries.exact });
  if (rows.length > 0 || words.length === 1) return rows;
  // Past the last page of an every-word search stays empty; only a search with no full match at all falls back.
  if (f.page > 1 && (await catalogPage(db, viewer, { ...f, page: 1, pageSize: 1 }, { match: queries.all, exact: queries.exact })).length > 0) return rows;
  return catalogPage(db, viewer, f, { match: queries.any, exact: queries.exact });
}
