import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { auditScope } from './user-admin.policy';
import { withinPaths } from './user-admin.repo';

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** A page of the audit log, newest first, with each actor's name; platform admins see all, state admins their state. */
export async function listAuditEntries(ctx: AppContext, actor: Actor, f: AuditFilter) {
  const scope = auditScope(actor);
  ensure(scope !== null);
  let query = ctx.db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id').leftJoin('orgs', 'orgs.id', 'audit_log.org_id');
  if (scope && !scope.all) query = query.where(withinPaths('orgs.path', scope.paths));
  if (f.action) query = f.action.endsWith('.') ? query.where('audit_log.action', 'like', `${f.action}%`) : query.where('audit_log.action', '=', f.action);
  if (f.actorId) query = query.where('audit_log.actor_id', '=', f.actorId);
  if (f.targetId) query = query.where('audit_log.target_id', '=', f.targetId);
  if (f.from) query = query.where('audit_log.at', '>=', new Date(f.from));
  if (f.to) query = query.where('audit_log.at', '<=', f.to.length === 10 ? new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000 - 1) : new Date(f.to));
  const [rows, count] = await Promise.all([
    query
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.action',
        'audit_log.actor_id',
        'audit_log.target_type',
        'audit_log.target_id',
        'audit_log.org_id',
        'audit_log.ip',
        'audit_log.details',
        'users.full_name as actor_name',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actor_id ? { id: r.actor_id, fullName: r.actor_name ?? '' } : null,
      targetType: r.target_type,
      targetId: r.target_id,
      orgId: r.org_id,
      ip: r.ip,
      details: r.details,
    })),
    total: Number(count?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}
