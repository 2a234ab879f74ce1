import type { Module } from '../../platform/module';
import { authRoutes } from './auth.routes';
import { meRoutes } from './me.routes';
import { registrationRoutes } from './registration.routes';

/** Identity: self-registration, sign-in and sessions, OTPs, passwords and the person's own profile. */
export const identityModule: Module = {
  name: 'identity',
  routes: async (app, ctx) => {
    await authRoutes(app, ctx);
    await registrationRoutes(app, ctx);
    await meRoutes(app, ctx);
  },
};
