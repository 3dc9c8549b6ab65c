import { quoteIdent, type DataSource, type EntityManager, type Mailer } from '@sesao28/kit';

export type NoticeKind = 'RECEIVED' | 'ANSWERED';

export interface CaseNotice {
  caseId: string;
  kind: NoticeKind;
  recipient: string;
  subject: string;
  body: string;
}

/** A notice as staff see it. */
export interface CaseNoticeRow {
  kind: NoticeKind;
  channel: 'EMAIL';
  status: 'PENDING' | 'SENT' | 'DEAD';
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/** Tries before a notice is given up (dead, for staff to see); the wait doubles from 30 s, at most an hour. */
export const MAX_ATTEMPTS = 8;
const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));

/** What the submitter is told, Thai first and English after (plain text, no personal data but the case's). */
export function caseNotice(
  kind: NoticeKind,
  c: { caseId: string; caseCode: string; recipient: string; answer?: string | null; followUrl: string | null },
): CaseNotice {
  const follow = c.followUrl ? `\n${c.followUrl}/follow?code=${encodeURIComponent(c.caseCode)}\n` : '\n';
  if (kind === 'RECEIVED') {
    return {
      caseId: c.caseId,
      kind,
      recipient: c.recipient,
      subject: `สพม.ศรีสะเกษ ยโสธร ได้รับเรื่องของท่านแล้ว (${c.caseCode}) / We have received your case`,
      body:
        `เรียน ผู้แจ้งเรื่อง\n\nสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา ศรีสะเกษ ยโสธร ได้รับเรื่องของท่านแล้ว ` +
        `รหัสติดตามเรื่อง ${c.caseCode} ท่านจะได้รับแจ้งอีกครั้งเมื่อหน่วยงานตอบเรื่อง${follow}\n` +
        `We have received your case, tracking code ${c.caseCode}. We will write again when the unit answers.\n`,
    };
  }
  return {
    caseId: c.caseId,
    kind,
    recipient: c.recipient,
    subject: `หน่วยงานตอบเรื่อง ${c.caseCode} แล้ว / Your case has been answered`,
    body:
      `เรียน ผู้แจ้งเรื่อง\n\nหน่วยงานได้ตอบเรื่อง ${c.caseCode} ของท่านแล้ว:\n\n${c.answer ?? ''}\n${follow}\n` +
      `Your case ${c.caseCode} has been answered (the answer is above).\n`,
  };
}

/** The notices of the front door: queued with what they tell, sent by a job, erased with the case. */
export class NotificationRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** Queues a notice in the caller's transaction; a second one of the same kind for the case is ignored. */
  async queue(manager: EntityManager, n: CaseNotice): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.s}.notification (case_id, kind, channel, recipient, subject, body)
       VALUES ($1, $2, 'EMAIL', $3, $4, $5) ON CONFLICT (case_id, kind, channel) DO NOTHING`,
      [n.caseId, n.kind, n.recipient, n.subject, n.body],
    );
  }

  /**
   * Sends the notices that are due, each in its own transaction: the row is claimed with FOR UPDATE
   * SKIP LOCKED, so two replicas of the unit never send the same notice, and one notice's failure
   * never undoes another's success. A failure is kept with the next try's time (backoff), or the
   * notice is dead after MAX_ATTEMPTS.
   */
  async sendDue(mailer: Mailer, batch = 20): Promise<number> {
    let sent = 0;
    for (let i = 0; i < batch; i++) {
      const handled = await this.dataSource.transaction(async (manager) => {
        const [n]: { id: string; recipient: string; subject: string; body: string; attempts: number }[] = await manager.query(
          `SELECT id, recipient, subject, body, attempts FROM ${this.s}.notification
           WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
        );
        if (!n) return false;
        try {
          await mailer.send({ to: n.recipient, subject: n.subject, text: n.body });
          await manager.query(`UPDATE ${this.s}.notification SET status = 'SENT', sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [
            n.id,
          ]);
          sent += 1;
        } catch (error) {
          const attempts = n.attempts + 1;
          await manager.query(
            `UPDATE ${this.s}.notification SET attempts = $2::int, last_error = $3,
               status = CASE WHEN $2::int >= $4::int THEN 'DEAD' ELSE 'PENDING' END,
               next_attempt_at = now() + make_interval(secs => $5::double precision)
             WHERE id = $1`,
            [n.id, attempts, String(error).slice(0, 500), MAX_ATTEMPTS, backoffSeconds(attempts)],
          );
        }
        return true;
      });
      if (!handled) break;
    }
    return sent;
  }

  /** A case's notices for staff: what and when, never the address or the text. */
  ofCase(caseId: string): Promise<CaseNoticeRow[]> {
    return this.dataSource.query(
      `SELECT kind, channel, status, attempts, created_at AS "createdAt", sent_at AS "sentAt",
         CASE WHEN status = 'PENDING' THEN next_attempt_at END AS "nextAttemptAt", last_error AS "lastError"
       FROM ${this.s}.notification WHERE case_id = $1 ORDER BY created_at, kind`,
      [caseId],
    );
  }

  /** PDPA erasure: the address and the texts go with the case. */
  async eraseCase(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.s}.notification WHERE case_id = $1`, [caseId]);
  }

  /** Retention: notices older than the contact details' own time go too. */
  async purge(now: Date, days: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.s}.notification WHERE created_at < $1::timestamptz - make_interval(days => $2)`, [
      now,
      days,
    ]);
  }
}
