import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

export interface SmtpMailbox {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  mails: ReceivedMail[];
  /** While true, every message is refused with a temporary failure (451), as a busy server does. */
  failing: boolean;
  /** Milliseconds the server takes before it accepts a message, as a slow one does. */
  delayMs: number;
  /** Messages whose data has begun to arrive (accepted or not yet). */
  receiving: number;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on loopback that keeps what it is sent, parsed. */
export async function startSmtpMailbox(): Promise<SmtpMailbox> {
  const mailbox = { mails: [] as ReceivedMail[], failing: false, delayMs: 0, receiving: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      mailbox.receiving += 1;
      simpleParser(stream)
        .then(async (parsed) => {
          if (mailbox.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, mailbox.delayMs));
          if (mailbox.failing) {
            const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
            callback(error);
            return;
          }
          mailbox.mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return Object.assign(mailbox, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
