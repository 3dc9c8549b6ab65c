import type { PlatformConfig } from '@sesao28/platform';
import { DeliveryFailure, type NotifyChannel, type Sender } from './delivery.js';
import { lineSender } from './line.js';
import { createMailer } from './mailer.js';
import { smsSender } from './sms.js';

/** The channels this installation can send on: each one whose settings are given. */
export type Senders = Partial<Record<NotifyChannel, Sender>>;

/** SMTP answers that refuse the address itself (no such mailbox, bad address): trying again will not help. */
const PERMANENT_SMTP = new Set([550, 551, 553]);

export function createSenders(
  config: Pick<PlatformConfig, 'smtpUrl' | 'mailFrom' | 'subgraphTimeoutMs' | 'lineChannelAccessToken' | 'lineApiUrl' | 'sms'>,
): Senders {
  const senders: Senders = {};
  const mailer = createMailer(config);
  if (mailer) {
    senders.EMAIL = {
      async send(d) {
        try {
          await mailer.send({ to: d.recipient, subject: d.subject, text: d.body });
        } catch (error) {
          const code = (error as { responseCode?: number }).responseCode;
          throw new DeliveryFailure(`SMTP: ${String(error)}`.slice(0, 300), code !== undefined && PERMANENT_SMTP.has(code));
        }
      },
    };
  }
  const line = lineSender(config);
  if (line) senders.LINE = line;
  const sms = smsSender(config);
  if (sms) senders.SMS = sms;
  return senders;
}
