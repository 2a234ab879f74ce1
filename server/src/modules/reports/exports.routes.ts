import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { directExport, downloadExport, getExport, listExports, requestExport } from './exports.service';
import { ExportJob, ExportList, ExportQuery, ExportRequest, IdParams, OrgParams, reportErrorResponses as errs } from './reports.schema';

const tags = ['reports'];
const file = { 200: Type.String({ description: 'CSV (UTF-8 with BOM) or XLSX' }) };

/** People-level exports of a subtree: streamed directly when small, as a job with a download otherwise. */
export async function exportRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/reports/orgs/:orgId/export',
    {
      schema: {
        tags,
        params: OrgParams,
        querystring: ExportQuery,
        produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        description: 'Streams a people-level report of the subtree (users, enrolments, plans, assessments), PII masked by role; 413 EXPORT_TOO_LARGE above 20,000 people (request a file instead).',
        response: { ...file, ...errs },
      },
    },
    async (request, reply) => {
      const { kind, format = 'csv' } = request.query;
      const out = await directExport(ctx, requireActor(request), auditSource(request), request.params.orgId, kind, format, requestLanguage(request));
      return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).header('cache-control', 'private, no-store').send(out.stream);
    },
  );

  app.post('/api/reports/exports', { schema: { tags, body: ExportRequest, response: { 202: ExportJob, ...errs } } }, async (request, reply) =>
    reply.status(202).send(await requestExport(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/reports/exports', { schema: { tags, response: { 200: ExportList, ...errs } } }, async (request) => listExports(ctx, requireActor(request)));

  app.get('/api/reports/exports/:id', { schema: { tags, params: IdParams, response: { 200: ExportJob, ...errs } } }, async (request) =>
    getExport(ctx, requireActor(request), request.params.id),
  );

  app.get(
    '/api/reports/exports/:id/download',
    { schema: { tags, params: IdParams, produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], response: { ...file, ...errs } } },
    async (request, reply) => {
      const out = await downloadExport(ctx, requireActor(request), auditSource(request), request.params.id);
      return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).header('cache-control', 'private, no-store').send(out.stream);
    },
  );
}
