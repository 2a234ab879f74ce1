import { Type } from '@sinclair/typebox';
import QRCode from 'qrcode';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { requireActor, auditSource } from '../../platform/actor';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { audit } from '../../platform/audit';
import { randomToken } from '../../platform/tokens';
import * as repo from './orgs.repo';
import { orgAdminRoutes } from './org-admin.routes';
import { allowedEmailDomains } from './orgs.service';
import { presentDesignation, presentOrg } from './orgs.presenter';
import {
  ChildrenQuery,
  Designation,
  OrgDetail,
  OrgIdParams,
  OrgSummary,
  RegistrationLink,
  SearchQuery,
  TokenParams,
} from './orgs.schema';

const tags = ['orgs'];

async function loadOrg(ctx: AppContext, id: string) {
  const org = await repo.findOrg(ctx.db, id);
  if (!org) throw errors.notFound();
  return org;
}

/** Public org-tree browsing for registration, and the admin's registration link. */
export async function orgRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(OrgSummary);
  app.addSchema(Designation);
  await orgAdminRoutes(app, ctx);

  app.get('/api/orgs', { schema: { tags, querystring: ChildrenQuery, response: { 200: Type.Array(Type.Ref(OrgSummary)) } } }, async (request) => {
    const rows = await repo.listChildren(ctx.db, request.query.parentId ?? null);
    const withChildren = await Promise.all(
      rows.map(async (r) => presentOrg(r, (await repo.listChildren(ctx.db, r.id)).length > 0)),
    );
    return withChildren;
  });

  app.get('/api/orgs/search', { schema: { tags, querystring: SearchQuery, response: { 200: Type.Array(Type.Ref(OrgSummary)) } } }, async (request) => {
    const within = request.query.within ? (await loadOrg(ctx, request.query.within)).path : null;
    const rows = await repo.searchOrgs(ctx.db, request.query.q, within, request.query.limit ?? 20);
    return rows.map((r) => presentOrg(r));
  });

  app.get('/api/orgs/:id', { schema: { tags, params: OrgIdParams, response: { 200: OrgDetail } } }, async (request) => {
    const org = await loadOrg(ctx, request.params.id);
    const chain = await repo.ancestry(ctx.db, org.path);
    return {
      org: presentOrg(org),
      ancestors: chain.filter((o) => o.id !== org.id).map((o) => presentOrg(o)),
      emailDomains: await allowedEmailDomains(ctx.db, org.path),
    };
  });

  app.get('/api/orgs/:id/designations', { schema: { tags, params: OrgIdParams, response: { 200: Type.Array(Type.Ref(Designation)) } } }, async (request) => {
    const org = await loadOrg(ctx, request.params.id);
    return (await repo.designationsForOrg(ctx.db, org.path)).map(presentDesignation);
  });

  app.get('/api/designations', { schema: { tags, response: { 200: Type.Array(Type.Ref(Designation)) } } }, async () =>
    (await repo.listDesignations(ctx.db)).map(presentDesignation),
  );

  app.get('/api/orgs/registration-links/:token', { schema: { tags, params: TokenParams, response: { 200: Type.Ref(OrgSummary) } } }, async (request) => {
    const org = await repo.findOrgByRegistrationToken(ctx.db, request.params.token);
    if (!org) throw errors.notFound();
    return presentOrg(org);
  });

  const linkFor = async (orgId: string, token: string) => {
    const url = `${ctx.config.publicUrl}/register?link=${encodeURIComponent(token)}`;
    return { orgId, url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }) };
  };

  app.get('/api/admin/orgs/:id/registration-link', { schema: { tags, params: OrgIdParams, response: { 200: RegistrationLink } } }, async (request) => {
    const actor = requireActor(request);
    const org = await loadOrg(ctx, request.params.id);
    ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, org.path));
    let token = await repo.getRegistrationToken(ctx.db, org.id);
    if (!token) {
      token = randomToken(18);
      await repo.setRegistrationToken(ctx.db, org.id, token);
    }
    return linkFor(org.id, token);
  });

  app.post('/api/admin/orgs/:id/registration-link/rotate', { schema: { tags, params: OrgIdParams, response: { 200: RegistrationLink } } }, async (request) => {
    const actor = requireActor(request);
    const org = await loadOrg(ctx, request.params.id);
    ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, org.path));
    const token = randomToken(18);
    await ctx.db.transaction().execute(async (trx) => {
      await repo.setRegistrationToken(trx, org.id, token);
      await audit(trx, auditSource(request), 'org.registration_link.rotated', { type: 'org', id: org.id, orgId: org.id });
    });
    return linkFor(org.id, token);
  });
}
