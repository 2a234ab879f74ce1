import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { CatalogQuery } from './types';

/** One page of published courses matching a search (Hindi or English), filters and sort. */
export function useCatalog(query: CatalogQuery) {
  return useQuery({
    queryKey: ['catalog', query],
    queryFn: () => unwrap(api.GET('/api/catalog', { params: { query } })),
    placeholderData: (previous) => previous,
  });
}

/** The catalog's filter options with their course counts (they change only when courses are published or retired). */
export function useCatalogFilters() {
  return useQuery({
    queryKey: ['catalog', 'filters'],
    queryFn: () => unwrap(api.GET('/api/catalog/filters')),
    staleTime: 5 * 60_000,
  });
}

/** A published course as the catalog shows it: texts in both languages, syllabus, rating and counts. */
export function useCourse(id: string) {
  return useQuery({ queryKey: ['course', id], queryFn: () => unwrap(api.GET('/api/courses/{id}', { params: { path: { id } } })) });
}
