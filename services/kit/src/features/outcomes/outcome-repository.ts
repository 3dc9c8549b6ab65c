import type { DataSource } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { PageRequest } from '../../pagination.js';

export type OutcomeStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE';
export type RecordKind = 'CASE' | 'CONSULTATION' | 'SURVEY';

export interface OutcomeRow {
  id: string;
  topicTh: string;
  topicEn: string | null;
  participantsTh: string;
  resultsTh: string;
  improvementTh: string;
  improvementEn: string | null;
  status: OutcomeStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface RecordRef {
  kind: RecordKind;
  unitCode: string;
  id: string;
}

export interface OutcomeProgressRow {
  outcomeId: string;
  at: Date;
  status: OutcomeStatus;
  noteTh: string;
}

/** A unit's own record as an outcome shows it. */
export interface LinkedRecordRow {
  kind: RecordKind;
  id: string;
  unitCode: string;
  titleTh: string;
  status: string;
  at: Date | null;
}

const OUTCOME_COLUMNS = `id, topic_th AS "topicTh", topic_en AS "topicEn", participants_th AS "participantsTh",
  results_th AS "resultsTh", improvement_th AS "improvementTh", improvement_en AS "improvementEn", status,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const CATEGORY_TH: Record<string, string> = {
  OPINION: 'ความคิดเห็น',
  SUGGESTION: 'ข้อเสนอแนะ',
  QUESTION: 'คำถาม',
  COMPLAINT: 'เรื่องร้องเรียน',
  COMPLIMENT: 'คำชมเชย',
};

/** Every query on outcomes and on the unit's records that outcomes link to. */
export class OutcomeRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The outcome, its links and its first progress report: one transaction. */
  async create(values: Omit<OutcomeRow, 'id' | 'createdAt' | 'updatedAt'>, links: RecordRef[]): Promise<OutcomeRow> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: OutcomeRow[] = await manager.query(
        `INSERT INTO ${this.s}.outcome (topic_th, topic_en, participants_th, results_th, improvement_th, improvement_en, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${OUTCOME_COLUMNS}`,
        [
          values.topicTh,
          values.topicEn,
          values.participantsTh,
          values.resultsTh,
          values.improvementTh,
          values.improvementEn,
          values.status,
        ],
      );
      if (links.length) {
        await manager.query(
          `INSERT INTO ${this.s}.outcome_link (outcome_id, position, kind, unit_code, record_id)
           SELECT $1, ord, kind, unit_code, record_id::uuid
           FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS l(kind, unit_code, record_id, ord)
           ON CONFLICT DO NOTHING`,
          [row!.id, links.map((l) => l.kind), links.map((l) => l.unitCode), links.map((l) => l.id)],
        );
      }
      await manager.query(`INSERT INTO ${this.s}.outcome_progress (outcome_id, status, note_th) VALUES ($1, $2, $3)`, [
        row!.id,
        values.status,
        'บันทึกผลการนำความคิดเห็นไปใช้',
      ]);
      return row!;
    });
  }

  async report(id: string, status: OutcomeStatus, noteTh: string): Promise<OutcomeRow | null> {
    return this.dataSource.transaction(async (manager) => {
      const [updated]: [OutcomeRow[], number] = await manager.query(
        `UPDATE ${this.s}.outcome SET status = $2, updated_at = now() WHERE id = $1 RETURNING ${OUTCOME_COLUMNS}`,
        [id, status],
      );
      const row = updated[0];
      if (!row) return null;
      await manager.query(`INSERT INTO ${this.s}.outcome_progress (outcome_id, status, note_th) VALUES ($1, $2, $3)`, [id, status, noteTh]);
      return row;
    });
  }

  page(status: OutcomeStatus | null | undefined, page: PageRequest): Promise<OutcomeRow[]> {
    return this.dataSource.query(
      `SELECT ${OUTCOME_COLUMNS} FROM ${this.s}.outcome
       WHERE ($1::text IS NULL OR status = $1)
         AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  byIds(ids: readonly string[]): Promise<OutcomeRow[]> {
    return this.dataSource.query(`SELECT ${OUTCOME_COLUMNS} FROM ${this.s}.outcome WHERE id = ANY($1::uuid[])`, [ids]);
  }

  linksOf(ids: readonly string[]): Promise<(RecordRef & { outcomeId: string })[]> {
    return this.dataSource.query(
      `SELECT outcome_id AS "outcomeId", kind, unit_code AS "unitCode", record_id AS id
       FROM ${this.s}.outcome_link WHERE outcome_id = ANY($1::uuid[]) ORDER BY outcome_id, position`,
      [ids],
    );
  }

  progressOf(ids: readonly string[]): Promise<OutcomeProgressRow[]> {
    return this.dataSource.query(
      `SELECT outcome_id AS "outcomeId", at, status, note_th AS "noteTh"
       FROM ${this.s}.outcome_progress WHERE outcome_id = ANY($1::uuid[]) ORDER BY at, id`,
      [ids],
    );
  }

  /**
   * The unit's own records by kind and id, in one statement. A case shows its category
   * and a short reference only: its text may name people, and its code is its submitter's key.
   */
  async records(refs: readonly { kind: RecordKind; id: string }[], unitCode: string): Promise<LinkedRecordRow[]> {
    const ids = (kind: RecordKind) => refs.filter((r) => r.kind === kind).map((r) => r.id);
    const rows: (Omit<LinkedRecordRow, 'unitCode' | 'titleTh'> & { title: string; category: string | null })[] =
      await this.dataSource.query(
        `SELECT 'CASE' AS kind, id, '#' || left(id::text, 8) AS title, category, status, received_at AS at
         FROM ${this.s}.feedback WHERE id = ANY($1::uuid[]) AND transferred_to IS NULL
       UNION ALL
       SELECT 'CONSULTATION', id, title_th, NULL, CASE WHEN summary_published_at IS NOT NULL THEN 'SUMMARY_PUBLISHED'
           WHEN now() < opens_at THEN 'UPCOMING' WHEN now() < closes_at THEN 'OPEN' ELSE 'CLOSED' END, opens_at
         FROM ${this.s}.consultation WHERE id = ANY($2::uuid[])
       UNION ALL
       SELECT 'SURVEY', id, title_th, NULL, CASE WHEN now() < opens_at THEN 'UPCOMING' WHEN now() < closes_at THEN 'OPEN' ELSE 'CLOSED' END, opens_at
         FROM ${this.s}.survey WHERE id = ANY($3::uuid[])`,
        [ids('CASE'), ids('CONSULTATION'), ids('SURVEY')],
      );
    return rows.map(({ title, category, ...row }) => ({
      ...row,
      unitCode,
      titleTh: row.kind === 'CASE' ? `${CATEGORY_TH[category ?? ''] ?? 'เรื่อง'} ${title}`.trim() : title,
    }));
  }
}
