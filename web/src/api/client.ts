import createClient, { type Middleware } from 'openapi-fetch';
import { currentLanguage } from '../i18n';
import type { Paths } from './types';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CSRF_COOKIE = 'ksh_csrf';

/** The current value of the readable CSRF cookie, read fresh each time (it changes on sign-in and sign-out). */
export function readCsrfCookie(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Makes sure a CSRF cookie exists: the session endpoint sets one for anonymous visitors. */
export async function ensureCsrfToken(): Promise<string | null> {
  const existing = readCsrfCookie();
  if (existing) return existing;
  const response = await fetch('/api/auth/session', { credentials: 'same-origin' });
  if (response.ok) {
    const body: unknown = await response.json();
    const token = typeof body === 'object' && body !== null && 'csrfToken' in body ? body.csrfToken : null;
    return readCsrfCookie() ?? (typeof token === 'string' ? token : null);
  }
  return readCsrfCookie();
}

/**
 * Headers every API request carries: the language on screen (Accept-Language, and X-UI-Language, which the server
 * prefers over the account's saved language so answers follow a switch at once), and the CSRF token on state-changing ones.
 */
export async function apiHeaders(method: string): Promise<Record<string, string>> {
  const language = currentLanguage();
  const headers: Record<string, string> = { 'Accept-Language': language, 'X-UI-Language': language };
  if (UNSAFE.has(method.toUpperCase())) {
    const token = await ensureCsrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  return headers;
}

const conventions: Middleware = {
  async onRequest({ request }) {
    const headers = await apiHeaders(request.method);
    for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
    return request;
  },
};

/** The typed API client; every call goes through the language and CSRF conventions above. */
export const api = createClient<Paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(conventions);
