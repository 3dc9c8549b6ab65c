import {
  newTrackingCode,
  quoteIdent,
  unitSchemaOf,
  type Connection,
  type DataSource,
  type PageRequest,
  type StoredSubmission,
} from '@sesao28/kit';
import { ICT_CODE_PREFIX, type IctCategory, type IctRequestStatus } from './ict-request-rules.js';

export interface IctRequestRow {
  id: string;
  code: string;
  schoolName: string;
  schoolCode: string | null;
  contactName: string | null;
  category: IctCategory;
  descriptionTh: string;
  status: IctRequestStatus;
  receivedAt: Date;
  updatedAt: Date;
}

export interface IctRequestNoteRow {
  requestId: string;
  status: IctRequestStatus;
  noteTh: string;
  at: Date;
}

export type IctRequestConnectionModel = Connection<IctRequestRow>;

export type NewIctRequest = Pick<IctRequestRow, 'schoolName' | 'schoolCode' | 'contactName' | 'category' | 'descriptionTh'>;

const COLUMNS = `r.id, r.code, r.school_name AS "schoolName", r.school_code AS "schoolCode", r.contact_name AS "contactName",
  r.category, r.description_th AS "descriptionTh", r.status, r.received_at AS "receivedAt", r.updated_at AS "updatedAt"`;

/** Every query of the ICT help desk. */
export class IctRequestRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** The new request, or nothing when its idempotency key is taken already. */
  async insert(values: NewIctRequest, idempotencyKey: string, requestHash: string): Promise<IctRequestRow | undefined> {
    const [row]: IctRequestRow[] = await this.dataSource.query(
      `INSERT INTO ${this.s}.ict_request AS r (code, school_name, school_code, contact_name, category, description_th,
         idempotency_key, request_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        newTrackingCode(ICT_CODE_PREFIX),
        values.schoolName,
        values.schoolCode,
        values.contactName,
        values.category,
        values.descriptionTh,
        idempotencyKey,
        requestHash,
      ],
    );
    return row;
  }

  async byKey(idempotencyKey: string): Promise<StoredSubmission<IctRequestRow> | undefined> {
    const [found]: (IctRequestRow & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, r.request_hash AS "requestHash" FROM ${this.s}.ict_request r WHERE r.idempotency_key = $1`,
      [idempotencyKey],
    );
    if (!found) return undefined;
    const { requestHash, ...row } = found;
    return { row, requestHash };
  }

  async byCode(code: string): Promise<IctRequestRow | undefined> {
    const [row]: IctRequestRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.ict_request r WHERE r.code = $1`, [code]);
    return row;
  }

  byIds(ids: readonly string[]): Promise<IctRequestRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.ict_request r WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first; one extra row tells whether a next page exists. */
  page(status: IctRequestStatus | null | undefined, page: PageRequest): Promise<IctRequestRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.ict_request r
       WHERE ($1::text IS NULL OR r.status = $1)
         AND ($2::timestamptz IS NULL OR (r.received_at, r.id) < ($2, $3::uuid))
       ORDER BY r.received_at DESC, r.id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /**
   * Moves a request and writes the note, in one transaction; the row is locked so two
   * staff moving it at once are checked one after the other.
   */
  move(id: string, check: (from: IctRequestStatus) => void, to: IctRequestStatus, noteTh: string): Promise<IctRequestRow | undefined> {
    return this.dataSource.transaction(async (manager) => {
      const [current]: IctRequestRow[] = await manager.query(`SELECT ${COLUMNS} FROM ${this.s}.ict_request r WHERE r.id = $1 FOR UPDATE`, [
        id,
      ]);
      if (!current) return undefined;
      check(current.status);
      const [[row]]: [IctRequestRow[], number] = await manager.query(
        `UPDATE ${this.s}.ict_request r SET status = $2, updated_at = now() WHERE r.id = $1 RETURNING ${COLUMNS}`,
        [id, to],
      );
      await manager.query(`INSERT INTO ${this.s}.ict_request_note (request_id, status, note_th) VALUES ($1, $2, $3)`, [id, to, noteTh]);
      return row;
    });
  }

  /** Notes of many requests in one statement, oldest first. */
  notesOf(requestIds: readonly string[]): Promise<IctRequestNoteRow[]> {
    return this.dataSource.query(
      `SELECT request_id AS "requestId", status, note_th AS "noteTh", at FROM ${this.s}.ict_request_note
       WHERE request_id = ANY($1::uuid[]) ORDER BY at, id`,
      [requestIds],
    );
  }
}
