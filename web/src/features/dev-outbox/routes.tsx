/** The development outbox route: every e-mail and SMS the platform "sent". */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';

const outbox = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dev/outbox',
  component: lazyRouteComponent(() => import('./OutboxPage'), 'OutboxPage'),
});

export const outboxRoutes = [outbox] as const;
