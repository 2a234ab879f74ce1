/** Sign-in (loaded with the app), forgotten password and setting a password (loaded on demand). */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { text } from '../../routing/search-params';
import { SignInPage } from './SignInPage';

const signIn = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { identifier?: string } => ({ identifier: text(s.identifier) }),
  component: SignInPage,
});
const forgotPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage'),
});
const setPassword = createRoute({
  getParentRoute: () => rootRoute,
  path: '/set-password',
  validateSearch: (s: Record<string, unknown>): { token?: string } => ({ token: text(s.token) }),
  component: lazyRouteComponent(() => import('./SetPasswordPage'), 'SetPasswordPage'),
});

export const authRoutes = [signIn, forgotPassword, setPassword] as const;
