import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { HomePage } from './features/home/HomePage';
import { SignInPage } from './features/auth/SignInPage';

/* The map of the app: every route is declared here. Pages other than home and sign-in load on demand. */

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const pageNumber = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : undefined;
};

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });

const home = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });
const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { identifier?: string } => ({ identifier: text(s.identifier) }),
  component: SignInPage,
});
const forgotPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./features/auth/ForgotPasswordPage'), 'ForgotPasswordPage'),
});
const setPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/set-password',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: text(s.token) }),
  component: lazyRouteComponent(() => import('./features/auth/SetPasswordPage'), 'SetPasswordPage'),
});
const register = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register',
  validateSearch: (s: Record<string, unknown>): { link?: string } => ({ link: text(s.link) }),
  component: lazyRouteComponent(() => import('./features/registration/RegisterPage'), 'RegisterPage'),
});
const registration = createRoute({
  getParentRoute: () => rootRoute,
  path: '/register/$id',
  component: lazyRouteComponent(() => import('./features/registration/RegistrationFlowPage'), 'RegistrationFlowPage'),
});
const profile = createRoute({
  getParentRoute: () => rootRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('./features/profile/ProfilePage'), 'ProfilePage'),
});
const outbox = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dev/outbox',
  component: lazyRouteComponent(() => import('./features/dev-outbox/OutboxPage'), 'OutboxPage'),
});

const catalog = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses',
  validateSearch: (
    s: Record<string, unknown>,
  ): { q?: string; language?: string; provider?: string; duration?: string; competency?: string; sort?: string; page?: number } => ({
    q: text(s.q),
    language: text(s.language),
    provider: text(s.provider),
    duration: text(s.duration),
    competency: text(s.competency),
    sort: text(s.sort),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./features/catalog/CatalogPage'), 'CatalogPage'),
});
const course = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses/$courseId',
  component: lazyRouteComponent(() => import('./features/learning/CoursePage'), 'CoursePage'),
});
const lessonPlayer = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses/$courseId/learn/$lessonKey',
  component: lazyRouteComponent(() => import('./features/learning/LessonPlayerPage'), 'LessonPlayerPage'),
});
const myLearning = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-learning',
  component: lazyRouteComponent(() => import('./features/learning/MyLearningPage'), 'MyLearningPage'),
});

const authoring = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring',
  validateSearch: (s: Record<string, unknown>): { state?: string; page?: number } => ({ state: text(s.state), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./features/authoring/AuthoringListPage'), 'AuthoringListPage'),
});
const courseEditor = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/$courseId',
  component: lazyRouteComponent(() => import('./features/authoring/CourseEditorPage'), 'CourseEditorPage'),
});

const admin = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  component: lazyRouteComponent(() => import('./features/admin/AdminLayout'), 'AdminLayout'),
});
const adminHome = createRoute({
  getParentRoute: () => admin,
  path: '/',
  component: lazyRouteComponent(() => import('./features/admin/AdminHomePage'), 'AdminHomePage'),
});
const approvals = createRoute({
  getParentRoute: () => admin,
  path: '/approvals',
  component: lazyRouteComponent(() => import('./features/admin/ApprovalsPage'), 'ApprovalsPage'),
});
const users = createRoute({
  getParentRoute: () => admin,
  path: '/users',
  validateSearch: (s: Record<string, unknown>): { q?: string; status?: string; page?: number } => ({
    q: text(s.q),
    status: text(s.status),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./features/admin/UsersPage'), 'UsersPage'),
});
const newUser = createRoute({
  getParentRoute: () => admin,
  path: '/users/new',
  component: lazyRouteComponent(() => import('./features/admin/CreateUserPage'), 'CreateUserPage'),
});
const userDetail = createRoute({
  getParentRoute: () => admin,
  path: '/users/$id',
  component: lazyRouteComponent(() => import('./features/admin/UserDetailPage'), 'UserDetailPage'),
});
const transfers = createRoute({
  getParentRoute: () => admin,
  path: '/transfers',
  component: lazyRouteComponent(() => import('./features/admin/TransfersPage'), 'TransfersPage'),
});
const profileChanges = createRoute({
  getParentRoute: () => admin,
  path: '/profile-changes',
  component: lazyRouteComponent(() => import('./features/admin/ProfileChangesPage'), 'ProfileChangesPage'),
});
const bulkImport = createRoute({
  getParentRoute: () => admin,
  path: '/import',
  component: lazyRouteComponent(() => import('./features/admin/ImportPage'), 'ImportPage'),
});
const registrationLink = createRoute({
  getParentRoute: () => admin,
  path: '/registration-link',
  component: lazyRouteComponent(() => import('./features/admin/RegistrationLinkPage'), 'RegistrationLinkPage'),
});

const routeTree = rootRoute.addChildren([
  home,
  signIn,
  forgotPassword,
  setPassword,
  register,
  registration,
  profile,
  outbox,
  catalog,
  course,
  lessonPlayer,
  myLearning,
  authoring,
  courseEditor,
  admin.addChildren([adminHome, approvals, users, newUser, userDetail, transfers, profileChanges, bulkImport, registrationLink]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
