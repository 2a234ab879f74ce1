import type { Module } from '../../platform/module';
import { certificateAdminRoutes } from './certificates-admin.routes';
import { issueForCompletionJob, issueRequestedJob, recheckAfterAssessmentJob } from './certificates.jobs';
import { certificateRoutes } from './certificates.routes';
import { certificatesHooks } from './certificates.hooks';

/** Certificates: issued from completions by a job, exactly once, as a PDF and a signed Open Badges 3.0 credential. */
export const certificatesModule: Module = {
  name: 'certificates',
  routes: async (app, ctx) => {
    await certificateRoutes(app, ctx);
    await certificateAdminRoutes(app, ctx);
  },
  jobs: [issueForCompletionJob, issueRequestedJob, recheckAfterAssessmentJob],
  hooks: certificatesHooks,
};
