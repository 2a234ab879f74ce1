/**
 * The public face of modules/notifications: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { notificationsModule } from './notifications.module';
export { notifyUser, queueMessage, queueMessages } from './notifications.service';
export type { Channel, OutgoingMessageRequest } from './notifications.service';
export type { TemplateName } from './notifications.templates';
