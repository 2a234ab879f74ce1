/** The admin section: its layout route (other features' admin pages hang under it too) and the user and organisation admin pages. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';

/** The frame of every `/admin/...` page; router.tsx gives it its children, from this and other features. */
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./AdminLayout'), 'AdminLayout'),
});

const adminHome = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./AdminHomePage'), 'AdminHomePage'),
});
const approvals = createRoute({
  getParentRoute: () => adminRoute,
  path: '/approvals',
  component: lazyRouteComponent(() => import('./ApprovalsPage'), 'ApprovalsPage'),
});
const users = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users',
  validateSearch: (s: Record<string, unknown>): { q?: string; status?: string; page?: number } => ({
    q: text(s.q),
    status: text(s.status),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./UsersPage'), 'UsersPage'),
});
const newUser = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users/new',
  component: lazyRouteComponent(() => import('./CreateUserPage'), 'CreateUserPage'),
});
const userDetail = createRoute({
  getParentRoute: () => adminRoute,
  path: '/users/$id',
  component: lazyRouteComponent(() => import('./UserDetailPage'), 'UserDetailPage'),
});
const transfers = createRoute({
  getParentRoute: () => adminRoute,
  path: '/transfers',
  component: lazyRouteComponent(() => import('./TransfersPage'), 'TransfersPage'),
});
const profileChanges = createRoute({
  getParentRoute: () => adminRoute,
  path: '/profile-changes',
  component: lazyRouteComponent(() => import('./ProfileChangesPage'), 'ProfileChangesPage'),
});
const bulkImport = createRoute({
  getParentRoute: () => adminRoute,
  path: '/import',
  component: lazyRouteComponent(() => import('./ImportPage'), 'ImportPage'),
});
const orgTree = createRoute({
  getParentRoute: () => adminRoute,
  path: '/orgs',
  component: lazyRouteComponent(() => import('./OrgTreePage'), 'OrgTreePage'),
});
const registrationLink = createRoute({
  getParentRoute: () => adminRoute,
  path: '/registration-link',
  component: lazyRouteComponent(() => import('./RegistrationLinkPage'), 'RegistrationLinkPage'),
});

/** Children of `adminRoute`. */
export const adminRoutes = [
  adminHome, approvals, users, newUser, userDetail, transfers, profileChanges, bulkImport, orgTree, registrationLink,
] as const;
