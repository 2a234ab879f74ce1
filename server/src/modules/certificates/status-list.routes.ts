import crypto from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context';
import type { App } from '../../platform/module';
import { certificateError } from './certificates.messages';
import { err } from './certificates.schema';
import { publishedStatusList } from './status-list.service';

const ListParams = Type.Object({ listId: Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'The status list number.' }) }, { additionalProperties: false });

/** The published W3C Bitstring Status Lists (public, cached; the URL in every credential's credentialStatus). */
export async function statusListRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/v1/credential-status/:listId',
    {
      schema: {
        tags: ['certificates'],
        params: ListParams,
        description:
          'A signed BitstringStatusListCredential (statusPurpose revocation): bit statusListIndex is 1 when the certificate was revoked ' +
          'or replaced by a reissue. Public; cacheable for 60 s (ETag, If-None-Match → 304).',
        response: { 200: Type.String({ description: 'JSON' }), 304: Type.Null(), 400: err, 404: err, 503: err },
      },
    },
    async (request, reply) => {
      const list = await publishedStatusList(ctx, request.params.listId);
      if (!list) throw certificateError(404, 'STATUS_LIST_NOT_FOUND');
      const etag = `"${crypto.createHash('sha256').update(list.json).digest('base64url').slice(0, 22)}"`;
      reply
        .header('cache-control', 'public, max-age=60, must-revalidate')
        .header('etag', etag)
        .header('access-control-allow-origin', '*');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return reply.type('application/json; charset=utf-8').send(list.json);
    },
  );
}
