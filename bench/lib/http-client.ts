/** Signed-in requests to a running API over real HTTP, as a browser makes them: the session cookie and the CSRF header. */

/** The Cookie header for a set of cookies (name → value). */
export const cookieHeader = (cookies: Iterable<[string, string]>) => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** A cookie-keeping HTTP client for the API at `base`; `signIn` goes through the real login endpoint. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', ...value] = pair.split('=');
      this.cookies.set(name.trim(), value.join('='));
    }
  }

  /** A GET with the session cookie: status, body (JSON when the answer is JSON) and the time it took. */
  async get(url: string): Promise<{ status: number; body: any; ms: number }> {
    const t = performance.now();
    const res = await fetch(this.base + url, { headers: { cookie: cookieHeader(this.cookies) } });
    const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
    this.remember(res);
    return { status: res.status, body, ms: performance.now() - t };
  }

  /** A JSON POST with the session cookie and the CSRF header: status and JSON body. */
  async post(url: string, payload: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(this.base + url, {
      method: 'POST',
      headers: { cookie: cookieHeader(this.cookies), 'content-type': 'application/json', 'x-csrf-token': this.cookies.get('ksh_csrf') ?? '' },
      body: JSON.stringify(payload),
    });
    this.remember(res);
    return { status: res.status, body: await res.json() };
  }

  /** Fetches the CSRF cookie, then signs in with the login endpoint; throws unless it answers 200. */
  async signIn(identifier: string, password: string): Promise<this> {
    await this.get('/api/auth/session');
    const res = await this.post('/api/auth/login', { identifier, password });
    if (res.status !== 200) throw new Error(`sign-in ${res.status}`);
    return this;
  }
}
