import type { Module } from '../platform/module';
import { healthModule } from './health';
import { orgsModule } from './orgs';
import { notificationsModule } from './notifications';
import { identityModule } from './identity';
import { userAdminModule } from './user-admin';
import { learningModule } from './learning';
import { coursesModule } from './courses';
import { assessmentsModule } from './assessments';
import { competenciesModule } from './competencies';
import { programmesModule } from './programmes';
import { certificatesModule } from './certificates';
import { plansModule } from './plans';
import { hrmsModule } from './hrms';
import { reportsModule } from './reports';

/** Every feature module, in one place: the map of the server (a module's hook handlers run in this order). */
export const modules: Module[] = [
  healthModule,
  orgsModule,
  identityModule,
  notificationsModule,
  userAdminModule,
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
