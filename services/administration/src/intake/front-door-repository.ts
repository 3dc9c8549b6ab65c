import {
  NOTICE_COLUMNS,
  quoteIdent,
  remindBefore,
  type NotificationRow,
  type CaseTrackPayload,
  type DataSource,
  type EntityManager,
  type NotifyChannel,
} from '@sesao28/kit';
import { REMIND_WORKING_DAYS } from './reminders.js';
import type { Reach, UndeliveredNoticeRow } from './notifications.js';

export interface NewContact {
  name: string | null;
  email: string | null;
  phone: string | null;
  noticeVersion: string;
  minor: boolean;
  guardianConsent: boolean;
  notifyBy: NotifyChannel[];
  lineUserId: string | null;
  /** The signed-in submitter's pseudonymous participant key ("my cases"); null when not signed in. */
  submitterKey: string | null;
}

export interface ContactRow {
  caseId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  noticeVersion: string;
  consentedAt: Date;
  minor: boolean;
  notifyBy: NotifyChannel[];
  lineLinked: boolean;
}

export interface SubmissionRow {
  caseId: string;
  caseCode: string;
  requestHash: string;
  routedTo: string;
  submittedAt: Date;
}

export type TrackedStepRow = CaseTrackPayload['history'][number];

export interface TrackingRow {
  caseId: string;
  caseCode: string;
  unitCode: string;
  category: CaseTrackPayload['category'];
  status: CaseTrackPayload['status'];
  version: number;
  isPublic: boolean;
  receivedAt: Date;
  dueAcknowledgeAt: Date | null;
  dueAnswerAt: Date | null;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
  answer: string | null;
  answerEn: string | null;
  rejectedReason: string | null;
  history: CaseTrackPayload['history'];
  updatedAt: Date;
  /** In a public list: shown without its code. */
  listed?: boolean;
}

const TRACKING_COLUMNS = `case_id AS "caseId", case_code AS "caseCode", unit_code AS "unitCode", category, status, version,
  is_public AS "isPublic", received_at AS "receivedAt", due_acknowledge_at AS "dueAcknowledgeAt",
  due_answer_at AS "dueAnswerAt", acknowledged_at AS "acknowledgedAt", answered_at AS "answeredAt", answer,
  answer_en AS "answerEn", rejected_reason AS "rejectedReason", history, updated_at AS "updatedAt"`;

/** Every query of the front door. */
export class FrontDoorRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** Records a submission unless its idempotency key is known; returns the row that holds the key. */
  async claim(manager: EntityManager, row: Omit<SubmissionRow, 'submittedAt'> & { idempotencyKey: string }) {
    const inserted: SubmissionRow[] = await manager.query(
      `INSERT INTO ${this.s}.intake_submission (case_id, case_code, idempotency_key, request_hash, routed_to)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING case_id AS "caseId", case_code AS "caseCode", request_hash AS "requestHash", routed_to AS "routedTo", submitted_at AS "submittedAt"`,
      [row.caseId, row.caseCode, row.idempotencyKey, row.requestHash, row.routedTo],
    );
    if (inserted[0]) return { fresh: true, row: inserted[0] };
    const [existing]: SubmissionRow[] = await manager.query(
      `SELECT case_id AS "caseId", case_code AS "caseCode", request_hash AS "requestHash", routed_to AS "routedTo", submitted_at AS "submittedAt"
       FROM ${this.s}.intake_submission WHERE idempotency_key = $1`,
      [row.idempotencyKey],
    );
    return { fresh: false, row: existing! };
  }

  /** Keeps a new case's privacy key: its hash for good, its text for a retried submission's receipt. */
  async savePrivacyKey(manager: EntityManager, caseId: string, hash: string, key: string): Promise<void> {
    await manager.query(`UPDATE ${this.s}.intake_submission SET privacy_key_hash = $2, privacy_key_retry = $3 WHERE case_id = $1`, [
      caseId,
      hash,
      key,
    ]);
  }

  /** The key a retried submission's receipt shows again, while it is kept. */
  async retryKeyOf(manager: EntityManager, caseId: string): Promise<string | null> {
    const [row]: { key: string | null }[] = await manager.query(
      `SELECT privacy_key_retry AS key FROM ${this.s}.intake_submission WHERE case_id = $1`,
      [caseId],
    );
    return row?.key ?? null;
  }

  /** What proves a case is the asker's: the key's hash, and whether wrong tries have locked it. */
  async privacyGuard(caseId: string): Promise<{ hash: string | null; locked: boolean } | null> {
    const [row]: { hash: string | null; locked: boolean }[] = await this.dataSource.query(
      `SELECT privacy_key_hash AS hash, coalesce(privacy_locked_until > now(), false) AS locked
       FROM ${this.s}.intake_submission WHERE case_id = $1`,
      [caseId],
    );
    return row ?? null;
  }

  /** Counts a wrong key; the one that reaches the limit locks the case's self-service for a while. */
  async privacyFailure(caseId: string, maxFailures: number, lockMinutes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.s}.intake_submission
       SET privacy_failures = CASE WHEN privacy_failures + 1 >= $2 THEN 0 ELSE privacy_failures + 1 END,
           privacy_locked_until = CASE WHEN privacy_failures + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE privacy_locked_until END
       WHERE case_id = $1`,
      [caseId, maxFailures, lockMinutes],
    );
  }

  async privacySuccess(caseId: string): Promise<void> {
    await this.dataSource.query(`UPDATE ${this.s}.intake_submission SET privacy_failures = 0 WHERE case_id = $1 AND privacy_failures > 0`, [
      caseId,
    ]);
  }

  /** The keys' text goes once retries are over; only their hashes stay. */
  async forgetRetryKeys(hours: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE ${this.s}.intake_submission SET privacy_key_retry = NULL
       WHERE privacy_key_retry IS NOT NULL AND submitted_at < now() - make_interval(hours => $1)`,
      [hours],
    );
  }

  async saveContact(manager: EntityManager, caseId: string, contact: NewContact): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.s}.case_contact (case_id, name, email, phone, notice_version, is_minor, guardian_consent, notify_channels, line_user_id, submitter_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9, $10)`,
      [
        caseId,
        contact.name,
        contact.email,
        contact.phone,
        contact.noticeVersion,
        contact.minor,
        contact.guardianConsent,
        contact.notifyBy,
        contact.lineUserId,
        contact.submitterKey,
      ],
    );
  }

  /** A signed-in person's cases, newest first: those they gave contact details with (the link goes with them). */
  casesOf(submitterKey: string, first: number): Promise<TrackingRow[]> {
    return this.dataSource.query(
      // USING joins on case_id, the one column both tables have, so the tracking columns need no prefix.
      `SELECT ${TRACKING_COLUMNS}
       FROM ${this.s}.case_contact c JOIN ${this.s}.case_tracking t USING (case_id)
       WHERE c.submitter_key = $1 ORDER BY t.received_at DESC, case_id LIMIT $2`,
      [submitterKey, first],
    );
  }

  /** Where the submitter asked to be told (null: anonymous, or erased). */
  async reachOf(manager: EntityManager, caseId: string): Promise<Reach | null> {
    const [row]: Reach[] = await manager.query(
      `SELECT notify_channels AS channels, email, phone, line_user_id AS "lineUserId" FROM ${this.s}.case_contact WHERE case_id = $1`,
      [caseId],
    );
    return row ?? null;
  }

  /** The submitter's choice of channels, changed (only those whose address is kept count); returns the new choice. */
  async setChannels(manager: EntityManager, caseId: string, channels: readonly NotifyChannel[]): Promise<NotifyChannel[]> {
    // A CTE, so the driver hands back the row itself (an UPDATE's own answer is rows and a count).
    const [row]: { channels: NotifyChannel[] }[] = await manager.query(
      `WITH changed AS (
         UPDATE ${this.s}.case_contact SET notify_channels = ARRAY(
           SELECT c FROM unnest($2::text[]) AS c
           WHERE (c = 'EMAIL' AND email IS NOT NULL) OR (c = 'SMS' AND phone IS NOT NULL) OR (c = 'LINE' AND line_user_id IS NOT NULL))
         WHERE case_id = $1 RETURNING notify_channels AS channels)
       SELECT channels FROM changed`,
      [caseId, channels],
    );
    return row?.channels ?? [];
  }

  /** A unit's dead letters, newest first: what could not be told, about which case. */
  async undelivered(unitCode: string): Promise<UndeliveredNoticeRow[]> {
    const rows: (NotificationRow & { caseCode: string; case_id: string })[] = await this.dataSource.query(
      `SELECT t.case_code AS "caseCode", n.*
       FROM (SELECT case_id, ${NOTICE_COLUMNS} FROM ${this.s}.notification WHERE status = 'DEAD') n
       JOIN ${this.s}.case_tracking t USING (case_id)
       WHERE t.unit_code = $1 ORDER BY n."createdAt" DESC LIMIT 100`,
      [unitCode],
    );
    return rows.map(({ caseCode, case_id: _caseId, ...notice }) => ({ caseCode, notice }));
  }

  /** The tracking copy's state before an update, locked until the update commits. */
  async trackingStateForUpdate(
    manager: EntityManager,
    caseId: string,
  ): Promise<{ status: string; unitCode: string; version: number } | null> {
    const [row] = await manager.query(
      `SELECT status, unit_code AS "unitCode", version FROM ${this.s}.case_tracking WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    return row ?? null;
  }

  async contactOf(caseId: string): Promise<ContactRow | null> {
    const [row]: ContactRow[] = await this.dataSource.query(
      `SELECT case_id AS "caseId", name, email, phone, notice_version AS "noticeVersion", consented_at AS "consentedAt", is_minor AS minor,
         notify_channels AS "notifyBy", line_user_id IS NOT NULL AS "lineLinked"
       FROM ${this.s}.case_contact WHERE case_id = $1`,
      [caseId],
    );
    return row ?? null;
  }

  /** Erasure: the contact goes, the tracking copy loses every text. */
  async erase(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`DELETE FROM ${this.s}.case_contact WHERE case_id = $1`, [caseId]);
    await manager.query(
      `UPDATE ${this.s}.case_tracking SET answer = NULL, answer_en = NULL, rejected_reason = NULL, is_public = false, updated_at = now()
       WHERE case_id = $1`,
      [caseId],
    );
  }

  /** Retention: contact details older than their time are deleted. Returns how many. */
  async purgeContacts(now: Date, days: number, minorDays: number): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `DELETE FROM ${this.s}.case_contact
       WHERE consented_at < $1::timestamptz - ((CASE WHEN is_minor THEN $3 ELSE $2 END)::int * interval '1 day')
       RETURNING case_id`,
      [now, days, minorDays],
    );
    return rows.length;
  }

  /** Keeps the newest state of a case: an older or repeated copy changes nothing. */
  async upsertTracking(manager: EntityManager, t: CaseTrackPayload): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.s}.case_tracking AS t (case_id, case_code, unit_code, category, status, version, is_public,
         received_at, due_acknowledge_at, due_answer_at, acknowledged_at, answered_at, answer, answer_en, rejected_reason, history, updated_at, remind_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb, now(), $17)
       ON CONFLICT (case_id) DO UPDATE SET unit_code = EXCLUDED.unit_code, status = EXCLUDED.status, version = EXCLUDED.version,
         is_public = EXCLUDED.is_public, due_acknowledge_at = EXCLUDED.due_acknowledge_at, due_answer_at = EXCLUDED.due_answer_at,
         acknowledged_at = EXCLUDED.acknowledged_at, answered_at = EXCLUDED.answered_at, answer = EXCLUDED.answer,
         answer_en = EXCLUDED.answer_en, rejected_reason = EXCLUDED.rejected_reason, history = EXCLUDED.history, updated_at = now(),
         remind_at = EXCLUDED.remind_at
       WHERE t.version < EXCLUDED.version`,
      [
        t.caseId,
        t.caseCode,
        t.unitCode,
        t.category,
        t.status,
        t.version,
        t.isPublic,
        t.receivedAt,
        t.dueAcknowledgeAt,
        t.dueAnswerAt,
        t.acknowledgedAt,
        t.answeredAt,
        t.answer,
        t.answerEn,
        t.rejectedReason,
        JSON.stringify(t.history),
        t.dueAnswerAt ? remindBefore(new Date(t.dueAnswerAt), REMIND_WORKING_DAYS) : null,
      ],
    );
  }

  async trackingByCode(code: string): Promise<TrackingRow | null> {
    const [row]: TrackingRow[] = await this.dataSource.query(
      `SELECT ${TRACKING_COLUMNS} FROM ${this.s}.case_tracking WHERE case_code = $1`,
      [code],
    );
    return row ?? null;
  }

  publicAnswers(first: number): Promise<TrackingRow[]> {
    return this.dataSource.query(
      `SELECT ${TRACKING_COLUMNS} FROM ${this.s}.case_tracking
       WHERE is_public AND answered_at IS NOT NULL ORDER BY answered_at DESC, case_id LIMIT $1`,
      [first],
    );
  }
}
