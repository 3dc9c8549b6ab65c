import { bangkokDate, quoteIdent, readStopToken, stopToken, type DataSource, type Notice, type NotificationRepository } from '@sesao28/kit';
import { fail } from './messages.js';
import { staffMessage, type StaffKind } from './notifications.js';

const STOP_PURPOSE = 'staff-reminders';

/** Working days before a case's answer deadline that its unit's staff are reminded. */
export const REMIND_WORKING_DAYS = 2;

const OPEN = `('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS')`;

interface Candidate {
  caseId: string;
  caseCode: string;
  unitCode: string;
  dueAnswerAt: Date | null;
  email: string;
  role: string;
}

/**
 * The clock of the office's cases, for its people: staff of a unit are told when a case arrives,
 * two working days before its answer is due, and when it is late (its head too); the director
 * once a day for each unit whose late cases reach the threshold. Who is due is found in SQL from
 * the deadlines the front door tracks; each notice has its own dedupe key, so a sweep run twice,
 * or by two replicas at once, tells nobody twice.
 */
export class CaseReminders {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
    private readonly notices: NotificationRepository,
    private readonly settings: { publicUrl?: string; lateEscalationThreshold: number; internalSecret: string },
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** One pass at `now`; returns how many notices it queued. */
  async sweep(now: Date): Promise<number> {
    const arrived = await this.candidates('ARRIVED', `t.status = 'RECEIVED' AND t.updated_at > $1::timestamptz - interval '2 days'`, now);
    const dueSoon = await this.candidates('DUE_SOON', `t.status IN ${OPEN} AND t.remind_at <= $1 AND t.due_answer_at > $1`, now);
    const late = await this.candidates('LATE', `t.status IN ${OPEN} AND t.due_answer_at < $1`, now);
    const notices = [
      ...this.toStaff('ARRIVED', arrived),
      ...this.toStaff('DUE_SOON', dueSoon),
      ...this.toStaff('LATE', late),
      ...(await this.digests(now)),
    ];
    let queued = 0;
    for (let i = 0; i < notices.length; i += 200) queued += await this.notices.queue(null, notices.slice(i, i + 200));
    return queued;
  }

  /** Cases in a state, with each of their unit's people not yet told of it. */
  private candidates(kind: StaffKind, where: string, now: Date): Promise<Candidate[]> {
    // The head hears of a case once it is late; staff of every step.
    const roles = kind === 'LATE' ? `('UNIT_STAFF', 'UNIT_HEAD')` : `('UNIT_STAFF')`;
    return this.dataSource.query(
      `SELECT t.case_id AS "caseId", t.case_code AS "caseCode", t.unit_code AS "unitCode", t.due_answer_at AS "dueAnswerAt", m.email, m.role
       FROM ${this.s}.case_tracking t
         JOIN ${this.s}.staff_member m ON m.unit_code = t.unit_code AND m.role IN ${roles} AND m.email_reminders
       WHERE ${where}
         AND NOT EXISTS (SELECT 1 FROM ${this.s}.notification n
                         WHERE n.dedupe_key = 'case:' || t.case_id || ':${kind}:' || t.unit_code || ':' || m.email)
       LIMIT 2000`,
      [now],
    );
  }

  private toStaff(kind: StaffKind, rows: Candidate[]): Notice[] {
    return rows.map((r) => ({
      dedupeKey: `case:${r.caseId}:${kind}:${r.unitCode}:${r.email}`,
      caseId: r.caseId,
      kind,
      audience: kind === 'LATE' && r.role === 'UNIT_HEAD' ? 'HEAD' : 'STAFF',
      channel: 'EMAIL',
      recipient: r.email,
      ...staffMessage(kind, { ...r, dueAnswerAt: r.dueAnswerAt ? new Date(r.dueAnswerAt) : null }, this.links(r.email)),
    }));
  }

  /** The desk and the link that stops a person's reminders. */
  private links(email: string): { publicUrl?: string; stop: string } {
    return { publicUrl: this.settings.publicUrl, stop: stopToken(this.settings.internalSecret, STOP_PURPOSE, email) };
  }

  /** A reminder's stop link, used: that person gets no more reminders (on: true turns them back on). Returns the setting now. */
  async setReminders(token: string, on: boolean): Promise<boolean> {
    const email = readStopToken(this.settings.internalSecret, STOP_PURPOSE, token);
    if (!email) throw fail('STAFF_TOKEN_INVALID', {}, 'token');
    const rows: unknown[] = await this.dataSource.query(
      `WITH changed AS (UPDATE ${this.s}.staff_member SET email_reminders = $2 WHERE email = $1 RETURNING 1) SELECT * FROM changed`,
      [email, on],
    );
    if (rows.length === 0) throw fail('STAFF_TOKEN_INVALID', {}, 'token');
    return on;
  }

  /** The director's daily word on each unit whose late open cases reach the threshold. */
  private async digests(now: Date): Promise<Notice[]> {
    const rows: { unitCode: string; late: number; email: string }[] = await this.dataSource.query(
      `SELECT l.unit_code AS "unitCode", l.late, m.email
       FROM (SELECT unit_code, count(*)::int AS late FROM ${this.s}.case_tracking
             WHERE status IN ${OPEN} AND due_answer_at < $1 GROUP BY unit_code HAVING count(*) >= $2) l
       CROSS JOIN ${this.s}.staff_member m WHERE m.role = 'DIRECTOR' AND m.email_reminders`,
      [now, this.settings.lateEscalationThreshold],
    );
    const day = bangkokDate(now);
    return rows.map((r) => ({
      dedupeKey: `digest:${r.unitCode}:${day}:${r.email}`,
      caseId: null,
      kind: 'LATE_DIGEST',
      audience: 'DIRECTOR',
      channel: 'EMAIL',
      recipient: r.email,
      ...staffMessage('LATE_DIGEST', { caseId: '', caseCode: '', unitCode: r.unitCode, lateCount: r.late }, this.links(r.email)),
    }));
  }
}
