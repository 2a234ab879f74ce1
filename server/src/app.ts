import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import crypto from 'node:crypto';
import type { AppContext } from './platform/context';
import { lazyCompilersFactory } from './platform/lazy-compilers';
import { ErrorResponse, handleClientError, handleFrameworkError, installErrorHandler, rateLimitError } from './platform/http-errors';
import { installInputGuard } from './platform/input-guard';
import { installCompression, installWebApp } from './platform/web-delivery';
import { installSessions } from './modules/identity';
import type { App } from './platform/module';
import { modules } from './modules';

/** The built web app; KSH_WEB_DIST points elsewhere (a second build beside the first, e.g. for parallel test runs). */
const webDist = process.env.KSH_WEB_DIST ? path.resolve(process.env.KSH_WEB_DIST) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Logger options: JSON lines with request ids; cookies, tokens and query strings never logged. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
    },
  };
}

/** Builds the HTTP application from the platform plugins and every feature module. */
export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    loggerInstance: ctx.log,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    trustProxy: true,
    schemaController: { compilersFactory: lazyCompilersFactory },
    // Routing errors (a path parameter over maxParamLength → 414, a malformed URL) and requests the HTTP parser could
    // not read answer with our error body too.
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorResponse);
  installErrorHandler(app);
  // Before the session lookup and every route: refuses NUL characters and broken Unicode in any input.
  installInputGuard(app);
  await installCompression(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(rateLimit, { global: false, errorResponseBuilder: rateLimitError });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Kshamata API', version: '1.0.0', description: 'Capacity building for government employees.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ksh_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  installSessions(app, ctx);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  for (const module of modules) {
    if (module.routes) await module.routes(app, ctx);
  }

  if (fs.existsSync(path.join(webDist, 'index.html'))) await installWebApp(app, webDist);
  return app;
}
