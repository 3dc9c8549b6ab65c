import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent } from '../db/sql.js';
import { DeliveryFailure, type NotifyChannel } from './delivery.js';
import type { Senders } from './senders.js';

/** Who a notice is for. */
export type NoticeAudience = 'SUBMITTER' | 'STAFF' | 'HEAD' | 'DIRECTOR' | 'FOLLOWER';

/** A notice to queue: told once per dedupeKey, whatever retries or replicas do. */
export interface Notice {
  dedupeKey: string;
  caseId: string | null;
  kind: string;
  audience: NoticeAudience;
  channel: NotifyChannel;
  recipient: string;
  subject: string;
  body: string;
}

/** A notice as staff see it: what, to whom (by role), how and when, never the address or the text. */
export interface NotificationRow {
  kind: string;
  audience: NoticeAudience;
  channel: NotifyChannel;
  status: 'PENDING' | 'SENT' | 'DEAD' | 'CANCELLED';
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/** Tries before a notice is given up (dead, for staff to see). */
export const MAX_ATTEMPTS = 8;
/** The wait before the next try: doubling from 30 s, at most an hour. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

export const NOTICE_COLUMNS = `kind, audience, channel, status, attempts, created_at AS "createdAt", sent_at AS "sentAt",
  CASE WHEN status = 'PENDING' THEN next_attempt_at END AS "nextAttemptAt", last_error AS "lastError"`;

/**
 * A unit's notices, an outbox of their own: queued in the transaction of what they tell, sent by
 * a job, never lost (a failure waits for its next try) and never twice (one row per dedupe key;
 * a row is claimed with FOR UPDATE SKIP LOCKED, so two replicas never send the same one).
 */
export class NotificationRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
    private readonly backoff: (attempts: number) => number = backoffSeconds,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** Queues notices (in the caller's transaction when given); one already queued under its key is left as it is. Returns how many are new. */
  async queue(manager: EntityManager | null, notices: readonly Notice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const columns = ['dedupe_key', 'case_id', 'kind', 'audience', 'channel', 'recipient', 'subject', 'body'];
    const values: unknown[] = [];
    const rows = notices.map((n, i) => {
      values.push(n.dedupeKey, n.caseId, n.kind, n.audience, n.channel, n.recipient, n.subject, n.body);
      return `(${columns.map((_, j) => `$${i * columns.length + j + 1}`).join(', ')})`;
    });
    const inserted: unknown[] = await (manager ?? this.dataSource).query(
      `INSERT INTO ${this.s}.notification (${columns.join(', ')}) VALUES ${rows.join(', ')}
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      values,
    );
    return inserted.length;
  }

  /**
   * Sends the notices that are due on the channels this installation has, each in its own
   * transaction, so one notice's failure never undoes another's success. A failure is kept with
   * the next try's time; a permanent one, or the MAX_ATTEMPTS-th, makes the notice dead.
   */
  async sendDue(senders: Senders, batch = 20): Promise<number> {
    const channels = Object.keys(senders);
    if (channels.length === 0) return 0;
    let sent = 0;
    for (let i = 0; i < batch; i++) {
      const handled = await this.dataSource.transaction(async (manager) => {
        const [n]: { id: string; channel: NotifyChannel; recipient: string; subject: string; body: string; attempts: number }[] =
          await manager.query(
            `SELECT id, channel, recipient, subject, body, attempts FROM ${this.s}.notification
             WHERE status = 'PENDING' AND next_attempt_at <= now() AND channel = ANY($1::text[])
             ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [channels],
          );
        if (!n) return false;
        try {
          await senders[n.channel]!.send(n);
          await manager.query(`UPDATE ${this.s}.notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [
            n.id,
          ]);
          sent += 1;
        } catch (error) {
          const attempts = n.attempts + 1;
          const dead = attempts >= MAX_ATTEMPTS || (error instanceof DeliveryFailure && error.permanent);
          await manager.query(
            `UPDATE ${this.s}.notification SET attempts = $2::int, last_error = $3, status = CASE WHEN $4 THEN 'DEAD' ELSE 'PENDING' END,
               next_attempt_at = now() + make_interval(secs => $5::double precision)
             WHERE id = $1`,
            [n.id, attempts, (error instanceof Error ? error.message : String(error)).slice(0, 500), dead, this.backoff(attempts)],
          );
        }
        return true;
      });
      if (!handled) break;
    }
    return sent;
  }

  /** A case's notices, oldest first. */
  ofCase(caseId: string): Promise<NotificationRow[]> {
    return this.dataSource.query(`SELECT ${NOTICE_COLUMNS} FROM ${this.s}.notification WHERE case_id = $1 ORDER BY created_at, kind`, [
      caseId,
    ]);
  }

  /** An opt-out: what is still waiting for the case on those channels is not sent. */
  async cancel(manager: EntityManager, caseId: string, channels: readonly NotifyChannel[]): Promise<void> {
    await manager.query(
      `UPDATE ${this.s}.notification SET status = 'CANCELLED' WHERE case_id = $1 AND status = 'PENDING' AND channel = ANY($2::text[])`,
      [caseId, channels],
    );
  }

  /**
   * PDPA erasure: the submitter's notices (their address and the case's texts) go with the case;
   * staff's notices about it hold only its code, and keep the reminders from being sent again.
   */
  async eraseCase(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.s}.notification WHERE case_id = $1 AND audience = 'SUBMITTER'`, [caseId]);
  }

  /** Retention: notices older than the contact details' own time go too. */
  async purge(now: Date, days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.s}.notification WHERE created_at < $1::timestamptz - make_interval(days => $2)`, [
      now,
      days,
    ]);
  }
}
