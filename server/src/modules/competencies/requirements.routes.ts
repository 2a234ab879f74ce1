import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { competencyFail } from './competencies.messages';
import { isRequirementsAdmin } from './competencies.policy';
import { coverage } from './coverage.service';
import { errorResponses, err } from './framework.schema';
import { templateCsv } from './requirements.csv';
import { exportRequirements, getRequirements, importRequirements, listFracs, saveRequirements } from './requirements.service';
import { CoverageQuery, CoverageSchema, DesignationParams, ExportQuery, FracInput, FracList, FracSchema, ImportQuery, ImportResult } from './requirements.schema';

const tags = ['competencies'];
const csvReply = { 200: Type.String({ description: 'CSV, UTF-8 with BOM' }) };

/** Role requirements (FRAC): read by everyone signed in; edited, imported and exported by admins; coverage. */
export async function requirementsRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/competencies/requirements/:designationId',
    { schema: { tags, params: DesignationParams, response: { 200: FracSchema, ...errorResponses } } },
    async (request) => getRequirements(ctx, requireActor(request), request.params.designationId),
  );

  app.get('/api/admin/competency-requirements', { schema: { tags, response: { 200: FracList, ...errorResponses } } }, async (request) =>
    listFracs(ctx, requireActor(request)),
  );

  app.put(
    '/api/admin/competency-requirements/:designationId',
    { schema: { tags, params: DesignationParams, body: FracInput, response: { 200: FracSchema, ...errorResponses } } },
    async (request) => saveRequirements(ctx, requireActor(request), auditSource(request), request.params.designationId, request.body),
  );

  app.get('/api/admin/competency-requirements/template.csv', { schema: { tags, response: { ...csvReply, 401: err, 403: err } } }, async (request, reply) => {
    ensure(isRequirementsAdmin(requireActor(request)));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="kshamata-role-requirements-template.csv"')
      .send(templateCsv());
  });

  app.get(
    '/api/admin/competency-requirements/export.csv',
    { schema: { tags, querystring: ExportQuery, response: { ...csvReply, 401: err, 403: err } } },
    async (request, reply) => {
      const csv = await exportRequirements(ctx, requireActor(request), request.query.designationId);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="kshamata-role-requirements.csv"').send(csv);
    },
  );

  app.post(
    '/api/admin/competency-requirements/import',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
        description:
          'Multipart form with one field `file` (CSV, UTF-8). Each designation in the file has its whole FRAC replaced by the file\'s rows. ' +
          'Any bad row: 422 IMPORT_ROWS_INVALID with `fields` = `rows.<row>.<column>` and nothing applied. `dryRun=true` only checks.',
        response: { 200: ImportResult, ...errorResponses, 413: err, 415: err, 422: err },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      ensure(isRequirementsAdmin(actor));
      if (!request.isMultipart()) throw competencyFail(415, 'IMPORT_NOT_MULTIPART');
      let bytes: Buffer | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'file' && part.fieldname === 'file' && !bytes) bytes = await part.toBuffer();
        else {
          if (part.type === 'file') part.file.resume();
          throw errors.validation([{ field: part.fieldname, code: 'additionalProperties' }]);
        }
      }
      if (!bytes) throw errors.validation([{ field: 'file', code: 'required' }]);
      return importRequirements(ctx, actor, auditSource(request), bytes, request.query.dryRun ?? false);
    },
  );

  app.get(
    '/api/admin/competency-coverage',
    { schema: { tags, querystring: CoverageQuery, response: { 200: CoverageSchema, ...errorResponses } } },
    async (request) => coverage(ctx, requireActor(request), request.query.orgId),
  );
}
