import { quoteIdent, type Connection, type DataSource, type EntityManager, type PageRequest, type StoredSubmission } from '@sesao28/kit';
import type { NewPartner } from './partner-repository.js';

export const PARTNER_APPLICATION_STATUSES = ['RECEIVED', 'ACCEPTED', 'DECLINED'] as const;

export type PartnerApplicationStatus = (typeof PARTNER_APPLICATION_STATUSES)[number];

/** The longest e-mail address a mail server takes (RFC 5321). */
export const PARTNER_CONTACT_EMAIL_MAX = 254;

/** What an organisation sends, checked whole before anything is written. */
export interface NewPartnerApplication extends NewPartner {
  message: string;
  contactName: string;
  contactEmail: string;
}

export interface PartnerApplicationRow {
  id: string;
  nameTh: string;
  nameEn: string | null;
  kind: NewPartner['kind'];
  province: string;
  /** Null once retention has cleared them. */
  message: string | null;
  contactName: string | null;
  contactEmail: string | null;
  status: PartnerApplicationStatus;
  declineReason: string | null;
  partnerId: string | null;
  receivedAt: Date;
  decidedAt: Date | null;
}

export type PartnerApplicationConnectionModel = Connection<PartnerApplicationRow>;

const COLUMNS = `a.id, a.name_th AS "nameTh", a.name_en AS "nameEn", a.kind, a.province, a.message,
  a.contact_name AS "contactName", a.contact_email AS "contactEmail", a.status, a.decline_reason AS "declineReason",
  a.partner_id AS "partnerId", a.received_at AS "receivedAt", a.decided_at AS "decidedAt"`;

/** Every query of the applications to become a partner; callers check who may read and decide. */
export class PartnerApplicationRepository {
  private readonly s: string;

  constructor(
    private readonly dataSource: DataSource,
    schemaName: string,
  ) {
    this.s = quoteIdent(schemaName);
  }

  /** The new application, or nothing when its idempotency key is taken already. */
  async insert(values: NewPartnerApplication, idempotencyKey: string, requestHash: string): Promise<PartnerApplicationRow | undefined> {
    const [row]: PartnerApplicationRow[] = await this.dataSource.query(
      `INSERT INTO ${this.s}.partner_application AS a (name_th, name_en, kind, province, message, contact_name, contact_email,
         idempotency_key, request_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        values.nameTh,
        values.nameEn,
        values.kind,
        values.province,
        values.message,
        values.contactName,
        values.contactEmail,
        idempotencyKey,
        requestHash,
      ],
    );
    return row;
  }

  async byKey(idempotencyKey: string): Promise<StoredSubmission<PartnerApplicationRow> | undefined> {
    const [found]: (PartnerApplicationRow & { requestHash: string | null })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, a.request_hash AS "requestHash" FROM ${this.s}.partner_application a WHERE a.idempotency_key = $1`,
      [idempotencyKey],
    );
    if (!found) return undefined;
    const { requestHash, ...row } = found;
    // Past retention the hash is gone with the contact: nothing can match it any more.
    return { row, requestHash: requestHash ?? '' };
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PartnerApplicationRow | undefined> {
    const [row]: PartnerApplicationRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.s}.partner_application a WHERE a.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row;
  }

  page(status: PartnerApplicationStatus | null | undefined, page: PageRequest): Promise<PartnerApplicationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.partner_application a
       WHERE ($1::text IS NULL OR a.status = $1)
         AND ($2::timestamptz IS NULL OR (a.received_at, a.id) < ($2, $3::uuid))
       ORDER BY a.received_at DESC, a.id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** Marks a locked, still RECEIVED application accepted with its new partner (the caller's transaction). */
  async markAccepted(id: string, partnerId: string, manager: EntityManager): Promise<PartnerApplicationRow> {
    const [row]: PartnerApplicationRow[] = await manager.query(
      `WITH decided AS (
         UPDATE ${this.s}.partner_application a SET status = 'ACCEPTED', partner_id = $2, decided_at = now(), updated_at = now()
         WHERE a.id = $1 AND a.status = 'RECEIVED' RETURNING ${COLUMNS})
       SELECT * FROM decided`,
      [id, partnerId],
    );
    if (!row) throw new Error(`partner application ${id} was not RECEIVED under its lock`);
    return row;
  }

  /** Declines a RECEIVED application; nothing back when there is none such (unknown or decided already). */
  async decline(id: string, reason: string): Promise<PartnerApplicationRow | undefined> {
    const [row]: PartnerApplicationRow[] = await this.dataSource.query(
      `WITH decided AS (
         UPDATE ${this.s}.partner_application a SET status = 'DECLINED', decline_reason = $2, decided_at = now(), updated_at = now()
         WHERE a.id = $1 AND a.status = 'RECEIVED' RETURNING ${COLUMNS})
       SELECT * FROM decided`,
      [id, reason],
    );
    return row;
  }
}
