import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../platform/context';
import type { App } from '../../platform/module';
import { auditSource, requireActor } from '../../platform/actor';
import { ensure } from '../../platform/policy';
import { canManageKeys } from './certificates.policy';
import { certificateErrorResponses as errs } from './certificates.schema';
import { initialIssuer, issuerIdentity, migrateIssuer } from './credential-issuer';

const Issuer = Type.Object({
  did: Type.String(),
  baseUrl: Type.String(),
  previous: Type.Array(Type.Object({ did: Type.String(), baseUrl: Type.String(), until: Type.String() })),
  fromConfiguration: Type.Object({ did: Type.String(), baseUrl: Type.String() }, { description: 'What ISSUER_DID / PUBLIC_URL would give now (used only at first start).' }),
});
const MigrateInput = Type.Object(
  { did: Type.String({ pattern: '^did:web:[A-Za-z0-9.-]+(%3A[0-9]+)?$', maxLength: 300, description: 'did:web of a host, without a path.' }) },
  { additionalProperties: false },
);

/** The stored issuer identity, for platform admins, and its explicit migration. */
export async function issuerRoutes(app: App, ctx: AppContext): Promise<void> {
  const present = async () => {
    const { did, baseUrl, previous } = await issuerIdentity(ctx);
    const config = initialIssuer(ctx.config);
    return { did, baseUrl, previous, fromConfiguration: { did: config.did, baseUrl: config.baseUrl } };
  };
  app.get('/api/admin/certificate-issuer', { schema: { tags: ['certificates'], response: { 200: Issuer, ...errs } } }, async (request) => {
    ensure(canManageKeys(requireActor(request)));
    return present();
  });
  app.post(
    '/api/admin/certificate-issuer/migrate',
    {
      schema: {
        tags: ['certificates'],
        description:
          'Changes the issuer DID of new credentials (audited). Old credentials keep theirs; its DID document is still served to requests for its host.',
        body: MigrateInput,
        response: { 200: Issuer, ...errs },
      },
    },
    async (request) => {
      ensure(canManageKeys(requireActor(request)));
      await migrateIssuer(ctx, auditSource(request), request.body.did);
      return present();
    },
  );
}
