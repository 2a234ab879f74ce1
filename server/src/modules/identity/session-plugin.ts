import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import crypto from 'node:crypto';
import type { AppContext } from '../../platform/context';
import { AppError, platformErrors } from '../../platform/errors';
import { randomToken } from '../../platform/tokens';
import { resolveSession } from './sessions.service';

export const SESSION_COOKIE = 'ksh_session';
export const CSRF_COOKIE = 'ksh_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function secureCookies(ctx: AppContext): boolean {
  return ctx.config.nodeEnv === 'production';
}

/** Sets the HttpOnly session cookie and the readable CSRF cookie that goes with it. */
export function setSessionCookies(ctx: AppContext, reply: FastifyReply, token: string, csrfToken: string, expiresAt: Date): void {
  const secure = secureCookies(ctx);
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
  reply.setCookie(CSRF_COOKIE, csrfToken, { path: '/', httpOnly: false, sameSite: 'strict', secure });
}

/** Clears the session cookie (the CSRF cookie is replaced with a fresh anonymous one). */
export function clearSessionCookies(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.setCookie(CSRF_COOKIE, randomToken(24), { path: '/', httpOnly: false, sameSite: 'strict', secure: secureCookies(ctx) });
}

/** Makes sure an anonymous visitor has a CSRF cookie; returns its value. */
export function ensureCsrfCookie(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): string {
  if (request.actor) return request.actor.csrfToken;
  const existing = request.cookies[CSRF_COOKIE];
  if (existing) return existing;
  const token = randomToken(24);
  reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: false, sameSite: 'strict', secure: secureCookies(ctx) });
  return token;
}

function sameSecret(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/** Resolves the session on each request and enforces double-submit CSRF on state-changing ones. */
export function installSessions(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(ctx.db, token, ctx.clock.now()) : null;
    if (!UNSAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    const header = request.headers[CSRF_HEADER];
    const cookie = request.cookies[CSRF_COOKIE];
    const expected = request.actor ? request.actor.csrfToken : cookie;
    if (typeof header !== 'string' || !cookie || !expected || !sameSecret(header, cookie) || !sameSecret(header, expected)) {
      throw new AppError(403, 'CSRF_INVALID', platformErrors.CSRF_INVALID);
    }
  });
}
