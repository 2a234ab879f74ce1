import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { AppError, errors } from '../../platform/errors';
import { requestLanguage } from '../../platform/i18n';
import { templateCsv } from './import.csv';
import { uploadErrors } from './import.messages';
import { ImportDetail, ImportListQuery, ImportParams, ImportSummary } from './import.schema';
import { ensureMayImport, importDetail, importErrorReport, recentImports, startImport, type ImportUpload } from './import.service';

const tags = ['user-import'];
const err = { $ref: 'ErrorResponse#' };
const errs = { 400: err, 401: err, 403: err, 404: err };
const csvReply = { 200: Type.String({ description: 'CSV, UTF-8 with BOM' }) };

/** Bulk import of users from CSV by MDO, state and platform admins: upload, progress, error report. */
export async function importRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(ImportSummary);
  app.addSchema(ImportDetail);

  app.get('/api/admin/imports/template.csv', { schema: { tags, response: { ...csvReply, 401: err, 403: err } } }, async (request, reply) => {
    ensureMayImport(requireActor(request));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="kshamata-user-import-template.csv"')
      .send(templateCsv());
  });

  app.post(
    '/api/admin/imports',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        description: 'Multipart form with `orgId` (the organisation to import into) and `file` (CSV, UTF-8, at most 20 MB). Answers 202; the rows are processed in the background.',
        response: { 202: { $ref: 'ImportDetail#' }, ...errs, 413: err, 415: err },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      ensureMayImport(actor);
      if (!request.isMultipart()) throw new AppError(415, 'IMPORT_NOT_MULTIPART', uploadErrors.IMPORT_NOT_MULTIPART);
      const upload: ImportUpload = { orgId: undefined, file: undefined };
      for await (const part of request.parts()) {
        if (part.type === 'file' && part.fieldname === 'file' && !upload.file) {
          upload.file = { fileName: part.filename, mimetype: part.mimetype, bytes: await part.toBuffer() };
        } else if (part.type === 'field' && part.fieldname === 'orgId' && typeof part.value === 'string') {
          upload.orgId = part.value.trim();
        } else {
          if (part.type === 'file') part.file.resume();
          throw errors.validation([{ field: part.fieldname, code: 'additionalProperties' }]);
        }
      }
      return reply.status(202).send(await startImport(ctx, actor, auditSource(request), upload, requestLanguage(request)));
    },
  );

  app.get(
    '/api/admin/imports',
    { schema: { tags, querystring: ImportListQuery, response: { 200: Type.Array(Type.Ref(ImportSummary)), ...errs } } },
    async (request) => recentImports(ctx, requireActor(request), request.query.orgId, requestLanguage(request)),
  );

  app.get(
    '/api/admin/imports/:id',
    { schema: { tags, params: ImportParams, response: { 200: { $ref: 'ImportDetail#' }, ...errs } } },
    async (request) => importDetail(ctx, requireActor(request), request.params.id, requestLanguage(request)),
  );

  app.get(
    '/api/admin/imports/:id/errors.csv',
    { schema: { tags, params: ImportParams, response: { ...csvReply, ...errs } } },
    async (request, reply) => {
      const report = await importErrorReport(ctx, requireActor(request), request.params.id, requestLanguage(request));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .send(report.csv);
    },
  );
}
