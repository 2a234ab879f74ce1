/** The signed-in user's profile route. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';

const profile = createRoute({
  getParentRoute: () => rootRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('./ProfilePage'), 'ProfilePage'),
});

export const profileRoutes = [profile] as const;
