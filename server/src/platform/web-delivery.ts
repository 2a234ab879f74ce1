import fs from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Hashed build output (`assets/name-HASH.js`): its name changes with its content, so it may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else the browser must re-check before use (index.html, unhashed files such as the favicon). */
export const REVALIDATE = 'no-cache';
/** Paths that name a file of the build rather than a page of the app. */
const STATIC_FILE = /\.(js|mjs|css|map|ico|png|svg|jpg|webp|woff2?|json|txt|webmanifest)$/;

/**
 * Compresses responses (brotli, else gzip) when the client asks and the payload is over 1 KB — JSON, HTML, CSV; not
 * PDFs, images or video. Register before the routes.
 */
export async function installCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}

/**
 * Serves the built web app from `root`: the `.br`/`.gz` files written at build are sent as they are to clients that
 * accept them (none compressed on the fly), hashed assets are cached as immutable and every other path answers
 * index.html, which the browser re-checks each visit — except a missing file (a name with an extension such as an old
 * chunk or /favicon.ico), which is a 404 rather than a page the browser would try to run as a script.
 */
export async function installWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const hashed = path.relative(root, filePath).split(path.sep)[0] === 'assets';
      res.setHeader('cache-control', hashed ? IMMUTABLE : REVALIDATE);
    },
  });
  const indexHtml = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const file = request.url.split('?')[0] ?? '/';
    if (file.startsWith('/api/')) return reply.callNotFound();
    const candidate = path.join(root, path.normalize(file));
    if (candidate.startsWith(root) && !/\.(br|gz)$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
      return reply.sendFile(path.relative(root, candidate));
    }
    if (STATIC_FILE.test(file)) return reply.callNotFound();
    return reply.type('text/html').header('cache-control', REVALIDATE).send(indexHtml);
  });
}
