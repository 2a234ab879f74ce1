/** The course catalogue route, with its search, filters, sort and page in the address. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';
import { catalogFiltersQueryOptions, catalogQueryOptions } from '../../api/catalog';
import { queryClient } from '../../api/query-client';
import { currentLanguage } from '../../i18n';
import { catalogQuery, type CatalogSearch } from './catalog-query';

const catalog = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses',
  validateSearch: (s: Record<string, unknown>): CatalogSearch => ({
    q: text(s.q),
    language: text(s.language),
    provider: text(s.provider),
    duration: text(s.duration),
    competency: text(s.competency),
    type: text(s.type),
    sort: text(s.sort),
    page: pageNumber(s.page),
  }),
  // The page's data is asked for as soon as the address matches, alongside its code rather than after it.
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => {
    void queryClient.prefetchQuery(catalogQueryOptions(catalogQuery(deps, currentLanguage())));
    void queryClient.prefetchQuery(catalogFiltersQueryOptions());
  },
  component: lazyRouteComponent(() => import('./CatalogPage'), 'CatalogPage'),
});

export const catalogRoutes = [catalog] as const;
