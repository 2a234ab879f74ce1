/** Self-registration routes: starting from a registration link, then following one registration through. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { text } from '../../routing/search-params';

const register = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  validateSearch: (s: Record<string, unknown>): { link?: string } => ({ link: text(s.link) }),
  component: lazyRouteComponent(() => import('./RegisterPage'), 'RegisterPage'),
});
const registration = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register/$id',
  component: lazyRouteComponent(() => import('./RegistrationFlowPage'), 'RegistrationFlowPage'),
});

export const registrationRoutes = [register, registration] as const;
