import nodemailer from 'nodemailer';
import type { PlatformConfig } from '@sesao28/platform';

/** One e-mail: plain text, Thai first with the English after it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail; throws when the server refuses or cannot be reached (the caller retries later). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** SMTP through nodemailer, from the settings; null when no SMTP_URL is set (notices then wait, unsent). */
export function createMailer(config: Pick<PlatformConfig, 'smtpUrl' | 'mailFrom' | 'subgraphTimeoutMs'>): Mailer | null {
  if (!config.smtpUrl) return null;
  // Short timeouts: a slow mail server delays the next try, not the unit.
  const url = new URL(config.smtpUrl);
  for (const [name, ms] of [
    ['connectionTimeout', config.subgraphTimeoutMs],
    ['greetingTimeout', config.subgraphTimeoutMs],
    ['socketTimeout', config.subgraphTimeoutMs * 2],
  ] as const) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  }
  const transport = nodemailer.createTransport(url.href);
  return {
    async send(message) {
      await transport.sendMail({ from: config.mailFrom, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
