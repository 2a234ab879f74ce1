import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context';
import type { App } from '../../platform/module';
import { requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { publicKeyFromMultibase } from './credential-proof';
import { myCertificatePdf, myCertificates, myCredential, verifyCertificate } from './certificates.service';
import { certificateErrorResponses as errs, err, IdParams, MyCertificates, NumberParams, Verification } from './certificates.schema';
import { verificationKeys } from './signing-keys';
import { didForHost, issuerIdentity } from './credential-issuer';
import { issuerRoutes } from './credential-issuer.routes';
import { statusListRoutes } from './status-list.routes';

const tags = ['certificates'];
const binary = (description: string) => ({ 200: Type.String({ description }) });
const DownloadQuery = Type.Object({ download: Type.Optional(Type.Boolean({ description: 'Send as an attachment instead of inline.' })) }, { additionalProperties: false });

/** The learner's certificates, the public verification, and the platform's published keys. */
export async function certificateRoutes(app: App, ctx: AppContext): Promise<void> {
  const verifyLimit = { max: ctx.config.nodeEnv === 'test' ? 600 : 60, timeWindow: 60_000 };

  app.get('/api/me/certificates', { schema: { tags, response: { 200: MyCertificates, 401: err } } }, async (request) =>
    myCertificates(ctx, requireActor(request), requestLanguage(request)),
  );

  app.get(
    '/api/me/certificates/:id/pdf',
    { schema: { tags, params: IdParams, querystring: DownloadQuery, produces: ['application/pdf'], response: { ...binary('A4 landscape PDF'), ...errs } } },
    async (request, reply) => {
      const { number, pdf } = await myCertificatePdf(ctx, requireActor(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `${request.query.download ? 'attachment' : 'inline'}; filename="${number}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/me/certificates/:id/credential',
    {
      schema: {
        tags,
        params: IdParams,
        description: 'The signed Open Badges 3.0 credential (W3C VC 2.0; proof set eddsa-rdfc-2022 + eddsa-jcs-2022; a Bitstring Status List entry), exactly as issued.',
        response: { ...binary('JSON'), ...errs },
      },
    },
    async (request, reply) => {
      const { number, json } = await myCredential(ctx, requireActor(request), request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${number}.credential.json"`)
        .header('cache-control', 'private, no-store')
        .send(json);
    },
  );

  app.get(
    '/api/v1/certificates/:number/verify',
    {
      config: { rateLimit: verifyLimit },
      schema: {
        tags,
        params: NumberParams,
        description:
          'Public, no sign-in: valid, revoked (with date and reason), superseded (replaced by a reissue) or unknown. ' +
          'Shows the holder’s name, the course, the dates and the issuer, nothing more. Rate-limited per IP.',
        response: { 200: Verification, 400: err, 429: err },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verifyCertificate(ctx, request.params.number);
    },
  );

  // The issuer is stored at first start (never re-derived from PUBLIC_URL afterwards).
  await issuerIdentity(ctx);
  app.get(
    '/.well-known/did.json',
    {
      schema: {
        tags,
        description:
          'The issuer’s did:web document: the active signing key and every retired key that still signed a live credential, as Multikeys. ' +
          'The DID is stored at first start and does not follow PUBLIC_URL.',
      },
    },
    async (request, reply) => {
      // A DID from before an explicit issuer migration is answered on its own host.
      const did = didForHost(await issuerIdentity(ctx), request.host);
      const keys = await verificationKeys(ctx.db);
      const methods = keys.map((k) => ({ id: `${did}#${k.id}`, type: 'Multikey', controller: did, publicKeyMultibase: k.publicKeyMultibase }));
      return reply
        .type('application/did+json')
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send({
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id: did,
          verificationMethod: methods,
          assertionMethod: methods.map((m) => m.id),
        });
    },
  );

  app.get('/.well-known/jwks.json', { schema: { tags, description: 'The same signing keys as a JWK Set (OKP / Ed25519).' } }, async (request, reply) => {
    const did = didForHost(await issuerIdentity(ctx), request.host);
    const keys = await verificationKeys(ctx.db);
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .send({
        keys: keys.map((k) => ({
          ...publicKeyFromMultibase(k.publicKeyMultibase).export({ format: 'jwk' }),
          kid: `${did}#${k.id}`,
          use: 'sig',
          alg: 'EdDSA',
        })),
      });
  });

  await statusListRoutes(app, ctx);
  await issuerRoutes(app, ctx);
}
