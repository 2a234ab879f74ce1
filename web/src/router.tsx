import { createRouter } from '@tanstack/react-router';
import { rootRoute } from './routing/root-route';
import { homeRoutes } from './features/home/routes';
import { authRoutes } from './features/auth/routes';
import { registrationRoutes } from './features/registration/routes';
import { profileRoutes } from './features/profile/routes';
import { outboxRoutes } from './features/dev-outbox/routes';
import { catalogRoutes } from './features/catalog/routes';
import { learningRoutes } from './features/learning/routes';
import { authoringRoutes } from './features/authoring/routes';
import { programmeRoutes } from './features/programmes/routes';
import { competencyAdminRoutes, competencyRoutes } from './features/competencies/routes';
import { certificateAdminRoutes, certificateRoutes } from './features/certificates/routes';
import { planAdminRoutes, planRoutes } from './features/plans/routes';
import { reportRoutes } from './features/reports/routes';
import { adminRoute, adminRoutes } from './features/admin/routes';

/* The map of the app: each feature declares its routes in features/<feature>/routes.tsx; here they are put under
   the root route (routing/root-route.ts), and the admin pages of several features under the admin layout route.
   Pages other than home and sign-in load on demand. */

const routeTree = rootRoute.addChildren([
  ...homeRoutes,
  ...authRoutes,
  ...registrationRoutes,
  ...profileRoutes,
  ...outboxRoutes,
  ...catalogRoutes,
  ...learningRoutes,
  ...authoringRoutes,
  ...programmeRoutes,
  ...competencyRoutes,
  ...certificateRoutes,
  ...planRoutes,
  ...reportRoutes,
  adminRoute.addChildren([...planAdminRoutes, ...adminRoutes, ...competencyAdminRoutes, ...certificateAdminRoutes]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
