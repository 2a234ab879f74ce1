/** Programme routes: the list and one programme for learners, and their authoring list and editor. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';

const programmes = createRoute({
  getParentRoute: () => rootRoute,
  path: '/programmes',
  validateSearch: (s: Record<string, unknown>): { q?: string; page?: number } => ({ q: text(s.q), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./ProgrammesPage'), 'ProgrammesPage'),
});
const programme = createRoute({
  getParentRoute: () => rootRoute,
  path: '/programmes/$ref',
  component: lazyRouteComponent(() => import('./ProgrammePage'), 'ProgrammePage'),
});
const programmeAuthoring = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/programmes',
  validateSearch: (s: Record<string, unknown>): { status?: string; page?: number } => ({ status: text(s.status), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./ProgrammeAuthoringListPage'), 'ProgrammeAuthoringListPage'),
});
const programmeEditor = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/programmes/$id',
  component: lazyRouteComponent(() => import('./ProgrammeEditorPage'), 'ProgrammeEditorPage'),
});

export const programmeRoutes = [programmes, programme, programmeAuthoring, programmeEditor] as const;
