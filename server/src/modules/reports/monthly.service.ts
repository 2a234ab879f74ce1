import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure, holdsAnyRole } from '../../platform/policy';
import { notifyUser } from '../notifications';
import { periodRow, sumOverRuns, totalsAsOf, zeroMetrics } from './dashboard.repo';
import { peopleOf } from './dashboard.service';
import { addDays, decompose, istDate, periodEnd, periodStart } from './periods';
import { formatLearningHours } from '../../platform/hours';

/** Whether the actor asked for the monthly summary (MDO admins only). */
export async function getSubscription(ctx: AppContext, actor: Actor): Promise<{ monthlyEmail: boolean }> {
  ensure(holdsAnyRole(actor, ['mdo_admin']));
  const row = await ctx.db.selectFrom('report_subscriptions').select('monthly_email').where('user_id', '=', actor.userId).executeTakeFirst();
  return { monthlyEmail: row?.monthly_email ?? false };
}

/** Turns the monthly summary e-mail on or off for an MDO admin. */
export async function setSubscription(ctx: AppContext, actor: Actor, monthlyEmail: boolean): Promise<{ monthlyEmail: boolean }> {
  ensure(holdsAnyRole(actor, ['mdo_admin']));
  const now = ctx.clock.now();
  await ctx.db
    .insertInto('report_subscriptions')
    .values({ user_id: actor.userId, monthly_email: monthlyEmail, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ monthly_email: monthlyEmail, updated_at: now }))
    .execute();
  return { monthlyEmail };
}

/**
 * Sends last month's summary to every subscribed MDO admin, one e-mail per org they administer, once per month
 * (report_monthly_sent records it in the same transaction as the message). Run on the 1st by the scheduled job.
 */
export async function sendMonthlySummaries(ctx: AppContext): Promise<number> {
  const today = istDate(ctx.clock.now());
  const month = periodStart('m', addDays(periodStart('m', today), -1));
  const monthEnd = periodEnd('m', month);
  const recipients = await ctx.db
    .selectFrom('report_subscriptions as s')
    .innerJoin('role_assignments as r', (j) => j.onRef('r.user_id', '=', 's.user_id').on('r.role', '=', 'mdo_admin'))
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('orgs as o', 'o.id', 'r.org_id')
    .select(['u.id', 'u.email', 'u.mobile', 'u.language', 'u.notification_prefs', 'u.full_name', 'o.id as org_id', 'o.name_en', 'o.name_hi'])
    .where('s.monthly_email', '=', true)
    .where('u.status', '=', 'active')
    .execute();
  let sent = 0;
  for (const r of recipients) {
    const [activity, people, distinct] = await Promise.all([
      sumOverRuns(ctx.db, [r.org_id], decompose(month, monthEnd)),
      totalsAsOf(ctx.db, [r.org_id], monthEnd),
      periodRow(ctx.db, [r.org_id], 'm', month),
    ]);
    const a = activity.get(r.org_id) ?? zeroMetrics();
    const p = peopleOf(people.get(r.org_id) ?? zeroMetrics());
    const lang = r.language;
    const n = (v: number) => new Intl.NumberFormat(lang === 'hi' ? 'hi-IN' : 'en-IN').format(v);
    const monthLabel = new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}T00:00:00Z`));
    const done = await ctx.db.transaction().execute(async (trx) => {
      const fresh = await trx
        .insertInto('report_monthly_sent')
        .values({ user_id: r.id, month, org_id: r.org_id })
        .onConflict((oc) => oc.columns(['user_id', 'month', 'org_id']).doNothing())
        .returning('user_id')
        .executeTakeFirst();
      if (!fresh) return false;
      await notifyUser(
        trx,
        { id: r.id, email: r.email, mobile: r.mobile, language: lang, notification_prefs: r.notification_prefs },
        'monthly_report',
        {
          name: r.full_name,
          org: lang === 'hi' ? r.name_hi : r.name_en,
          month: monthLabel,
          completions: n(a.completions),
          hours: formatLearningHours(a.learning_minutes, lang),
          active: n((distinct.get(r.org_id) ?? zeroMetrics()).active_people),
          registered: n(p.registered),
          completedOne: n(p.completedOne),
          completedThree: n(p.completedThree),
          none: n(p.none),
          url: `${ctx.config.publicUrl}/reports?org=${r.org_id}`,
        },
        { channels: ['email'] },
      );
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
