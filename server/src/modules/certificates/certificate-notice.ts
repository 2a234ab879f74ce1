import type { Transaction } from 'kysely';
import type { Language, NotificationPrefs } from '../../db/column-types';
import type { DB } from '../../db/database';
import { notifyUser, type Channel } from '../notifications';

/** Who is told that a certificate is ready, and what the message says (both languages; it is shown again in either). */
export interface ReadyNotice {
  recipient: { id: string; email: string; mobile: string; language: Language; notification_prefs: NotificationPrefs };
  params: { name: { en: string; hi: string }; title: { en: string; hi: string }; number: string; url: string };
}

/** The "your certificate is ready" notice of a certificate about to be issued, from the facts gathered for it. */
export function readyNotice(
  holder: { id: string; fullName: string; fullNameHi: string | null; email: string | null; mobile: string | null; language: Language; notificationPrefs: NotificationPrefs },
  title: Partial<Record<Language, string>>,
  number: string,
  publicUrl: string,
): ReadyNotice {
  const en = title.en ?? title.hi ?? '';
  return {
    recipient: { id: holder.id, email: holder.email ?? '', mobile: holder.mobile ?? '', language: holder.language, notification_prefs: holder.notificationPrefs },
    params: {
      name: { en: holder.fullName, hi: holder.fullNameHi ?? holder.fullName },
      title: { en, hi: title.hi ?? en },
      number,
      url: `${publicUrl.replace(/\/$/, '')}/my-certificates`,
    },
  };
}

/** Tells the holder in-app, and by e-mail when they have one and allow it, in the issuing transaction. */
export async function sendReadyNotice(trx: Transaction<DB>, notice: ReadyNotice): Promise<void> {
  const channels: Channel[] = notice.recipient.email ? ['inapp', 'email'] : ['inapp'];
  await notifyUser(trx, notice.recipient, 'certificate_ready', notice.params, { channels });
}
