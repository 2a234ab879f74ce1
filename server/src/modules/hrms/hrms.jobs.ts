import { sql } from 'kysely';
import type { JobDefinition } from '../../platform/jobs';
import { COMPLIANCE_CHANGED, type ComplianceChangedEvent } from '../plans';
import { DELIVERY_HEADER, SIGNATURE_HEADER, openWebhookSecret, sign } from './signature';

export const DELIVER_WEBHOOK = 'hrms.deliver';
/** Employees per delivery: a plan going live for lakhs of people becomes a few thousand POSTs, not lakhs. */
const PART = 500;
const TIMEOUT_MS = 10_000;

/**
 * `compliance.changed`: for every active webhook whose subtree holds some of the people, records one delivery per
 * 500 employees (unique per webhook, event and part, so a replayed event adds nothing) and queues it, in one transaction.
 */
export const fanOutJob: JobDefinition<ComplianceChangedEvent> = {
  name: 'hrms.fan-out',
  topics: [COMPLIANCE_CHANGED],
  async handle(event, ctx) {
    const hooks = await ctx.db
      .selectFrom('hrms_webhooks as w')
      .innerJoin('orgs as o', 'o.id', 'w.org_id')
      .select(['w.id', 'o.path'])
      .where('w.revoked_at', 'is', null)
      .execute();
    if (hooks.length === 0 || event.userIds.length === 0) return;
    const people = await ctx.db
      .selectFrom('users as u')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .select(['u.employee_id', 'o.path'])
      .where(sql<boolean>`u.id IN (SELECT id FROM unnest(${event.userIds}::uuid[]) AS t(id))`)
      .execute();
    const now = ctx.clock.now();
    await ctx.db.transaction().execute(async (trx) => {
      for (const hook of hooks) {
        const employees = people.filter((p) => p.path.startsWith(hook.path)).map((p) => ({ employeeId: p.employee_id }));
        for (let part = 0; part * PART < employees.length; part++) {
          const payload = {
            type: 'employee.compliance_changed',
            createdAt: now.toISOString(),
            data: { employees: employees.slice(part * PART, (part + 1) * PART), ...(event.planId ? { planId: event.planId } : {}) },
          };
          const row = await trx
            .insertInto('hrms_webhook_deliveries')
            .values({ webhook_id: hook.id, source_event: event.outboxId ?? 0, part, payload: JSON.stringify(payload), created_at: now })
            .onConflict((oc) => oc.columns(['webhook_id', 'source_event', 'part']).doNothing())
            .returning('id')
            .executeTakeFirst();
          if (row) await ctx.jobs.sendMany(trx, [{ name: DELIVER_WEBHOOK, data: { deliveryId: row.id } }]);
        }
      }
    });
  },
};

/**
 * Delivers one signed POST. A non-2xx answer or a network error throws, so pg-boss retries with back-off; after the
 * last retry the delivery is marked failed. The body carries the delivery id; the receiver verifies the signature.
 */
export const deliverJob: JobDefinition<{ deliveryId: string }> = {
  name: DELIVER_WEBHOOK,
  retryLimit: 8,
  async handle({ deliveryId }, ctx, meta) {
    const d = await ctx.db
      .selectFrom('hrms_webhook_deliveries as d')
      .innerJoin('hrms_webhooks as w', 'w.id', 'd.webhook_id')
      .select(['d.id', 'd.status', 'd.payload', 'w.url', 'w.secret', 'w.secret_encrypted', 'w.revoked_at'])
      .where('d.id', '=', deliveryId)
      .executeTakeFirst();
    if (!d || d.status !== 'pending') return;
    if (d.revoked_at) {
      await ctx.db.updateTable('hrms_webhook_deliveries').set({ status: 'failed', last_error: 'webhook revoked' }).where('id', '=', d.id).execute();
      return;
    }
    const body = JSON.stringify({ id: d.id, ...d.payload });
    const t = Math.floor(ctx.clock.now().getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(openWebhookSecret(d, ctx.config.secretsKey), body, t), [DELIVERY_HEADER]: d.id, 'user-agent': 'Kshamata-Webhooks/1' },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      status = res.status;
      await res.body?.cancel();
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? 'timeout' : 'network error';
    }
    const last = meta.retryCount >= meta.retryLimit;
    await ctx.db
      .updateTable('hrms_webhook_deliveries')
      .set({
        attempts: sql<number>`attempts + 1`,
        last_status: status,
        last_error: error,
        ...(error === null ? { status: 'delivered', delivered_at: ctx.clock.now() } : last ? { status: 'failed' } : {}),
      })
      .where('id', '=', d.id)
      .execute();
    if (error !== null && !last) throw new Error(`webhook delivery ${d.id}: ${error}`);
  },
};
