import type { Module } from '../platform/module';
import { healthRoutes } from './health/health.routes';
import { orgRoutes } from './orgs/orgs.routes';
import { notificationRoutes } from './notifications/notifications.routes';
import { deliverMessage } from './notifications/notifications.jobs';
import { authRoutes } from './identity/auth.routes';
import { meRoutes } from './identity/me.routes';
import { registrationRoutes } from './identity/registration.routes';
import { userAdminModule } from './user-admin/user-admin.module';
import { importRoutes } from './user-admin/import.routes';
import { importUsersJob } from './user-admin/import.jobs';
import { learningModule } from './learning/learning.module';
import { coursesModule } from './courses/courses.module';
import { assessmentsModule } from './assessments/assessments.module';
import { competenciesModule } from './competencies/competencies.module';
import { programmesModule } from './programmes/programmes.module';
import { certificatesModule } from './certificates/certificates.module';
import { plansModule } from './plans/plans.module';
import { hrmsModule } from './hrms/hrms.module';
import { reportsModule } from './reports/reports.module';

/** Every feature module, in one place: the map of the server. */
export const modules: Module[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'orgs', routes: orgRoutes },
  {
    name: 'identity',
    routes: async (app, ctx) => {
      await authRoutes(app, ctx);
      await registrationRoutes(app, ctx);
      await meRoutes(app, ctx);
    },
  },
  { name: 'notifications', routes: notificationRoutes, jobs: [deliverMessage] },
  userAdminModule,
  { name: 'user-import', routes: importRoutes, jobs: [importUsersJob] },
  learningModule,
  coursesModule,
  assessmentsModule,
  competenciesModule,
  programmesModule,
  certificatesModule,
  plansModule,
  hrmsModule,
  reportsModule,
];
