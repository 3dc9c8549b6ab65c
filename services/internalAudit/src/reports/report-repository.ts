import { createHash } from 'node:crypto';
import { ChannelRecords, type Connection, type DataSource, type DateRange, type EntityManager } from '@sesao28/kit';

export type ReportStatus = 'RECEIVED' | 'SCREENING' | 'INVESTIGATING' | 'REFERRED' | 'CLOSED_SUBSTANTIATED' | 'CLOSED_UNSUBSTANTIATED';

export interface NewReport {
  subjectTh: string;
  bodyTh: string;
  whoIsInvolved: string | null;
  whenOccurred: string | null;
  evidenceDescription: string | null;
  contact: string | null;
}

export interface ReportRow extends NewReport {
  id: string;
  code: string;
  status: ReportStatus;
  noteTh: string | null;
  receivedAt: Date;
  updatedAt: Date;
}

/** What the reporter sees once: the code and the PIN (never stored). */
export interface ReceiptModel {
  code: string;
  pin: string;
  receivedAt: Date;
}

export type ReportConnectionModel = Connection<ReportRow>;

/** A retry key as kept: its SHA-256 finds a retried report, and gives back neither the key nor the PIN made from it. */
const keyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

const COLUMNS = `r.id, r.code, r.subject_th AS "subjectTh", r.body_th AS "bodyTh", r.who_is_involved AS "whoIsInvolved",
  r.when_occurred AS "whenOccurred", r.evidence_description AS "evidenceDescription", r.contact, r.status,
  r.note_th AS "noteTh", r.received_at AS "receivedAt", r.updated_at AS "updatedAt"`;

/** Every query on misconduct reports; callers check who may read them (the confidential claim). */
export class ReportRepository extends ChannelRecords<ReportRow> {
  constructor(dataSource: DataSource, schemaName: string) {
    super(dataSource, schemaName, 'misconduct_report', COLUMNS);
  }

  async byIdempotencyKey(key: string): Promise<ReportRow | undefined> {
    const [row]: ReportRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.misconduct_report r WHERE r.idempotency_key_hash = $1`,
      [keyHash(key)],
    );
    return row;
  }

  async insert(report: NewReport, code: string, pinHash: string, idempotencyKey: string, manager: EntityManager): Promise<ReportRow> {
    const [row]: ReportRow[] = await manager.query(
      `INSERT INTO ${this.s}.misconduct_report AS r (code, pin_hash, subject_th, body_th, who_is_involved, when_occurred,
         evidence_description, contact, idempotency_key_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        code,
        pinHash,
        report.subjectTh,
        report.bodyTh,
        report.whoIsInvolved,
        report.whenOccurred,
        report.evidenceDescription,
        report.contact,
        keyHash(idempotencyKey),
      ],
    );
    return row!;
  }

  /** The report, its PIN hash and whether its follow-up is locked now, by its code. */
  async byCode(code: string): Promise<(ReportRow & { pinHash: string; locked: boolean }) | undefined> {
    const [row]: (ReportRow & { pinHash: string; locked: boolean })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, r.pin_hash AS "pinHash", coalesce(r.pin_locked_until > now(), false) AS locked
       FROM ${this.s}.misconduct_report r WHERE r.code = $1`,
      [code],
    );
    return row;
  }

  /** A wrong PIN: counted; the max-th in a row locks the follow-up for `lockMinutes` and starts the count again. */
  async pinFailed(id: string, max: number, lockMinutes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.s}.misconduct_report SET
         pin_locked_until = CASE WHEN pin_failures + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE pin_locked_until END,
         pin_failures = CASE WHEN pin_failures + 1 >= $2 THEN 0 ELSE pin_failures + 1 END
       WHERE id = $1`,
      [id, max, lockMinutes],
    );
  }

  /** The right PIN: the count of wrong ones starts again. */
  async pinSucceeded(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE ${this.s}.misconduct_report SET pin_failures = 0 WHERE id = $1 AND pin_failures > 0`, [id]);
  }

  /** Reports per status received in the range (all time without one): counts, never text. */
  countsByStatus(range: DateRange | null): Promise<{ status: ReportStatus; count: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM ${this.s}.misconduct_report
       WHERE $1::timestamptz IS NULL OR (received_at >= $1 AND received_at < $2) GROUP BY status ORDER BY status`,
      [range?.from ?? null, range?.before ?? null],
    );
  }
}
