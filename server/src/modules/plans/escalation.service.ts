import { sql } from 'kysely';
import type { Language, NotificationPrefs } from '../../db/column-types';
import type { AppContext } from '../../platform/context';
import { notifyUser } from '../notifications';
import { dueDateOf, istDate } from './plans.rules';

/** People named in a digest; the rest are counted and one link away. */
const NAMED = 20;

/** The ISO week (India) a moment falls in, e.g. 2026-W48: the digest goes once per admin per week. */
export function weekKey(at: Date): string {
  const thursdayOf = (d: Date) => new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * 86_400_000);
  const thursday = thursdayOf(new Date(`${istDate(at)}T00:00:00Z`));
  const year = thursday.getUTCFullYear();
  const firstThursday = thursdayOf(new Date(Date.UTC(year, 0, 4)));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

interface Admin {
  user_id: string;
  email: string;
  mobile: string;
  language: Language;
  notification_prefs: NotificationPrefs | null;
  full_name: string;
  full_name_hi: string | null;
  path: string;
}

/**
 * The weekly escalation: every MDO admin with people overdue on live plans in their subtree gets one digest (e-mail
 * and in-app, in their language) naming who is overdue, at most once per week (`plan_digests`).
 */
export async function runEscalation(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const period = weekKey(now);
  const { rows: admins } = await sql<Admin>`
    SELECT u.id AS user_id, u.email, u.mobile, u.language, u.notification_prefs, u.full_name, u.full_name_hi, o.path
    FROM role_assignments r JOIN users u ON u.id = r.user_id AND u.status = 'active' JOIN orgs o ON o.id = r.org_id
    WHERE r.role = 'mdo_admin'
      AND NOT EXISTS (SELECT 1 FROM plan_digests d WHERE d.user_id = u.id AND d.period = ${period})
    ORDER BY u.id`.execute(ctx.db);
  let sent = 0;
  for (const admin of admins) {
    const { rows: overdue } = await sql<{ full_name: string; employee_id: string; name_en: string; name_hi: string; due_at: Date; total: string }>`
      SELECT u.full_name, u.employee_id, p.name_en, p.name_hi, a.due_at, count(*) OVER () AS total
      FROM plans p JOIN plan_assignments a ON a.plan_id = p.id JOIN users u ON u.id = a.user_id
      WHERE p.status = 'live' AND a.status = 'active' AND a.state = 'open' AND a.due_at <= ${now} AND a.org_path LIKE ${`${admin.path}%`}
      ORDER BY a.due_at, u.full_name LIMIT ${NAMED}`.execute(ctx.db);
    const total = Number(overdue[0]?.total ?? 0);
    if (total === 0) continue;
    const hi = admin.language === 'hi';
    const lines = overdue
      .map((o) => `${o.full_name} (${o.employee_id}): ${hi ? o.name_hi : o.name_en}, ${hi ? 'नियत' : 'due'} ${dueDateOf(new Date(o.due_at))}`)
      .join('; ');
    const more = total > overdue.length ? (hi ? ` और ${total - overdue.length} अन्य।` : ` and ${total - overdue.length} more.`) : '.';
    const done = await ctx.db.transaction().execute(async (trx) => {
      const claimed = await trx.insertInto('plan_digests').values({ user_id: admin.user_id, period, sent_at: now }).onConflict((oc) => oc.doNothing()).returning('user_id').executeTakeFirst();
      if (!claimed) return false;
      await notifyUser(
        trx,
        { id: admin.user_id, email: admin.email, mobile: admin.mobile, language: admin.language, notification_prefs: admin.notification_prefs },
        'plan_overdue_digest',
        { name: hi && admin.full_name_hi ? admin.full_name_hi : admin.full_name, count: total, lines: `${lines}${more}`, url: `${ctx.config.publicUrl}/admin/plans` },
        { channels: ['email', 'inapp'] },
      );
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
