/** Course authoring routes: the list of courses being written and one course's editor. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';

const authoring = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring',
  validateSearch: (s: Record<string, unknown>): { state?: string; page?: number } => ({ state: text(s.state), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./AuthoringListPage'), 'AuthoringListPage'),
});
const courseEditor = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/$courseId',
  component: lazyRouteComponent(() => import('./CourseEditorPage'), 'CourseEditorPage'),
});

export const authoringRoutes = [authoring, courseEditor] as const;
