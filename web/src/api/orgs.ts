import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './errors';

/** Children of an org (top level when parentId is null). */
export function useOrgChildren(parentId: string | null) {
  return useQuery({
    queryKey: ['orgs', 'children', parentId],
    queryFn: () => unwrap(api.GET('/api/orgs', { params: { query: parentId ? { parentId } : {} } })),
    staleTime: 5 * 60_000,
  });
}

/** Orgs whose name matches q (at least two characters). */
export function useOrgSearch(q: string, within?: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['orgs', 'search', term, within],
    queryFn: () => unwrap(api.GET('/api/orgs/search', { params: { query: within ? { q: term, within } : { q: term } } })),
    enabled: term.length >= 2,
    staleTime: 60_000,
  });
}

/** One org with its ancestors and allowed e-mail domains. */
export function useOrg(id: string | null | undefined) {
  return useQuery({
    queryKey: ['orgs', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}

/** Designations available in an org. */
export function useDesignations(orgId: string | null | undefined) {
  return useQuery({
    queryKey: ['orgs', 'designations', orgId],
    queryFn: () => unwrap(api.GET('/api/orgs/{id}/designations', { params: { path: { id: orgId ?? '' } } })),
    enabled: !!orgId,
    staleTime: 5 * 60_000,
  });
}

/** The org a registration link belongs to. */
export function useRegistrationLinkOrg(token: string | undefined) {
  return useQuery({
    queryKey: ['orgs', 'link', token],
    queryFn: () => unwrap(api.GET('/api/orgs/registration-links/{token}', { params: { path: { token: token ?? '' } } })),
    enabled: !!token,
  });
}

/** Several orgs by id (e.g. those a plan's audience names), sharing the cache of useOrg. */
export function useOrgs(ids: readonly string[]) {
  return useQueries({
    queries: [...new Set(ids)].map((id) => ({
      queryKey: ['orgs', 'detail', id],
      queryFn: () => unwrap(api.GET('/api/orgs/{id}', { params: { path: { id } } })),
      staleTime: 5 * 60_000,
    })),
  });
}
