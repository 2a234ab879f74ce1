/** Certificate routes: the learner's certificates, public verification, a course's criteria, and the admin list and template. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { pageNumber, text } from '../../routing/search-params';
import { adminRoute } from '../admin/routes';

const myCertificates = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-certificates',
  component: lazyRouteComponent(() => import('./MyCertificatesPage'), 'MyCertificatesPage'),
});
const verifyForm = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify',
  component: lazyRouteComponent(() => import('./VerifyPage'), 'VerifyFormPage'),
});
const verifyCertificate = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$number',
  component: lazyRouteComponent(() => import('./VerifyPage'), 'VerifyPage'),
});
const certificateCriteria = createRoute({
  getParentRoute: () => rootRoute,
  path: '/authoring/$courseId/certificate',
  component: lazyRouteComponent(() => import('./CertificateCriteriaPage'), 'CertificateCriteriaPage'),
});

const adminCertificates = createRoute({
  getParentRoute: () => adminRoute,
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
  component: lazyRouteComponent(() => import('./AdminCertificatesPage'), 'AdminCertificatesPage'),
});
const adminCertificateTemplate = createRoute({
  getParentRoute: () => adminRoute,
  path: '/certificate-template',
  component: lazyRouteComponent(() => import('./CertificateTemplatePage'), 'CertificateTemplatePage'),
});

export const certificateRoutes = [myCertificates, verifyForm, verifyCertificate, certificateCriteria] as const;
/** Children of the admin layout route. */
export const certificateAdminRoutes = [adminCertificates, adminCertificateTemplate] as const;
