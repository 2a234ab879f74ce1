import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';
import type { CatalogQuery } from './types';

/** One page of published courses matching a search (Hindi or English), filters and sort. */
export function useCatalog(query: CatalogQuery) {
  return useQuery({ ...catalogQueryOptions(query), placeholderData: (previous) => previous });
}

/** The catalog page's query, also started by the route before the page's code has loaded. */
export function catalogQueryOptions(query: CatalogQuery) {
  return queryOptions({ queryKey: ['catalog', query], queryFn: () => unwrap(api.GET('/api/catalog', { params: { query } })) });
}

/** The catalog's filter options with their course counts (they change only when courses are published or retired). */
export function useCatalogFilters() {
  return useQuery(catalogFiltersQueryOptions());
}

/** The filter options' query, also started by the route before the page's code has loaded. */
export function catalogFiltersQueryOptions() {
  return queryOptions({ queryKey: ['catalog', 'filters'], queryFn: () => unwrap(api.GET('/api/catalog/filters')), staleTime: 5 * 60_000 });
}

/** A published course as the catalog shows it: texts in both languages, syllabus, rating and counts. */
export function useCourse(id: string) {
  return useQuery({ queryKey: ['course', id], queryFn: () => unwrap(api.GET('/api/courses/{id}', { params: { path: { id } } })) });
}
