import { sql } from 'kysely';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure, holdsRoleOver, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { findOrg } from '../orgs';
import { hrmsError } from './hrms.messages';
import { newSecret, newToken, sealWebhookSecret } from './signature';

/* MDO admins create and revoke API tokens and webhooks for the organisations they administer. */

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

async function managedOrg(ctx: AppContext, actor: Actor, orgId: string) {
  ensure(scopePaths(actor, USER_ADMIN_ROLES).length > 0);
  const org = await findOrg(ctx.db, orgId);
  if (!org || !holdsRoleOver(actor, USER_ADMIN_ROLES, org.path)) throw hrmsError(403, 'ORG_OUT_OF_SCOPE');
  return org;
}

const within = (actor: Actor) => {
  const scopes = scopePaths(actor, USER_ADMIN_ROLES);
  return sql<boolean>`(${sql.join(scopes.length ? scopes.map((s) => sql`o.path LIKE ${`${s}%`}`) : [sql`false`], sql` OR `)})`;
};

async function tokensIn(ctx: AppContext, actor: Actor, id?: string) {
  return ctx.db
    .selectFrom('hrms_tokens as t')
    .innerJoin('orgs as o', 'o.id', 't.org_id')
    .select(['t.id', 't.name', 't.token_prefix', 't.created_at', 't.last_used_at', 't.revoked_at', 'o.id as org_id', 'o.name_en', 'o.name_hi', 'o.path'])
    .where(within(actor))
    .$if(id !== undefined, (q) => q.where('t.id', '=', id as string))
    .orderBy('t.created_at', 'desc')
    .execute();
}

function presentToken(t: Awaited<ReturnType<typeof tokensIn>>[number]) {
  return {
    id: t.id,
    name: t.name,
    org: { id: t.org_id, nameEn: t.name_en, nameHi: t.name_hi },
    prefix: t.token_prefix,
    createdAt: new Date(t.created_at).toISOString(),
    lastUsedAt: iso(t.last_used_at),
    revokedAt: iso(t.revoked_at),
  };
}

async function webhooksIn(ctx: AppContext, actor: Actor, id?: string) {
  return ctx.db
    .selectFrom('hrms_webhooks as w')
    .innerJoin('orgs as o', 'o.id', 'w.org_id')
    .select(['w.id', 'w.url', 'w.created_at', 'w.revoked_at', 'o.id as org_id', 'o.name_en', 'o.name_hi'])
    .select((eb) => [
      eb.selectFrom('hrms_webhook_deliveries as d').select(eb.fn.countAll<string>().as('n')).whereRef('d.webhook_id', '=', 'w.id').where('d.status', '=', 'delivered').as('delivered'),
      eb.selectFrom('hrms_webhook_deliveries as d').select(eb.fn.countAll<string>().as('n')).whereRef('d.webhook_id', '=', 'w.id').where('d.status', '=', 'pending').as('pending'),
      eb.selectFrom('hrms_webhook_deliveries as d').select(eb.fn.countAll<string>().as('n')).whereRef('d.webhook_id', '=', 'w.id').where('d.status', '=', 'failed').as('failed'),
    ])
    .where(within(actor))
    .$if(id !== undefined, (q) => q.where('w.id', '=', id as string))
    .orderBy('w.created_at', 'desc')
    .execute();
}

function presentWebhook(w: Awaited<ReturnType<typeof webhooksIn>>[number]) {
  return {
    id: w.id,
    url: w.url,
    org: { id: w.org_id, nameEn: w.name_en, nameHi: w.name_hi },
    createdAt: new Date(w.created_at).toISOString(),
    revokedAt: iso(w.revoked_at),
    deliveries: { delivered: Number(w.delivered ?? 0), pending: Number(w.pending ?? 0), failed: Number(w.failed ?? 0) },
  };
}

/** Tokens and webhooks of the organisations the actor administers. */
export async function listAccess(ctx: AppContext, actor: Actor) {
  ensure(scopePaths(actor, USER_ADMIN_ROLES).length > 0);
  const [tokens, webhooks] = await Promise.all([tokensIn(ctx, actor), webhooksIn(ctx, actor)]);
  return { tokens: tokens.map(presentToken), webhooks: webhooks.map(presentWebhook) };
}

/** Creates an API token scoped to an organisation subtree; the token itself is returned this once, only its hash is kept. */
export async function createToken(ctx: AppContext, actor: Actor, source: AuditSource, input: { orgId: string; name: string }) {
  const org = await managedOrg(ctx, actor, input.orgId);
  const { token, hash, prefix } = newToken();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('hrms_tokens')
      .values({ org_id: org.id, name: input.name.trim(), token_hash: hash, token_prefix: prefix, created_by: actor.userId, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, source, 'hrms.token_created', { type: 'hrms_token', id: row.id, orgId: org.id }, { name: input.name.trim(), prefix });
    return row.id;
  });
  const [row] = await tokensIn(ctx, actor, id);
  if (!row) throw hrmsError(404, 'TOKEN_NOT_FOUND');
  return { ...presentToken(row), token };
}

/** Revokes a token at once (the next call with it gets 401). */
export async function revokeToken(ctx: AppContext, actor: Actor, source: AuditSource, id: string) {
  ensure(scopePaths(actor, USER_ADMIN_ROLES).length > 0);
  const [row] = await tokensIn(ctx, actor, id);
  if (!row) throw hrmsError(404, 'TOKEN_NOT_FOUND');
  if (row.revoked_at) throw hrmsError(409, 'ALREADY_REVOKED');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('hrms_tokens').set({ revoked_at: ctx.clock.now(), revoked_by: actor.userId }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    await audit(trx, source, 'hrms.token_revoked', { type: 'hrms_token', id, orgId: row.org_id });
  });
  const [after] = await tokensIn(ctx, actor, id);
  if (!after) throw hrmsError(404, 'TOKEN_NOT_FOUND');
  return presentToken(after);
}

function checkUrl(ctx: AppContext, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw hrmsError(400, 'WEBHOOK_URL_INVALID', [{ field: 'url', code: 'WEBHOOK_URL_INVALID' }]);
  }
  // Plain http only outside production (local receivers in development and tests).
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && ctx.config.nodeEnv !== 'production');
  if (!ok || url.username || url.password) throw hrmsError(400, 'WEBHOOK_URL_INVALID', [{ field: 'url', code: 'WEBHOOK_URL_INVALID' }]);
  return url.toString();
}

/** Registers a webhook for an organisation subtree; the signing secret is returned this once. */
export async function createWebhook(ctx: AppContext, actor: Actor, source: AuditSource, input: { orgId: string; url: string }) {
  const org = await managedOrg(ctx, actor, input.orgId);
  const url = checkUrl(ctx, input.url);
  const secret = newSecret();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('hrms_webhooks').values({ org_id: org.id, url, ...sealWebhookSecret(secret, ctx.config.secretsKey), created_by: actor.userId, created_at: ctx.clock.now() }).returning('id').executeTakeFirstOrThrow();
    await audit(trx, source, 'hrms.webhook_created', { type: 'hrms_webhook', id: row.id, orgId: org.id }, { host: new URL(url).host });
    return row.id;
  });
  const [row] = await webhooksIn(ctx, actor, id);
  if (!row) throw hrmsError(404, 'WEBHOOK_NOT_FOUND');
  return { ...presentWebhook(row), secret };
}

/** Stops deliveries to a webhook. */
export async function revokeWebhook(ctx: AppContext, actor: Actor, source: AuditSource, id: string) {
  ensure(scopePaths(actor, USER_ADMIN_ROLES).length > 0);
  const [row] = await webhooksIn(ctx, actor, id);
  if (!row) throw hrmsError(404, 'WEBHOOK_NOT_FOUND');
  if (row.revoked_at) throw hrmsError(409, 'ALREADY_REVOKED');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('hrms_webhooks').set({ revoked_at: ctx.clock.now(), revoked_by: actor.userId }).where('id', '=', id).execute();
    await audit(trx, source, 'hrms.webhook_revoked', { type: 'hrms_webhook', id, orgId: row.org_id });
  });
  const [after] = await webhooksIn(ctx, actor, id);
  if (!after) throw hrmsError(404, 'WEBHOOK_NOT_FOUND');
  return presentWebhook(after);
}

/** A webhook's latest 50 deliveries. */
export async function webhookDeliveries(ctx: AppContext, actor: Actor, id: string) {
  ensure(scopePaths(actor, USER_ADMIN_ROLES).length > 0);
  const [row] = await webhooksIn(ctx, actor, id);
  if (!row) throw hrmsError(404, 'WEBHOOK_NOT_FOUND');
  const rows = await ctx.db.selectFrom('hrms_webhook_deliveries').selectAll().where('webhook_id', '=', id).orderBy('created_at', 'desc').limit(50).execute();
  return rows.map((d) => ({
    id: d.id,
    status: d.status,
    attempts: d.attempts,
    lastStatus: d.last_status,
    lastError: d.last_error,
    employees: ((d.payload as { data?: { employees?: unknown[] } }).data?.employees ?? []).length,
    createdAt: new Date(d.created_at).toISOString(),
    deliveredAt: iso(d.delivered_at),
  }));
}
