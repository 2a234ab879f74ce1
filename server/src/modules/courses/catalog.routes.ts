import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { requestLanguage } from '../../platform/i18n';
import { catalogFilters } from './catalog-filters';
import { browseCatalog, coursePage } from './catalog.service';
import { CatalogFilters, CatalogItem, CatalogPage, CatalogQuery, CoursePage } from './catalog.schema';
import { courseError } from './courses.messages';
import { IdParams, err } from './courses.schema';
import { openStored, parseRange, readableFile } from './files.service';

const tags = ['catalog'];

/** The public face of courses: catalog search, course pages, and file streaming with Range support. */
export async function catalogRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(CatalogItem);

  app.get('/api/catalog', { schema: { tags, querystring: CatalogQuery, response: { 200: CatalogPage, 400: err } } }, async (request) => {
    const { q, lang, competency, language, provider, minDuration, maxDuration, type, sort = 'relevance', page = 1 } = request.query;
    return browseCatalog(ctx, request.actor, { q, competency, language, provider, minDuration, maxDuration, type, sort, page }, lang ?? requestLanguage(request));
  });

  app.get(
    '/api/catalog/filters',
    {
      schema: {
        tags,
        description: 'The filter options of the catalog (languages, providers, competencies, lesson types, duration buckets) with how many visible published courses each matches.',
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: CatalogFilters, 400: err },
      },
    },
    async (request) => catalogFilters(ctx, request.actor),
  );

  app.get('/api/courses/:id', { schema: { tags, params: IdParams, response: { 200: CoursePage, 400: err, 404: err } } }, async (request) =>
    coursePage(ctx, request.actor, request.params.id),
  );

  app.get(
    '/api/files/:id',
    {
      schema: {
        tags,
        params: IdParams,
        description: 'Streams a course file. Supports a single `Range: bytes=a-b` (206 / 416) for seeking in video and audio.',
        response: { 200: Type.Unknown(), 206: Type.Unknown(), 401: err, 403: err, 404: err, 416: err },
      },
    },
    async (request, reply) => {
      const file = await readableFile(ctx, request.actor, request.params.id);
      const size = Number(file.size_bytes);
      const range = parseRange(request.headers.range, size);
      const inline = /^(video|audio|image)\/|^application\/pdf$/.test(file.media_type);
      reply
        .header('accept-ranges', 'bytes')
        .header('content-type', file.media_type)
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.original_name)}`);
      if (range === 'unsatisfiable') {
        reply.header('content-range', `bytes */${size}`);
        throw courseError(416, 'RANGE_NOT_SATISFIABLE');
      }
      if (range) {
        reply.status(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`).header('content-length', range.end - range.start + 1);
        return reply.send(await openStored(ctx, file.storage_key, range));
      }
      reply.header('content-length', size);
      return reply.send(await openStored(ctx, file.storage_key));
    },
  );
}
