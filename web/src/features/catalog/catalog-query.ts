/** The catalog's address (search params) turned into the API query, shared by the page and the route's prefetch. */
import type { CatalogQuery, CatalogSort, LessonType } from '../../api/types';
import type { Language } from '../../i18n';

export const SORTS: readonly CatalogSort[] = ['relevance', 'newest', 'most_completed', 'rating'];
export const LESSON_TYPES: readonly LessonType[] = ['video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment'];
/** Duration buckets in minutes, inclusive; the same as the server's (GET /api/catalog/filters gives their counts). */
const DURATIONS: Record<string, { minDuration?: number; maxDuration?: number }> = {
  short: { maxDuration: 60 },
  medium: { minDuration: 61, maxDuration: 240 },
  long: { minDuration: 241 },
};
export const DURATION_KEYS = Object.keys(DURATIONS);
const asSort = (s: string | undefined) => SORTS.find((x) => x === s);
const asLanguage = (s: string | undefined) => (s === 'en' || s === 'hi' ? s : undefined);
/** The lesson type named in the address, if it is one. */
export const asType = (s: string | undefined) => LESSON_TYPES.find((x) => x === s);

export interface CatalogSearch {
  q?: string;
  language?: string;
  provider?: string;
  duration?: string;
  competency?: string;
  type?: string;
  sort?: string;
  page?: number;
}

/** The API query for a catalog address, with texts in the UI language. */
export function catalogQuery(search: CatalogSearch, uiLanguage: Language): CatalogQuery {
  return {
    q: search.q,
    lang: uiLanguage,
    language: asLanguage(search.language),
    provider: search.provider,
    competency: search.competency,
    type: asType(search.type),
    ...(search.duration ? DURATIONS[search.duration] : {}),
    sort: asSort(search.sort),
    page: search.page ?? 1,
  };
}
