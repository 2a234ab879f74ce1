import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { queueMessages } from '../notifications';
import { dueDateOf } from './plans.rules';
import { messagesFor, type Person } from './reminders.service';
import { dayMonthYear } from '../../platform/i18n';

/*
 * Assignment notices: every new assignment (go-live, reconciliation, a late joiner, a transfer into the audience, a
 * widened audience) carries `notice_due`; the notice — in-app, and e-mail and SMS as the person's preferences allow,
 * in their language, naming the plan and its deadline — is queued in batches (one bulk insert per batch) and the flag
 * cleared in the same transaction, so nothing is lost if the process dies and a retried job never sends twice.
 */

/** Written with assignments made set-wise: the job `plans.notify-assigned` sends their notices. */
export const PLAN_ASSIGNED = 'plan.assigned';
/** Notices sent per transaction. */
export const NOTICE_BATCH = 1000;


type Pending = Person & { plan_id: string; status: string; state: string; due_at: Date | null; name_en: string; name_hi: string; plan_status: string; user_status: string };

/** Queues the notices of pending assignments (locked by the caller's query) and clears their flags. */
async function sendBatch(trx: Transaction<DB>, rows: Pending[], publicUrl: string): Promise<number> {
  if (rows.length === 0) return 0;
  // Only people who still have something to do hear of it: a plan already met (or one that was retired) is not news.
  const told = rows.filter((r) => r.status === 'active' && r.state === 'open' && r.due_at !== null && r.plan_status === 'live' && r.user_status === 'active');
  await queueMessages(
    trx,
    told.flatMap((r) =>
      messagesFor(r, 'plan_assigned', {
        plan: { en: r.name_en, hi: r.name_hi },
        date: dayMonthYear(dueDateOf(new Date(r.due_at ?? 0))),
        url: `${publicUrl}/`,
      }),
    ),
  );
  await sql`
    UPDATE plan_assignments a SET notice_due = false
    FROM unnest(${rows.map((r) => r.user_id)}::uuid[], ${rows.map((r) => r.plan_id)}::uuid[]) AS t(user_id, plan_id)
    WHERE a.user_id = t.user_id AND a.plan_id = t.plan_id`.execute(trx);
  return told.length;
}

const pendingColumns = sql`a.user_id, a.plan_id, a.status, a.state, a.due_at, p.name_en, p.name_hi, p.status AS plan_status,
  u.status AS user_status, u.email, u.mobile, u.language, u.notification_prefs, u.full_name, u.full_name_hi`;

/** Sends every pending notice of one plan, batch by batch (concurrent runs share the work: SKIP LOCKED). */
export async function sendAssignmentNotices(ctx: AppContext, planId: string, batch = NOTICE_BATCH): Promise<number> {
  let sent = 0;
  for (;;) {
    const step = await ctx.db.transaction().execute(async (trx) => {
      const { rows } = await sql<Pending>`
        SELECT ${pendingColumns}
        FROM plan_assignments a JOIN plans p ON p.id = a.plan_id JOIN users u ON u.id = a.user_id
        WHERE a.plan_id = ${planId}::uuid AND a.notice_due
        ORDER BY a.user_id LIMIT ${batch}
        FOR UPDATE OF a SKIP LOCKED`.execute(trx);
      return { n: rows.length, told: await sendBatch(trx, rows, ctx.config.publicUrl) };
    });
    sent += step.told;
    if (step.n < batch) return sent;
  }
}

/** Sends one person's pending notices in the caller's transaction (an event assigned them; they are locked already). */
export async function sendPersonNotices(trx: Transaction<DB>, userId: string, publicUrl: string): Promise<number> {
  const { rows } = await sql<Pending>`
    SELECT ${pendingColumns}
    FROM plan_assignments a JOIN plans p ON p.id = a.plan_id JOIN users u ON u.id = a.user_id
    WHERE a.user_id = ${userId}::uuid AND a.notice_due
    FOR UPDATE OF a`.execute(trx);
  return sendBatch(trx, rows, publicUrl);
}

/** Backstop for the scheduled reconciliation: plans with notices still pending (an event lost, a job given up). */
export async function sendAllPendingNotices(ctx: AppContext): Promise<number> {
  const { rows } = await sql<{ plan_id: string }>`SELECT DISTINCT plan_id FROM plan_assignments WHERE notice_due`.execute(ctx.db);
  let sent = 0;
  for (const r of rows) sent += await sendAssignmentNotices(ctx, r.plan_id);
  return sent;
}

/** Records, in the transaction that assigned people set-wise, that their notices are to be sent. */
export async function noteAssigned(trx: Transaction<DB>, planId: string): Promise<void> {
  await writeOutbox(trx, PLAN_ASSIGNED, { planId });
}
