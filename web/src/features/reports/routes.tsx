/** Monitoring and evaluation routes: dashboards with drill-down, people, exports, leaderboards, learning weeks, course quality. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';

/** A calendar day as YYYY-MM-DD, else absent. */
const day = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

const reports = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports',
  validateSearch: (s: Record<string, unknown>): { org?: string; from?: string; to?: string } => ({ org: text(s.org), from: day(s.from), to: day(s.to) }),
  component: lazyRouteComponent(() => import('./ReportsPage'), 'ReportsPage'),
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
  component: lazyRouteComponent(() => import('./PeoplePage'), 'PeoplePage'),
});
const reportExports = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/exports',
  component: lazyRouteComponent(() => import('./ExportsPage'), 'ExportsPage'),
});
const courseQualityList = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/courses',
  component: lazyRouteComponent(() => import('./CourseQualityPage'), 'CourseQualityListPage'),
});
const courseQuality = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reports/courses/$courseId',
  component: lazyRouteComponent(() => import('./CourseQualityPage'), 'CourseQualityPage'),
});
const leaderboards = createRoute({
  getParentRoute: () => rootRoute,
  path: '/leaderboards',
  validateSearch: (s: Record<string, unknown>): { org?: string; from?: string; to?: string } => ({ org: text(s.org), from: day(s.from), to: day(s.to) }),
  component: lazyRouteComponent(() => import('./LeaderboardsPage'), 'LeaderboardsPage'),
});
const learningWeeks = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learning-weeks',
  component: lazyRouteComponent(() => import('./LearningWeeksPage'), 'LearningWeeksPage'),
});
const learningWeek = createRoute({
  getParentRoute: () => rootRoute,
  path: '/learning-weeks/$id',
  component: lazyRouteComponent(() => import('./LearningWeekPage'), 'LearningWeekPage'),
});

export const reportRoutes = [
  reports, reportPeople, reportExports, courseQualityList, courseQuality, leaderboards, learningWeeks, learningWeek,
] as const;
