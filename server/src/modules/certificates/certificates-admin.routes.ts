import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context';
import type { App } from '../../platform/module';
import { auditSource, requireActor } from '../../platform/actor';
import { ensure } from '../../platform/policy';
import { requestLanguage } from '../../platform/i18n';
import { zipCertificates } from './bulk-download';
import { renderIssued } from './certificate-render';
import { certificateError } from './certificates.messages';
import { canManageKeys } from './certificates.policy';
import { presentForAdmin } from './certificates.presenter';
import {
  AdminCertificate,
  AdminList,
  AdminListQuery,
  certificateErrorResponses as errs,
  Criteria,
  CriteriaInput,
  err,
  IdParams,
  ImageParams,
  NumberParams,
  OrgParams,
  ReasonInput,
  SigningKeys,
  Template,
  TemplateInput,
  ZipQuery,
} from './certificates.schema';
import { adminCertificates, loadForAdmin, reissueCertificate, requeueCertificate, revokeCertificate, zipFilter } from './certificates.service';
import { getCriteria, putCriteria } from './criteria.service';
import { publishedKeys, rotateSigningKey, verificationKeys } from './signing-keys';
import { getTemplate, MAX_IMAGE_BYTES, putTemplate, removeImage, templateImage, templatePreview, uploadImage } from './templates.service';

const tags = ['certificates-admin'];
const binary = (description: string) => ({ 200: Type.String({ description }) });

/** MDO admin work on certificates (list, zip, revoke, reissue, queue again), templates, criteria and keys. */
export async function certificateAdminRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/admin/certificates', { schema: { tags, querystring: AdminListQuery, response: { 200: AdminList, ...errs } } }, async (request) =>
    adminCertificates(ctx, requireActor(request), request.query, requestLanguage(request)),
  );

  app.get(
    '/api/admin/certificates/export.zip',
    {
      schema: {
        tags,
        querystring: ZipQuery,
        produces: ['application/zip'],
        description: 'Streams a zip of the organisation’s (subtree’s) issued certificates completed in the date range (India dates, at most 366 days): a PDF and the signed credential each, and index.csv.',
        response: { ...binary('zip'), ...errs },
      },
    },
    async (request, reply) => {
      const filter = await zipFilter(ctx, requireActor(request), request.query);
      const { orgId, from, to } = request.query;
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="certificates-${orgId.slice(0, 8)}-${from}-${to}.zip"`)
        .header('cache-control', 'private, no-store')
        .send(zipCertificates(ctx, filter));
    },
  );

  app.get('/api/admin/certificates/:number', { schema: { tags, params: NumberParams, response: { 200: AdminCertificate, ...errs } } }, async (request) => {
    const { row, permissions } = await loadForAdmin(ctx, requireActor(request), request.params.number);
    return presentForAdmin(row, permissions, requestLanguage(request));
  });

  app.get(
    '/api/admin/certificates/:number/pdf',
    { schema: { tags, params: NumberParams, produces: ['application/pdf'], response: { ...binary('PDF'), ...errs } } },
    async (request, reply) => {
      const { row } = await loadForAdmin(ctx, requireActor(request), request.params.number);
      if (!row.credential) throw certificateError(409, 'CERTIFICATE_NOT_ISSUED', { status: row.status });
      const { pdf } = await renderIssued(ctx.config, row);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${row.number}.pdf"`).header('cache-control', 'private, no-store').send(pdf);
    },
  );

  app.get(
    '/api/admin/certificates/:number/credential',
    { schema: { tags, params: NumberParams, response: { ...binary('JSON'), ...errs } } },
    async (request, reply) => {
      const { row } = await loadForAdmin(ctx, requireActor(request), request.params.number);
      if (!row.credential) throw certificateError(409, 'CERTIFICATE_NOT_ISSUED', { status: row.status });
      return reply.type('application/json; charset=utf-8').header('content-disposition', `attachment; filename="${row.number}.credential.json"`).send(row.credential);
    },
  );

  const action = (path: string, run: typeof revokeCertificate) =>
    app.post(`/api/admin/certificates/:number/${path}`, { schema: { tags, params: NumberParams, body: ReasonInput, response: { 200: AdminCertificate, ...errs } } }, async (request) => {
      const actor = requireActor(request);
      const { row, permissions } = await run(ctx, actor, auditSource(request), request.params.number, request.body.reason);
      return presentForAdmin(row, permissions, requestLanguage(request));
    });
  action('revoke', revokeCertificate);
  action('reissue', reissueCertificate);

  app.post('/api/admin/certificates/:number/requeue', { schema: { tags, params: NumberParams, response: { 200: AdminCertificate, ...errs } } }, async (request) => {
    const { row, permissions } = await requeueCertificate(ctx, requireActor(request), auditSource(request), request.params.number);
    return presentForAdmin(row, permissions, requestLanguage(request));
  });

  // Organisation templates.
  app.get('/api/admin/certificate-templates/:orgId', { schema: { tags, params: OrgParams, response: { 200: Template, ...errs } } }, async (request) =>
    getTemplate(ctx, requireActor(request), request.params.orgId),
  );
  app.put('/api/admin/certificate-templates/:orgId', { schema: { tags, params: OrgParams, body: TemplateInput, response: { 200: Template, ...errs } } }, async (request) =>
    putTemplate(ctx, requireActor(request), auditSource(request), request.params.orgId, request.body),
  );
  app.get(
    '/api/admin/certificate-templates/:orgId/preview.pdf',
    { schema: { tags, params: OrgParams, produces: ['application/pdf'], response: { ...binary('A sample certificate marked SAMPLE'), ...errs } } },
    async (request, reply) =>
      reply.type('application/pdf').header('content-disposition', 'inline; filename="certificate-sample.pdf"').send(await templatePreview(ctx, requireActor(request), request.params.orgId)),
  );
  app.post(
    '/api/admin/certificate-templates/:orgId/:image',
    {
      schema: {
        tags,
        params: ImageParams,
        consumes: ['multipart/form-data'],
        description: 'Multipart form with one `file`: PNG or JPEG (checked by content and name), at most 1 MB.',
        response: { 200: Template, ...errs, 413: err, 415: err },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!request.isMultipart()) throw certificateError(415, 'NOT_MULTIPART');
      const part = await request.file({ limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1 } });
      if (!part || part.fieldname !== 'file') throw certificateError(400, 'IMAGE_MISSING', {}, [{ field: 'file', code: 'required' }]);
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw certificateError(413, 'IMAGE_TOO_LARGE', { limitKb: MAX_IMAGE_BYTES / 1024 });
        throw e;
      }
      return uploadImage(ctx, actor, auditSource(request), request.params.orgId, request.params.image, bytes, part.filename ?? '');
    },
  );
  app.delete('/api/admin/certificate-templates/:orgId/:image', { schema: { tags, params: ImageParams, response: { 200: Template, ...errs } } }, async (request) =>
    removeImage(ctx, requireActor(request), auditSource(request), request.params.orgId, request.params.image),
  );
  app.get('/api/admin/certificate-templates/:orgId/:image', { schema: { tags, params: ImageParams, response: { ...binary('image'), ...errs } } }, async (request, reply) => {
    const { bytes, type } = await templateImage(ctx, requireActor(request), request.params.orgId, request.params.image);
    return reply.type(type).header('cache-control', 'private, no-store').send(bytes);
  });

  // Course criteria, for the course's authors.
  app.get('/api/authoring/courses/:id/certificate-criteria', { schema: { tags, params: IdParams, response: { 200: Criteria, ...errs } } }, async (request) =>
    getCriteria(ctx, requireActor(request), request.params.id),
  );
  app.put(
    '/api/authoring/courses/:id/certificate-criteria',
    { schema: { tags, params: IdParams, body: CriteriaInput, response: { 200: Criteria, ...errs } } },
    async (request) => putCriteria(ctx, requireActor(request), auditSource(request), request.params.id, request.body.minFinalScorePercent),
  );

  // Signing keys, for platform admins.
  app.get('/api/admin/certificate-keys', { schema: { tags, response: { 200: SigningKeys, ...errs } } }, async (request) => {
    ensure(canManageKeys(requireActor(request)));
    const published = new Set((await verificationKeys(ctx.db)).map((k) => k.id));
    return (await publishedKeys(ctx.db)).map((k) => ({ ...k, createdAt: k.createdAt.toISOString(), retiredAt: k.retiredAt?.toISOString() ?? null, published: published.has(k.id) }));
  });
  app.post(
    '/api/admin/certificate-keys/rotate',
    { schema: { tags, response: { 200: Type.Object({ id: Type.String(), retiredId: Type.Union([Type.String(), Type.Null()]) }), ...errs } } },
    async (request) => {
      ensure(canManageKeys(requireActor(request)));
      return rotateSigningKey(ctx, auditSource(request));
    },
  );
}
