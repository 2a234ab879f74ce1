import type { Module } from '../../platform/module';
import { deliverMessage } from './notifications.jobs';
import { notificationRoutes } from './notifications.routes';

/** Notifications: in-app messages, e-mail and SMS delivered from the outbox, and the development outbox. */
export const notificationsModule: Module = { name: 'notifications', routes: notificationRoutes, jobs: [deliverMessage] };
