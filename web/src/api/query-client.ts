import { hashKey, QueryClient, type QueryKey } from '@tanstack/react-query';
import { currentLanguage } from '../i18n';
import { ApiError } from './errors';

/** Queries whose answer does not depend on the language (the session must not go back to loading on a switch). */
const LANGUAGE_FREE = new Set(['session']);

/**
 * Every other query is cached per language: the server answers in the language on screen (course titles, reasons,
 * notifications), so after a switch each view asks again in the new language, and switching back shows what was
 * already fetched. Components re-render on a switch (useTranslation), which picks up the new key.
 */
export function languageQueryHash(queryKey: QueryKey): string {
  const first = queryKey[0];
  return typeof first === 'string' && LANGUAGE_FREE.has(first) ? hashKey(queryKey) : hashKey([currentLanguage(), ...queryKey]);
}

/** Shared query client: no retries on 4xx (they will not change), one retry on network trouble. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      queryKeyHashFn: languageQueryHash,
      refetchOnWindowFocus: false,
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 1,
    },
  },
});
