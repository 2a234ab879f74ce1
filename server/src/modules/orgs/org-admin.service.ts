import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { writeOutbox } from '../../platform/outbox';
import { ensure, holdsAnyRole, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';
import { ORG_MOVING } from './orgs.hook-points';
import * as tree from './org-admin.repo';
import { canEditOrg, canReshapeOrg, FIXED_TYPES, orgPermissions } from './org-admin.policy';
import type { AdminOrgT, OrgCreateInputT, OrgRenameInputT } from './org-admin.schema';
import { orgFail } from './orgs.messages';
import { findOrg, findOrgByCode, insertOrg } from './orgs.repo';

/** Topic written when an org moves: `{orgId, fromPath, toPath}`; people in it are re-evaluated by plans. */
export const ORG_MOVED = 'org.moved';

type OrgRow = NonNullable<Awaited<ReturnType<typeof findOrg>>>;

/** 403 unless the actor administers people somewhere (checked before anything is looked up). */
function requireOrgAdmin(actor: Actor): void {
  ensure(holdsAnyRole(actor, USER_ADMIN_ROLES));
}

async function load(ctx: AppContext, id: string, field?: string): Promise<OrgRow> {
  const org = await findOrg(ctx.db, id);
  if (!org) throw field ? orgFail(400, 'ORG_NOT_FOUND', field) : errors.notFound();
  return org;
}

/** The admin's view of one org, with counts and what they may do to it. */
export async function adminOrgView(ctx: AppContext, actor: Actor, id: string): Promise<AdminOrgT> {
  const row = (await tree.listTree(ctx.db, [(await load(ctx, id)).path])).find((r) => r.id === id);
  if (!row) throw errors.notFound();
  return presentAdminOrg(actor, row);
}

function presentAdminOrg(actor: Actor, r: Awaited<ReturnType<typeof tree.listTree>>[number]): AdminOrgT {
  return {
    id: r.id,
    parentId: r.parent_id,
    type: r.type,
    code: r.code,
    nameEn: r.name_en,
    nameHi: r.name_hi,
    depth: r.depth,
    status: r.status,
    people: Number(r.people),
    openChildren: Number(r.open_children),
    permissions: orgPermissions(actor, r),
  };
}

/** The orgs the actor administers (their subtrees, closed ones included), in tree order. */
export async function listAdminTree(ctx: AppContext, actor: Actor): Promise<AdminOrgT[]> {
  requireOrgAdmin(actor);
  const scopes = scopePaths(actor, USER_ADMIN_ROLES);
  const roots = scopes.filter((p) => !scopes.some((q) => q !== p && p.startsWith(q)));
  return (await tree.listTree(ctx.db, roots)).map((r) => presentAdminOrg(actor, r));
}

/** Creates an org under an open parent the actor administers; the code is unique across the tree. */
export async function createOrg(ctx: AppContext, actor: Actor, source: AuditSource, input: OrgCreateInputT): Promise<AdminOrgT> {
  requireOrgAdmin(actor);
  const parent = await load(ctx, input.parentId, 'parentId');
  ensure(canEditOrg(actor, parent.path));
  if (parent.status !== 'active') throw orgFail(409, 'ORG_CLOSED', 'parentId');
  const code = input.code.toUpperCase();
  if (await findOrgByCode(ctx.db, code)) throw orgFail(409, 'ORG_CODE_TAKEN', 'code');
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      await tree.lockTree(trx);
      const fresh = await findOrg(trx, parent.id);
      if (fresh?.status !== 'active') throw orgFail(409, 'ORG_CLOSED', 'parentId');
      const made = await insertOrg(trx, { parentId: parent.id, type: input.type, code, nameEn: input.nameEn.trim(), nameHi: input.nameHi.trim() });
      await audit(trx, source, 'org.created', { type: 'org', id: made.id, orgId: made.id }, { parentId: parent.id, code, type: input.type });
      return made.id;
    });
    return adminOrgView(ctx, actor, id);
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw orgFail(409, 'ORG_CODE_TAKEN', 'code');
    throw err;
  }
}

/** Renames an org (English and Hindi); the audit row keeps the old names. */
export async function renameOrg(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: OrgRenameInputT): Promise<AdminOrgT> {
  requireOrgAdmin(actor);
  const org = await load(ctx, id);
  ensure(canEditOrg(actor, org.path));
  if (org.status !== 'active') throw orgFail(409, 'ORG_CLOSED');
  await ctx.db.transaction().execute(async (trx) => {
    await tree.renameOrg(trx, id, { nameEn: input.nameEn.trim(), nameHi: input.nameHi.trim() }, ctx.clock.now());
    await audit(trx, source, 'org.renamed', { type: 'org', id, orgId: id }, { from: { en: org.name_en, hi: org.name_hi }, to: { en: input.nameEn.trim(), hi: input.nameHi.trim() } });
  });
  return adminOrgView(ctx, actor, id);
}

/**
 * Moves an org (and its subtree) under another open parent of the same tenant, in one transaction under the tree
 * lock: every descendant's path follows, and so do the copies other modules keep and the report rollups (the
 * `orgs.moving` hook point); `org.moved` tells
 * plans to re-evaluate the people in it.
 */
export async function moveOrg(ctx: AppContext, actor: Actor, source: AuditSource, id: string, parentId: string): Promise<AdminOrgT> {
  requireOrgAdmin(actor);
  const org = await load(ctx, id);
  ensure(canReshapeOrg(actor, org.path));
  const target = await load(ctx, parentId, 'parentId');
  ensure(canReshapeOrg(actor, target.path));
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await tree.lockTree(trx);
    // Re-read under the lock: a concurrent move may have changed either path since.
    const o = await findOrg(trx, id);
    const p = await findOrg(trx, parentId);
    if (!o || !p) throw errors.notFound();
    if (FIXED_TYPES.includes(o.type)) throw orgFail(422, 'ORG_ROOT_FIXED');
    if (o.status !== 'active') throw orgFail(409, 'ORG_CLOSED');
    if (p.status !== 'active') throw orgFail(409, 'ORG_CLOSED', 'parentId');
    if (p.path.startsWith(o.path)) throw orgFail(409, 'ORG_MOVE_CYCLE', 'parentId');
    if (o.parent_id === p.id) throw orgFail(409, 'ORG_MOVE_SAME_PARENT', 'parentId');
    if ((p.tenant_id ?? p.id) !== o.tenant_id) throw orgFail(409, 'ORG_MOVE_CROSS_TENANT', 'parentId');
    const oldParentPath = o.path.slice(0, o.path.length - `${o.id}/`.length);
    const newPath = await tree.moveSubtree(trx, o, p, now);
    await ctx.hooks.run(ORG_MOVING, trx, { orgId: o.id, oldParentPath, newParentPath: p.path, fromPath: o.path, toPath: newPath }, ctx);
    await writeOutbox(trx, ORG_MOVED, { orgId: o.id, fromPath: o.path, toPath: newPath });
    await audit(trx, source, 'org.moved', { type: 'org', id: o.id, orgId: o.id }, { fromParentId: o.parent_id, toParentId: p.id });
  });
  return adminOrgView(ctx, actor, id);
}
