import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { PlatformError } from '../../errors.js';
import type { AttachmentDraft } from './attachment-input.js';
import type { NoticeKind, NoticeText } from './notice-input.js';
import { type Cursor } from '../../pagination.js';

export interface NoticeRow extends NoticeText {
  id: string;
  activityId: string;
  publishedAt: Date;
  lastReviewedAt: Date;
  /** The unit's review interval when the row was read. */
  reviewIntervalDays: number;
  /** Set on rows that travelled from their unit to another (the office feed); else the unit's own. */
  unitCode?: string;
  /** Set on rows that travelled with their attachments; else loaded per request. */
  attachments?: AttachmentRow[];
}

/** An attachment without its bytes: lists never read them. */
export interface AttachmentRow {
  id: string;
  noticeId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  altTextTh: string | null;
  altTextEn: string | null;
  createdAt: Date;
  /** Set where the rows are read (the download path names the unit). */
  unitCode?: string;
}

export interface AttachmentFile {
  fileName: string;
  mimeType: string;
  sha256: string;
  content: Buffer;
}

export interface NoticeQuery {
  kinds?: readonly NoticeKind[] | null;
}

/** One statement per call; the write of a notice and its activity is the caller's transaction. */
export class NoticeRepository {
  private readonly s: string;
  private readonly columns: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.columns = `n.id, n.activity_id AS "activityId", n.kind, n.title_th AS "titleTh", n.title_en AS "titleEn",
      n.body_th AS "bodyTh", n.body_en AS "bodyEn", n.published_at AS "publishedAt", n.last_reviewed_at AS "lastReviewedAt",
      (SELECT review_interval_days FROM ${this.s}.unit_setting) AS "reviewIntervalDays"`;
  }

  private static readonly ATTACHMENT_COLUMNS = `a.id, a.notice_id AS "noticeId", a.file_name AS "fileName", a.mime_type AS "mimeType",
    a.size_bytes AS "sizeBytes", a.sha256, a.alt_text_th AS "altTextTh", a.alt_text_en AS "altTextEn", a.created_at AS "createdAt"`;

  /**
   * The notice on its (just created) activity. Published and reviewed now by the database
   * clock, to the millisecond, so a page cursor (milliseconds) names its row exactly.
   */
  async insert(activityId: string, text: NoticeText, manager: EntityManager): Promise<NoticeRow> {
    const [row]: NoticeRow[] = await manager.query(
      `INSERT INTO ${this.s}.notice AS n (activity_id, kind, title_th, title_en, body_th, body_en, published_at, last_reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, date_trunc('milliseconds', now()), date_trunc('milliseconds', now()))
       RETURNING ${this.columns}`,
      [activityId, text.kind, text.titleTh, text.titleEn, text.bodyTh, text.bodyEn],
    );
    return row!;
  }

  /** New text, which counts as a review; null when there is no such notice. */
  async revise(id: string, text: NoticeText, manager: EntityManager): Promise<NoticeRow | null> {
    if (!isUuid(id)) return null;
    const [rows]: [NoticeRow[], number] = await manager.query(
      `UPDATE ${this.s}.notice AS n SET kind = $2, title_th = $3, title_en = $4, body_th = $5, body_en = $6,
         last_reviewed_at = greatest(now(), n.published_at)
       WHERE n.id = $1 RETURNING ${this.columns}`,
      [id, text.kind, text.titleTh, text.titleEn, text.bodyTh, text.bodyEn],
    );
    return rows[0] ?? null;
  }

  /** Confirms the text is still correct: reviewed now. */
  async markReviewed(id: string): Promise<NoticeRow> {
    const [rows]: [NoticeRow[], number] = isUuid(id)
      ? await this.dataSource.query(
          `UPDATE ${this.s}.notice AS n SET last_reviewed_at = greatest(now(), n.published_at) WHERE n.id = $1 RETURNING ${this.columns}`,
          [id],
        )
      : [[], 0];
    if (!rows[0]) throw new PlatformError('NOTICE_NOT_FOUND', {}, 'id');
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<NoticeRow[]> {
    return this.dataSource.query(`SELECT ${this.columns} FROM ${this.s}.notice n WHERE n.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest published first, after a keyset position; `limit` rows at most (callers ask one extra for hasNextPage). */
  page(query: NoticeQuery, after: Cursor | null, limit: number): Promise<NoticeRow[]> {
    return this.dataSource.query(
      `SELECT ${this.columns} FROM ${this.s}.notice n
       WHERE ($1::text[] IS NULL OR n.kind = ANY($1)) AND ($2::timestamptz IS NULL OR (n.published_at, n.id) < ($2, $3::uuid))
       ORDER BY n.published_at DESC, n.id DESC LIMIT $4`,
      [query.kinds?.length ? query.kinds : null, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  async count(query: NoticeQuery): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.s}.notice WHERE ($1::text[] IS NULL OR kind = ANY($1))`,
      [query.kinds?.length ? query.kinds : null],
    );
    return row!.n;
  }

  /** Attachments (no bytes) of many notices, oldest first, in one statement. */
  attachmentsOf(noticeIds: readonly string[]): Promise<AttachmentRow[]> {
    return this.dataSource.query(
      `SELECT ${NoticeRepository.ATTACHMENT_COLUMNS} FROM ${this.s}.notice_attachment a
       WHERE a.notice_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
      [noticeIds],
    );
  }

  /** Stores a checked file on its notice, in one statement; NOTICE_NOT_FOUND when there is no such notice. */
  async addAttachment(noticeId: string, file: AttachmentDraft): Promise<AttachmentRow> {
    const [row]: AttachmentRow[] = isUuid(noticeId)
      ? await this.dataSource.query(
          `INSERT INTO ${this.s}.notice_attachment AS a (notice_id, file_name, mime_type, size_bytes, sha256, alt_text_th, alt_text_en, content)
           SELECT n.id, $2, $3, $4, $5, $6, $7, $8 FROM ${this.s}.notice n WHERE n.id = $1
           RETURNING ${NoticeRepository.ATTACHMENT_COLUMNS}`,
          [noticeId, file.fileName, file.mimeType, file.sizeBytes, file.sha256, file.altTextTh, file.altTextEn, file.content],
        )
      : [];
    if (!row) throw new PlatformError('NOTICE_NOT_FOUND', {}, 'noticeId');
    return row;
  }

  /** One file with its bytes (the download), or null. */
  async attachmentFile(id: string): Promise<AttachmentFile | null> {
    if (!isUuid(id)) return null;
    const [row]: AttachmentFile[] = await this.dataSource.query(
      `SELECT file_name AS "fileName", mime_type AS "mimeType", sha256, content FROM ${this.s}.notice_attachment WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
