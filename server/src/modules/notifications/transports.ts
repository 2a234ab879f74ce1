import nodemailer from 'nodemailer';
import { type Config, isDevMode } from '../../config';

export interface OutgoingMessage {
  channel: 'email' | 'sms' | 'inapp';
  recipient: string;
  subject: string;
  body: string;
}

/** Delivers one message over its channel; throws on failure so the job retries. */
export type Transport = (message: OutgoingMessage) => Promise<void>;

/** Picks the transport for the configuration: SMTP and an SMS gateway when set, else the dev outbox outside production. */
export function createTransport(config: Config): Transport {
  const mailer = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  const dev = isDevMode(config);
  return async (message) => {
    if (message.channel === 'inapp') return;
    if (message.channel === 'email') {
      if (mailer) {
        await mailer.sendMail({ from: 'Kshamata <no-reply@kshamata.local>', to: message.recipient, subject: message.subject, text: message.body });
        return;
      }
      if (dev) return;
      throw new Error('no SMTP server configured (SMTP_URL)');
    }
    if (config.smsGatewayUrl) {
      const res = await fetch(config.smsGatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: `+91${message.recipient}`, text: message.body }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
      return;
    }
    if (dev) return;
    throw new Error('no SMS gateway configured (SMS_GATEWAY_URL)');
  };
}
