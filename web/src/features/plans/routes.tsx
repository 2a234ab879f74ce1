/** Training plan routes: one person's plan, public verification of a compliance statement, and the plans and HRMS admin pages. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';
import { adminRoute } from '../admin/routes';

const planPerson = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$planId/people/$userId',
  component: lazyRouteComponent(() => import('./PersonPlanPage'), 'PersonPlanPage'),
});
const verifyStatement = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/compliance/$number',
  component: lazyRouteComponent(() => import('./VerifyStatementPage'), 'VerifyStatementPage'),
});

const adminPlans = createRoute({
  getParentRoute: () => adminRoute,
  path: '/plans',
  validateSearch: (s: Record<string, unknown>): { status?: string; page?: number } => ({ status: text(s.status), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./admin/PlansListPage'), 'PlansListPage'),
});
const adminPlanNew = createRoute({
  getParentRoute: () => adminRoute,
  path: '/plans/new',
  component: lazyRouteComponent(() => import('./admin/PlanFormPage'), 'PlanFormPage'),
});
const adminPlan = createRoute({
  getParentRoute: () => adminRoute,
  path: '/plans/$id',
  component: lazyRouteComponent(() => import('./admin/PlanPage'), 'PlanPage'),
});
const adminPlanEdit = createRoute({
  getParentRoute: () => adminRoute,
  path: '/plans/$id/edit',
  component: lazyRouteComponent(() => import('./admin/PlanEditPage'), 'PlanEditPage'),
});
const adminHrms = createRoute({
  getParentRoute: () => adminRoute,
  path: '/hrms',
  component: lazyRouteComponent(() => import('./admin/HrmsPage'), 'HrmsPage'),
});

export const planRoutes = [planPerson, verifyStatement] as const;
/** Children of the admin layout route. */
export const planAdminRoutes = [adminPlans, adminPlanNew, adminPlan, adminPlanEdit, adminHrms] as const;
