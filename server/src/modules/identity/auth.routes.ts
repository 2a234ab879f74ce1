import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { audit } from '../../platform/audit';
import { clearSessionCookies, ensureCsrfCookie, setSessionCookies } from './session-plugin';
import { changePassword, confirmPasswordReset, login, requestPasswordReset, setPasswordWithToken } from './auth.service';
import { revokeAllSessions, revokeSession } from './sessions.service';
import { loadMe } from './me.service';
import { ChangePasswordInput, LoginInput, Me, ResetConfirm, ResetRequest, ResetSent, SessionInfo, SetPasswordInput } from './me.schema';

const tags = ['auth'];
const err = { $ref: 'ErrorResponse#' };
const errs = { 400: err, 401: err, 403: err, 404: err, 429: err };

/** Sign-in, sign-out, password reset and change; sessions live server-side behind an HttpOnly cookie. */
export async function authRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(Me);
  const rateLimit = { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 };

  app.get('/api/auth/session', { schema: { tags, response: { 200: SessionInfo } } }, async (request, reply) => {
    const csrfToken = ensureCsrfCookie(ctx, request, reply);
    return { user: request.actor ? await loadMe(ctx.db, request.actor.userId) : null, csrfToken };
  });

  app.post(
    '/api/auth/login',
    { config: { rateLimit }, schema: { tags, body: LoginInput, response: { 200: Type.Object({ user: Type.Ref(Me) }), ...errs } } },
    async (request, reply) => {
      const session = await login(ctx, request.body.identifier, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookies(ctx, reply, session.token, session.csrfToken, session.expiresAt);
      return { user: await loadMe(ctx.db, session.userId) };
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: { 204: Type.Null() } } }, async (request, reply) => {
    if (request.actor) {
      await revokeSession(ctx.db, request.actor.sessionHash);
      await audit(ctx.db, auditSource(request), 'auth.signed_out', { type: 'user', id: request.actor.userId });
    }
    clearSessionCookies(ctx, reply);
    return reply.status(204).send(null);
  });

  app.post('/api/auth/logout-all', { schema: { tags, response: { 204: Type.Null(), 401: err } } }, async (request, reply) => {
    const actor = requireActor(request);
    const ended = await revokeAllSessions(ctx.db, actor.userId);
    await audit(ctx.db, auditSource(request), 'auth.signed_out_everywhere', { type: 'user', id: actor.userId }, { sessions: ended });
    clearSessionCookies(ctx, reply);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/auth/password-reset/request',
    { config: { rateLimit }, schema: { tags, body: ResetRequest, response: { 200: ResetSent, ...errs } } },
    async (request) => requestPasswordReset(ctx, request.body.identifier),
  );

  app.post(
    '/api/auth/password-reset/confirm',
    { config: { rateLimit }, schema: { tags, body: ResetConfirm, response: { 204: Type.Null(), ...errs } } },
    async (request, reply) => {
      await confirmPasswordReset(ctx, request.body.identifier, request.body.code, request.body.newPassword, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/set-password',
    { config: { rateLimit }, schema: { tags, body: SetPasswordInput, response: { 204: Type.Null(), ...errs } } },
    async (request, reply) => {
      await setPasswordWithToken(ctx, request.body.token, request.body.newPassword, request.ip);
      return reply.status(204).send(null);
    },
  );

  app.post('/api/me/password', { schema: { tags, body: ChangePasswordInput, response: { 204: Type.Null(), ...errs } } }, async (request, reply) => {
    const actor = requireActor(request);
    await changePassword(ctx, { ...auditSource(request), userId: actor.userId, sessionHash: actor.sessionHash }, request.body.currentPassword, request.body.newPassword);
    return reply.status(204).send(null);
  });
}
