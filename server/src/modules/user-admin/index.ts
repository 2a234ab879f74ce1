/**
 * The public face of modules/user-admin: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { USER_MERGED } from './merge.service';
export { USER_TRANSFERRED } from './transfers.service';
export { userAdminModule } from './user-admin.module';
export { POSTING_CHANGED } from './users.service';
