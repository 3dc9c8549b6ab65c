import type { DataSource } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import type { ConsultationKind, NewConsultation } from './consultation-input.js';
import { windowParams } from './window.js';
import { notHeld } from '../moderation/moderation-repository.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import { type PageRequest } from '../../pagination.js';

export type ConsultationStatus = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'SUMMARY_PUBLISHED';

export interface ConsultationRow extends NewConsultation {
  id: string;
  minutesTh: string | null;
  summaryTh: string | null;
  summaryEn: string | null;
  summaryPublishedAt: Date | null;
  createdAt: Date;
  /** By the database clock at the time of the query. */
  status: ConsultationStatus;
}

export interface ConsultationCommentRow {
  id: string;
  consultationId: string;
  body: string;
  authorName: string | null;
  createdAt: Date;
}

export interface ConsultationQuery {
  openOnly?: boolean | null;
  kind?: ConsultationKind | null;
}

export interface NewComment {
  consultationId: string;
  body: string;
  authorName: string | null;
  idempotencyKey: string;
  /** Who commented (activities/participants.ts), counted on the consultation's activity. */
  participantKey: string;
}

/** Open while now() is in [opens_at, closes_at): the one rule, in SQL, by the database clock. */
const OPEN_NOW = 'now() >= c.opens_at AND now() < c.closes_at';

const COLUMNS = `c.id, c.title_th AS "titleTh", c.title_en AS "titleEn", c.description_th AS "descriptionTh",
  c.description_en AS "descriptionEn", c.kind, c.opens_at AS "opensAt", c.closes_at AS "closesAt",
  c.hearing_at AS "hearingAt", c.place, c.minutes_th AS "minutesTh", c.summary_th AS "summaryTh",
  c.summary_en AS "summaryEn", c.summary_published_at AS "summaryPublishedAt", c.activity_id AS "activityId",
  c.created_at AS "createdAt",
  CASE WHEN c.summary_published_at IS NOT NULL THEN 'SUMMARY_PUBLISHED' WHEN now() < c.opens_at THEN 'UPCOMING'
       WHEN now() < c.closes_at THEN 'OPEN' ELSE 'CLOSED' END AS status`;

const COMMENT_COLUMNS = `k.id, k.consultation_id AS "consultationId", k.body, k.author_name AS "authorName", k.created_at AS "createdAt"`;

const isForeignKeyViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === '23503';

/** Every query on a unit's consultations and their comments. */
export class ConsultationRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  async create(values: NewConsultation): Promise<ConsultationRow> {
    try {
      const [row]: ConsultationRow[] = await this.dataSource.query(
        `INSERT INTO ${this.s}.consultation AS c (title_th, title_en, description_th, description_en, kind, opens_at,
           closes_at, hearing_at, place, activity_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
        [
          values.titleTh,
          values.titleEn,
          values.descriptionTh,
          values.descriptionEn,
          values.kind,
          values.opensAt,
          values.closesAt,
          values.hearingAt,
          values.place,
          values.activityId,
        ],
      );
      return row!;
    } catch (error) {
      if (isForeignKeyViolation(error)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
      throw error;
    }
  }

  /** The consultation, or CONSULTATION_NOT_FOUND. */
  async get(id: string, field = 'id'): Promise<ConsultationRow> {
    const row = isUuid(id) ? (await this.byIds([id]))[0] : undefined;
    if (!row) throw new PlatformError('CONSULTATION_NOT_FOUND', {}, field);
    return row;
  }

  byIds(ids: readonly string[]): Promise<ConsultationRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.consultation c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  private where(filter: ConsultationQuery): string {
    return `($1::text IS NULL OR c.kind = $1)${filter.openOnly ? ` AND ${OPEN_NOW}` : ''}`;
  }

  /** Newest opening first; one extra row tells whether a next page exists. */
  page(filter: ConsultationQuery, page: PageRequest): Promise<ConsultationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.consultation c
       WHERE ${this.where(filter)} AND ($2::timestamptz IS NULL OR (c.opens_at, c.id) < ($2, $3::uuid))
       ORDER BY c.opens_at DESC, c.id DESC LIMIT $4`,
      [filter.kind ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  async count(filter: ConsultationQuery): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.s}.consultation c WHERE ${this.where(filter)}`,
      [filter.kind ?? null],
    );
    return row!.n;
  }

  /** Stops taking comments now; an OPEN consultation only. */
  async close(id: string): Promise<ConsultationRow> {
    const [row] = await this.update(id, `closes_at = now()`, `${OPEN_NOW} AND c.summary_published_at IS NULL`, []);
    if (row) return row;
    throw new PlatformError('CONSULTATION_NOT_OPEN', windowParams(await this.get(id)), 'id');
  }

  async recordMinutes(id: string, minutesTh: string): Promise<ConsultationRow> {
    const [row] = await this.update(id, `minutes_th = $2`, `c.kind = 'FORMAL_HEARING'`, [minutesTh]);
    if (row) return row;
    await this.get(id);
    throw new PlatformError('CONSULTATION_NOT_HEARING', {}, 'id');
  }

  /** Publishes (or corrects) what the unit heard; only once the consultation has closed. */
  async publishSummary(id: string, summaryTh: string, summaryEn: string | null): Promise<ConsultationRow> {
    const [row] = await this.update(id, `summary_th = $2, summary_en = $3, summary_published_at = now()`, `now() >= c.closes_at`, [
      summaryTh,
      summaryEn,
    ]);
    if (row) return row;
    throw new PlatformError('CONSULTATION_NOT_CLOSED', windowParams(await this.get(id)), 'id');
  }

  /** One conditional UPDATE; no row back means the consultation is missing or the condition failed. */
  private async update(id: string, set: string, condition: string, params: unknown[]): Promise<ConsultationRow[]> {
    if (!isUuid(id)) throw new PlatformError('CONSULTATION_NOT_FOUND', {}, 'id');
    const [rows]: [ConsultationRow[], number] = await this.dataSource.query(
      `UPDATE ${this.s}.consultation AS c SET ${set} WHERE c.id = $1 AND ${condition} RETURNING ${COLUMNS}`,
      [id, ...params],
    );
    return rows;
  }

  /**
   * A comment, in one statement that also checks the window by the database clock.
   * A retry with the same key returns the first comment; the same key for a different
   * comment is refused.
   */
  async comment(values: NewComment): Promise<ConsultationCommentRow> {
    if (!isUuid(values.consultationId)) throw new PlatformError('CONSULTATION_NOT_FOUND', {}, 'consultationId');
    // The commenter joins the consultation's activity in the same statement (so in the same
    // transaction); a retry inserts no comment, so it adds no participant either.
    const [row]: ConsultationCommentRow[] = await this.dataSource.query(
      `WITH k AS (
         INSERT INTO ${this.s}.consultation_comment AS k (consultation_id, body, author_name, idempotency_key)
         SELECT c.id, $2, $3, $4 FROM ${this.s}.consultation c WHERE c.id = $1 AND ${OPEN_NOW}
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING ${COMMENT_COLUMNS}
       ), joined AS (
         INSERT INTO ${this.s}.activity_participant (activity_id, participant_key)
         SELECT c.activity_id, $5 FROM k JOIN ${this.s}.consultation c ON c.id = k."consultationId"
         WHERE c.activity_id IS NOT NULL
         ON CONFLICT DO NOTHING
       )
       SELECT * FROM k`,
      [values.consultationId, values.body, values.authorName, values.idempotencyKey, values.participantKey],
    );
    if (row) return row;
    const [first]: ConsultationCommentRow[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM ${this.s}.consultation_comment k WHERE k.idempotency_key = $1`,
      [values.idempotencyKey],
    );
    if (first) {
      const same = first.consultationId === values.consultationId && first.body === values.body && first.authorName === values.authorName;
      if (!same) throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
      return first;
    }
    const consultation = await this.get(values.consultationId, 'consultationId');
    throw new PlatformError('CONSULTATION_NOT_OPEN', windowParams(consultation), 'consultationId');
  }

  /** Comments per consultation, for many consultations in one statement (those the unit holds for approval not yet). */
  async commentCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows: { id: string; n: number }[] = await this.dataSource.query(
      `SELECT consultation_id AS id, count(*)::int AS n FROM ${this.s}.consultation_comment k
       WHERE consultation_id = ANY($1::uuid[]) AND ${notHeld(this.s, 'CONSULTATION_COMMENT', 'k.id')} GROUP BY consultation_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  /** The same page of comments (oldest first) of many consultations, in one statement; held ones show once approved. */
  async commentPages(ids: readonly string[], page: PageRequest): Promise<Map<string, ConsultationCommentRow[]>> {
    const rows: ConsultationCommentRow[] = await this.dataSource.query(
      `SELECT id, "consultationId", body, "authorName", "createdAt" FROM (
         SELECT ${COMMENT_COLUMNS},
           row_number() OVER (PARTITION BY k.consultation_id ORDER BY k.created_at, k.id) AS rn
         FROM ${this.s}.consultation_comment k
         WHERE k.consultation_id = ANY($1::uuid[])
           AND ($2::timestamptz IS NULL OR (k.created_at, k.id) > ($2, $3::uuid))
           AND ${notHeld(this.s, 'CONSULTATION_COMMENT', 'k.id')}
       ) page WHERE rn <= $4 ORDER BY "createdAt", id`,
      [ids, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
    const out = new Map<string, ConsultationCommentRow[]>();
    for (const row of rows) out.set(row.consultationId, [...(out.get(row.consultationId) ?? []), row]);
    return out;
  }
}
