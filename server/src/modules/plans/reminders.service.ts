import { sql } from 'kysely';
import type { Language, NotificationPrefs } from '../../db/column-types';
import type { AppContext } from '../../platform/context';
import { type Channel, type OutgoingMessageRequest, queueMessages, type TemplateName } from '../notifications';
import { insertCycles, refreshSummaries } from './assignments.repo';
import { rulesOf } from './plan-rules';
import { findPlan } from './plans.repo';
import { settleMany } from './settle.service';
import { writeComplianceChanged } from './plans.events';
import { addDays, appraisalYear, appraisalYearOf, dayStart, dueDateOf, dueEnd, istDate, yearlyDueDate } from './plans.rules';
import type { DeadlineSpec } from './plans.tables';

/* The daily run (renewals, reminders 7 days and 1 day before, weekly while overdue) and the weekly digest to admins. */

const DAY = 86_400_000;
const BATCH = 2000;

/** A person as plan messages address them. */
export interface Person {
  user_id: string;
  email: string;
  mobile: string;
  language: Language;
  notification_prefs: NotificationPrefs | null;
  full_name: string;
  full_name_hi: string | null;
}

/** Messages to one person on the channels their preferences allow (in-app always). */
export function messagesFor(p: Person, template: TemplateName, params: Record<string, unknown>): OutgoingMessageRequest[] {
  const prefs = p.notification_prefs ?? { email: true, sms: true, inapp: true };
  const channels: Channel[] = ['inapp', ...(['email', 'sms'] as const).filter((c) => prefs[c])];
  const name = p.language === 'hi' && p.full_name_hi ? p.full_name_hi : p.full_name;
  return channels.map((channel) => ({
    userId: p.user_id,
    channel,
    recipient: channel === 'email' ? p.email : channel === 'sms' ? p.mobile : p.user_id,
    template,
    params: { name, ...params },
    language: p.language,
  }));
}

const fmtDate = (date: string, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
/** A due date written in both languages, so an in-app notice can be shown again in the reader's language. */
const datesIn = (date: string) => ({ en: fmtDate(date, 'en'), hi: fmtDate(date, 'hi') });

/** Completed cycles whose validity has run out reopen as renewal cycles (with their own window and reminders). */
async function openRenewals(ctx: AppContext, now: Date): Promise<number> {
  let opened = 0;
  for (;;) {
    const n = await ctx.db.transaction().execute(async (trx) => {
      const { rows } = await sql<Person & { plan_id: string; requirement_id: string; cycle_no: number; completed_at: Date; expires_at: Date; renewal_window_days: number; name_en: string; name_hi: string; acr_linked: boolean }>`
        SELECT c.user_id, c.plan_id, c.requirement_id, c.cycle_no, c.completed_at, c.expires_at, r.renewal_window_days,
          p.name_en, p.name_hi, p.acr_linked, u.email, u.mobile, u.language, u.notification_prefs, u.full_name, u.full_name_hi
        FROM plan_cycles c
        JOIN plan_assignments a ON a.user_id = c.user_id AND a.plan_id = c.plan_id AND a.status = 'active'
        JOIN plans p ON p.id = c.plan_id AND p.status = 'live'
        JOIN plan_requirements r ON r.id = c.requirement_id
        JOIN users u ON u.id = c.user_id
        WHERE c.closed_at IS NULL AND c.expires_at IS NOT NULL AND c.expires_at <= ${now}
        ORDER BY c.expires_at LIMIT ${BATCH}
        FOR UPDATE OF c SKIP LOCKED`.execute(trx);
      if (rows.length === 0) return 0;
      await sql`
        UPDATE plan_cycles c SET closed_at = ${now}, closed_reason = 'expired'
        FROM unnest(${rows.map((r) => r.user_id)}::uuid[], ${rows.map((r) => r.plan_id)}::uuid[], ${rows.map((r) => r.requirement_id)}::uuid[], ${rows.map((r) => r.cycle_no)}::int[])
          AS t(user_id, plan_id, requirement_id, cycle_no)
        WHERE c.user_id = t.user_id AND c.plan_id = t.plan_id AND c.requirement_id = t.requirement_id AND c.cycle_no = t.cycle_no`.execute(trx);
      const renewals = rows.map((r) => {
        const expired = new Date(r.expires_at);
        return {
          row: r,
          cycle: {
            user_id: r.user_id,
            plan_id: r.plan_id,
            requirement_id: r.requirement_id,
            cycle_no: r.cycle_no + 1,
            kind: 'renewal' as const,
            opened_at: expired,
            // Only a completion after the one that expired renews it.
            counts_from: new Date(new Date(r.completed_at).getTime() + 1),
            due_at: dueEnd(addDays(istDate(expired), r.renewal_window_days ?? 30)),
          },
        };
      });
      await insertCycles(trx, renewals.map((x) => x.cycle));
      const users = [...new Set(rows.map((r) => r.user_id))];
      await refreshSummaries(trx, users, now);
      await queueMessages(
        trx,
        renewals.flatMap(({ row, cycle }) =>
          messagesFor(row, 'plan_renewal_due', {
            plan: { en: row.name_en, hi: row.name_hi },
            date: datesIn(dueDateOf(cycle.due_at)),
            url: `${ctx.config.publicUrl}/`,
          }),
        ),
      );
      await writeComplianceChanged(trx, rows.filter((r) => r.acr_linked).map((r) => r.user_id));
      return rows.length;
    });
    opened += n;
    if (n === 0) return opened;
  }
}

/**
 * Yearly orders roll over on 1 April (set-wise, idempotent): for every live plan whose fixed deadline recurs every
 * year, the past years' unfinished cycles close as 'year_ended' (they stay that year's record), and each active
 * assignment without a cycle due in the current appraisal year gets one per requirement, counting completions from
 * 1 April and due on the order's day and month. Already-made completions in the new year settle it at once.
 */
async function openYearlyCycles(ctx: AppContext, now: Date): Promise<number> {
  const year = appraisalYearOf(now);
  const span = appraisalYear(year);
  const plans = await ctx.db.selectFrom('plans').select(['id', 'deadline', 'acr_linked']).where('status', '=', 'live').execute();
  let opened = 0;
  for (const p of plans) {
    const d = p.deadline as DeadlineSpec;
    if (d.kind !== 'fixed' || !d.everyYear || year < appraisalYearOf(dayStart(d.date))) continue;
    const due = dueEnd(yearlyDueDate(d.date, year));
    opened += await ctx.db.transaction().execute(async (trx) => {
      await sql`
        UPDATE plan_cycles SET closed_at = ${now}, closed_reason = 'year_ended'
        WHERE plan_id = ${p.id} AND closed_at IS NULL AND completed_at IS NULL AND NOT exempted AND coalesce(extended_to, due_at) <= ${span.from}`.execute(trx);
      const { rows } = await sql<{ user_id: string }>`
        INSERT INTO plan_cycles (user_id, plan_id, requirement_id, cycle_no, kind, opened_at, counts_from, due_at)
        SELECT a.user_id, a.plan_id, r.id,
          coalesce((SELECT max(x.cycle_no) FROM plan_cycles x WHERE x.user_id = a.user_id AND x.plan_id = a.plan_id AND x.requirement_id = r.id), 0) + 1,
          'yearly', ${now}, ${span.from}, ${due}
        FROM plan_assignments a JOIN plan_requirements r ON r.plan_id = a.plan_id
        WHERE a.plan_id = ${p.id} AND a.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM plan_cycles x WHERE x.user_id = a.user_id AND x.plan_id = a.plan_id AND x.requirement_id = r.id AND x.due_at > ${span.from})
        ON CONFLICT DO NOTHING
        RETURNING user_id`.execute(trx);
      const users = [...new Set(rows.map((r) => r.user_id))];
      if (users.length === 0) return 0;
      const row = await findPlan(trx, p.id);
      const [plan] = row ? await rulesOf(trx, [row], 'table') : [];
      if (plan) await settleMany(trx, plan, users, now);
      await refreshSummaries(trx, users, now, p.id);
      if (p.acr_linked) await writeComplianceChanged(trx, users, p.id);
      return users.length;
    });
  }
  return opened;
}

type ReminderKind = 'day' | 'week' | 'overdue';

/** One kind of reminder for every open cycle that is due for it; one message per person and plan. */
async function remind(ctx: AppContext, now: Date, kind: ReminderKind): Promise<number> {
  const condition =
    kind === 'day'
      ? sql`coalesce(c.extended_to, c.due_at) > ${now} AND coalesce(c.extended_to, c.due_at) <= ${new Date(now.getTime() + DAY)} AND c.reminded_day_at IS NULL`
      : kind === 'week'
        ? sql`coalesce(c.extended_to, c.due_at) > ${new Date(now.getTime() + DAY)} AND coalesce(c.extended_to, c.due_at) <= ${new Date(now.getTime() + 7 * DAY)} AND c.reminded_week_at IS NULL`
        : sql`coalesce(c.extended_to, c.due_at) <= ${now} AND (c.overdue_reminded_at IS NULL OR c.overdue_reminded_at <= ${new Date(now.getTime() - 7 * DAY + 3600_000)})`;
  const mark = kind === 'day' ? sql`reminded_day_at = ${now}, reminded_week_at = coalesce(c.reminded_week_at, ${now})` : kind === 'week' ? sql`reminded_week_at = ${now}` : sql`overdue_reminded_at = ${now}`;
  let sent = 0;
  for (;;) {
    const n = await ctx.db.transaction().execute(async (trx) => {
      const { rows } = await sql<Person & { plan_id: string; requirement_id: string; cycle_no: number; due: Date; first_overdue: boolean; name_en: string; name_hi: string; acr_linked: boolean }>`
        SELECT c.user_id, c.plan_id, c.requirement_id, c.cycle_no, coalesce(c.extended_to, c.due_at) AS due, c.overdue_reminded_at IS NULL AS first_overdue,
          p.name_en, p.name_hi, p.acr_linked, u.email, u.mobile, u.language, u.notification_prefs, u.full_name, u.full_name_hi
        FROM plan_cycles c
        JOIN plan_assignments a ON a.user_id = c.user_id AND a.plan_id = c.plan_id AND a.status = 'active'
        JOIN plans p ON p.id = c.plan_id AND p.status = 'live'
        JOIN users u ON u.id = c.user_id AND u.status = 'active'
        WHERE c.closed_at IS NULL AND c.completed_at IS NULL AND NOT c.exempted AND ${condition}
        ORDER BY c.user_id LIMIT ${BATCH}
        FOR UPDATE OF c SKIP LOCKED`.execute(trx);
      if (rows.length === 0) return 0;
      await sql`
        UPDATE plan_cycles c SET ${mark}
        FROM unnest(${rows.map((r) => r.user_id)}::uuid[], ${rows.map((r) => r.plan_id)}::uuid[], ${rows.map((r) => r.requirement_id)}::uuid[], ${rows.map((r) => r.cycle_no)}::int[])
          AS t(user_id, plan_id, requirement_id, cycle_no)
        WHERE c.user_id = t.user_id AND c.plan_id = t.plan_id AND c.requirement_id = t.requirement_id AND c.cycle_no = t.cycle_no`.execute(trx);
      // One message per person and plan, about its earliest due requirement.
      const first = new Map<string, (typeof rows)[number]>();
      for (const r of rows) {
        const key = `${r.user_id}|${r.plan_id}`;
        const seen = first.get(key);
        if (!seen || new Date(r.due) < new Date(seen.due)) first.set(key, r);
      }
      const msgs = [...first.values()].flatMap((r) => {
        const dueDate = dueDateOf(new Date(r.due));
        const days = Math.max(1, Math.ceil((new Date(r.due).getTime() - now.getTime()) / DAY));
        const params = { plan: { en: r.name_en, hi: r.name_hi }, date: datesIn(dueDate), days, url: `${ctx.config.publicUrl}/` };
        return messagesFor(r, kind === 'overdue' ? 'plan_overdue' : 'plan_due_soon', params);
      });
      await queueMessages(trx, msgs);
      if (kind === 'overdue') {
        // Becoming overdue changes compliance: HRMS is told once, at the first overdue reminder, and the assignment's
        // change time moves (the bulk API's `changedSince`).
        const newly = rows.filter((r) => r.first_overdue);
        if (newly.length) {
          await sql`
            UPDATE plan_assignments a SET updated_at = ${now}
            FROM unnest(${newly.map((r) => r.user_id)}::uuid[], ${newly.map((r) => r.plan_id)}::uuid[]) AS t(user_id, plan_id)
            WHERE a.user_id = t.user_id AND a.plan_id = t.plan_id`.execute(trx);
        }
        await writeComplianceChanged(trx, newly.filter((r) => r.acr_linked).map((r) => r.user_id));
      }
      return first.size;
    });
    sent += n;
    if (n === 0) return sent;
  }
}

/** The daily run: renewals first (they bring their own reminders), then 1-day, 7-day and overdue reminders. */
export async function runDaily(ctx: AppContext): Promise<{ yearly: number; renewals: number; day: number; week: number; overdue: number }> {
  const now = ctx.clock.now();
  const yearly = await openYearlyCycles(ctx, now);
  const renewals = await openRenewals(ctx, now);
  const day = await remind(ctx, now, 'day');
  const week = await remind(ctx, now, 'week');
  const overdue = await remind(ctx, now, 'overdue');
  return { yearly, renewals, day, week, overdue };
}
