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

const programmes = createRoute({
  getParentRoute: () => rootRoute,
  path: '/programmes',
  validateSearch: (s: Record<string, unknown>): { q?: string; page?: number } => ({ q: text(s.q), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./features/programmes/ProgrammesPage'), 'ProgrammesPage'),
});
const programme = createRoute({
  getParentRoute: () => rootRoute,
  path: '/programmes/$ref',
  component: lazyRouteComponent(() => import('./features/programmes/ProgrammePage'), 'ProgrammePage'),
});
const programmeAuthoring = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/programmes',
  validateSearch: (s: Record<string, unknown>): { status?: string; page?: number } => ({ status: text(s.status), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./features/programmes/ProgrammeAuthoringListPage'), 'ProgrammeAuthoringListPage'),
});
const programmeEditor = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/programmes/$id',
  component: lazyRouteComponent(() => import('./features/programmes/ProgrammeEditorPage'), 'ProgrammeEditorPage'),
});

const myCompetencies = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies',
  component: lazyRouteComponent(() => import('./features/competencies/MyCompetenciesPage'), 'MyCompetenciesPage'),
});
const competencyOnboarding = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies/start',
  component: lazyRouteComponent(() => import('./features/competencies/OnboardingPage'), 'OnboardingPage'),
});
const competencyGaps = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies/gaps',
  validateSearch: (s: Record<string, unknown>): { for?: 'current' | 'target' } => ({ for: s.for === 'target' ? 'target' : s.for === 'current' ? 'current' : undefined }),
  component: lazyRouteComponent(() => import('./features/competencies/GapsPage'), 'GapsPage'),
});
const career = createRoute({
  getParentRoute: () => rootRoute,
  path: '/career',
  component: lazyRouteComponent(() => import('./features/competencies/CareerPage'), 'CareerPage'),
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
const orgTree = createRoute({
  getParentRoute: () => admin,
  path: '/orgs',
  component: lazyRouteComponent(() => import('./features/admin/OrgTreePage'), 'OrgTreePage'),
});
const registrationLink = createRoute({
  getParentRoute: () => admin,
  path: '/registration-link',
  component: lazyRouteComponent(() => import('./features/admin/RegistrationLinkPage'), 'RegistrationLinkPage'),
});

const competencyFramework = createRoute({
  getParentRoute: () => admin,
  path: '/competencies',
  component: lazyRouteComponent(() => import('./features/competencies/admin/FrameworkAdminPage'), 'FrameworkAdminPage'),
});
const competencyRequirements = createRoute({
  getParentRoute: () => admin,
  path: '/competencies/requirements',
  component: lazyRouteComponent(() => import('./features/competencies/admin/RequirementsListPage'), 'RequirementsListPage'),
});
const competencyRequirementsEditor = createRoute({
  getParentRoute: () => admin,
  path: '/competencies/requirements/$designationId',
  component: lazyRouteComponent(() => import('./features/competencies/admin/RequirementsEditorPage'), 'RequirementsEditorPage'),
});
const competencyImport = createRoute({
  getParentRoute: () => admin,
  path: '/competencies/import',
  component: lazyRouteComponent(() => import('./features/competencies/admin/RequirementsImportPage'), 'RequirementsImportPage'),
});
const competencyCoverage = createRoute({
  getParentRoute: () => admin,
  path: '/competencies/coverage',
  component: lazyRouteComponent(() => import('./features/competencies/admin/CoveragePage'), 'CoveragePage'),
});

const myCertificates = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-certificates',
  component: lazyRouteComponent(() => import('./features/certificates/MyCertificatesPage'), 'MyCertificatesPage'),
});
const verifyForm = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  component: lazyRouteComponent(() => import('./features/certificates/VerifyPage'), 'VerifyFormPage'),
});
const verifyCertificate = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$number',
  component: lazyRouteComponent(() => import('./features/certificates/VerifyPage'), 'VerifyPage'),
});
const certificateCriteria = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/$courseId/certificate',
  component: lazyRouteComponent(() => import('./features/certificates/CertificateCriteriaPage'), 'CertificateCriteriaPage'),
});
const adminCertificates = createRoute({
  getParentRoute: () => admin,
  path: '/certificates',
  validateSearch: (
    s: Record<string, unknown>,
  ): { party?: string; status?: string; orgId?: string; subjectId?: string; from?: string; to?: string; page?: number } => ({
    party: text(s.party),
    status: text(s.status),
    orgId: text(s.orgId),
    subjectId: text(s.subjectId),
    from: text(s.from),
    to: text(s.to),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./features/certificates/AdminCertificatesPage'), 'AdminCertificatesPage'),
});
const adminCertificateTemplate = createRoute({
  getParentRoute: () => admin,
  path: '/certificate-template',
  component: lazyRouteComponent(() => import('./features/certificates/CertificateTemplatePage'), 'CertificateTemplatePage'),
});

const adminPlans = createRoute({
  getParentRoute: () => admin,
  path: '/plans',
  validateSearch: (s: Record<string, unknown>): { status?: string; page?: number } => ({ status: text(s.status), page: pageNumber(s.page) }),
  component: lazyRouteComponent(() => import('./features/plans/admin/PlansListPage'), 'PlansListPage'),
});
const adminPlanNew = createRoute({
  getParentRoute: () => admin,
  path: '/plans/new',
  component: lazyRouteComponent(() => import('./features/plans/admin/PlanFormPage'), 'PlanFormPage'),
});
const adminPlan = createRoute({
  getParentRoute: () => admin,
  path: '/plans/$id',
  component: lazyRouteComponent(() => import('./features/plans/admin/PlanPage'), 'PlanPage'),
});
const adminHrms = createRoute({
  getParentRoute: () => admin,
  path: '/hrms',
  component: lazyRouteComponent(() => import('./features/plans/admin/HrmsPage'), 'HrmsPage'),
});
const planPerson = createRoute({
  getParentRoute: () => rootRoute,
  path: '/plans/$planId/people/$userId',
  component: lazyRouteComponent(() => import('./features/plans/PersonPlanPage'), 'PersonPlanPage'),
});
const verifyStatement = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/compliance/$number',
  component: lazyRouteComponent(() => import('./features/plans/VerifyStatementPage'), 'VerifyStatementPage'),
});

// Monitoring and evaluation: dashboards with drill-down, people, exports, leaderboards, learning weeks, course quality.
const day = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
const reports = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  validateSearch: (s: Record<string, unknown>): { org?: string; from?: string; to?: string } => ({ org: text(s.org), from: day(s.from), to: day(s.to) }),
  component: lazyRouteComponent(() => import('./features/reports/ReportsPage'), 'ReportsPage'),
});
const reportPeople = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/people',
  validateSearch: (s: Record<string, unknown>): { org?: string; bucket?: string; q?: string; page?: number } => ({
    org: text(s.org),
    bucket: text(s.bucket),
    q: text(s.q),
    page: pageNumber(s.page),
  }),
  component: lazyRouteComponent(() => import('./features/reports/PeoplePage'), 'PeoplePage'),
});
const reportExports = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/exports',
  component: lazyRouteComponent(() => import('./features/reports/ExportsPage'), 'ExportsPage'),
});
const courseQualityList = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/courses',
  component: lazyRouteComponent(() => import('./features/reports/CourseQualityPage'), 'CourseQualityListPage'),
});
const courseQuality = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/courses/$courseId',
  component: lazyRouteComponent(() => import('./features/reports/CourseQualityPage'), 'CourseQualityPage'),
});
const leaderboards = createRoute({
  getParentRoute: () => rootRoute,
  path: '/leaderboards',
  validateSearch: (s: Record<string, unknown>): { org?: string; from?: string; to?: string } => ({ org: text(s.org), from: day(s.from), to: day(s.to) }),
  component: lazyRouteComponent(() => import('./features/reports/LeaderboardsPage'), 'LeaderboardsPage'),
});
const learningWeeks = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learning-weeks',
  component: lazyRouteComponent(() => import('./features/reports/LearningWeeksPage'), 'LearningWeeksPage'),
});
const learningWeek = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learning-weeks/$id',
  component: lazyRouteComponent(() => import('./features/reports/LearningWeekPage'), 'LearningWeekPage'),
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
  programmes,
  programme,
  programmeAuthoring,
  programmeEditor,
  myCompetencies,
  competencyOnboarding,
  competencyGaps,
  career,
  myCertificates,
  verifyForm,
  verifyCertificate,
  certificateCriteria,
  planPerson,
  verifyStatement,
  reports,
  reportPeople,
  reportExports,
  courseQualityList,
  courseQuality,
  leaderboards,
  learningWeeks,
  learningWeek,
  admin.addChildren([
    adminPlans, adminPlanNew, adminPlan, adminHrms,
    adminHome, approvals, users, newUser, userDetail, transfers, profileChanges, bulkImport, orgTree, registrationLink,
    competencyFramework, competencyRequirements, competencyRequirementsEditor, competencyImport, competencyCoverage,
    adminCertificates, adminCertificateTemplate,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
