/** The course catalogue route, with its search, filters, sort and page in the address. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';

const catalog = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses',
  validateSearch: (
    s: Record<string, unknown>,
  ): { q?: string; language?: string; provider?: string; duration?: string; competency?: string; type?: string; sort?: string; page?: number } => ({
    q: text(s.q),
    language: text(s.language),
    provider: text(s.provider),
    duration: text(s.duration),
    competency: text(s.competency),
    type: text(s.type),
    sort: text(s.sort),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./CatalogPage'), 'CatalogPage'),
});

export const catalogRoutes = [catalog] as const;
