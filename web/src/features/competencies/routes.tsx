/** Competency routes: the learner's competencies, onboarding, gaps and career, and the framework and requirements admin pages. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { adminRoute } from '../admin/routes';

const myCompetencies = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies',
  component: lazyRouteComponent(() => import('./MyCompetenciesPage'), 'MyCompetenciesPage'),
});
const competencyOnboarding = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies/start',
  component: lazyRouteComponent(() => import('./OnboardingPage'), 'OnboardingPage'),
});
const competencyGaps = createRoute({
  getParentRoute: () => rootRoute,
  path: '/competencies/gaps',
  validateSearch: (s: Record<string, unknown>): { for?: 'current' | 'target' } => ({ for: s.for === 'target' ? 'target' : s.for === 'current' ? 'current' : undefined }),
  component: lazyRouteComponent(() => import('./GapsPage'), 'GapsPage'),
});
const career = createRoute({
  getParentRoute: () => rootRoute,
  path: '/career',
  component: lazyRouteComponent(() => import('./CareerPage'), 'CareerPage'),
});

const competencyFramework = createRoute({
  getParentRoute: () => adminRoute,
  path: '/competencies',
  component: lazyRouteComponent(() => import('./admin/FrameworkAdminPage'), 'FrameworkAdminPage'),
});
const competencyRequirements = createRoute({
  getParentRoute: () => adminRoute,
  path: '/competencies/requirements',
  component: lazyRouteComponent(() => import('./admin/RequirementsListPage'), 'RequirementsListPage'),
});
const competencyRequirementsEditor = createRoute({
  getParentRoute: () => adminRoute,
  path: '/competencies/requirements/$designationId',
  component: lazyRouteComponent(() => import('./admin/RequirementsEditorPage'), 'RequirementsEditorPage'),
});
const competencyImport = createRoute({
  getParentRoute: () => adminRoute,
  path: '/competencies/import',
  component: lazyRouteComponent(() => import('./admin/RequirementsImportPage'), 'RequirementsImportPage'),
});
const competencyCoverage = createRoute({
  getParentRoute: () => adminRoute,
  path: '/competencies/coverage',
  component: lazyRouteComponent(() => import('./admin/CoveragePage'), 'CoveragePage'),
});

export const competencyRoutes = [myCompetencies, competencyOnboarding, competencyGaps, career] as const;
/** Children of the admin layout route (`/admin/competencies...`). */
export const competencyAdminRoutes = [
  competencyFramework, competencyRequirements, competencyRequirementsEditor, competencyImport, competencyCoverage,
] as const;
