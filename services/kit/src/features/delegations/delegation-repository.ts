import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { DelegationOutcome, DelegationReviewRow, DelegationRow, NewDelegation } from './types.js';
import { PlatformError } from '../../errors.js';
import { type PageRequest } from '../../pagination.js';

const COLUMNS = `d.id, d.scope_th AS "scopeTh", d.scope_en AS "scopeEn", d.delegate_name AS "delegateName",
  d.partner_id AS "partnerId", to_char(d.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(d.review_on, 'YYYY-MM-DD') AS "reviewOn",
  d.status, d.activity_id AS "activityId", d.created_at AS "createdAt"`;

const REVIEW_COLUMNS = `r.id, r.delegation_id AS "delegationId", r.outcome, r.note_th AS "noteTh",
  to_char(r.next_review_on, 'YYYY-MM-DD') AS "nextReviewOn", r.reviewed_at AS "reviewedAt"`;

/** `today` (YYYY-MM-DD, Bangkok) comes from empower/delegation-input.ts's rule, so the filter and Delegation.reviewDue agree. */
const DUE = (param: string) => `d.status = 'ACTIVE' AND d.review_on < ${param}::date`;

/** Every query on the decisions a unit delegated and their reviews. */
export class DelegationRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** In the caller's transaction, which also wrote the activity. */
  async insert(values: NewDelegation, activityId: string, manager: EntityManager): Promise<DelegationRow> {
    const [row]: DelegationRow[] = await manager.query(
      `INSERT INTO ${this.s}.delegation AS d (scope_th, scope_en, delegate_name, partner_id, starts_on, review_on, activity_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [values.scopeTh, values.scopeEn, values.delegateName, values.partnerId, values.startsOn, values.reviewOn, activityId],
    );
    return row!;
  }

  /** The delegation, or DELEGATION_NOT_FOUND; locked for the caller's transaction when given one. */
  async get(id: string, manager?: EntityManager): Promise<DelegationRow> {
    const rows: DelegationRow[] = isUuid(id)
      ? await (manager ?? this.dataSource).query(
          `SELECT ${COLUMNS} FROM ${this.s}.delegation d WHERE d.id = $1${manager ? ' FOR UPDATE' : ''}`,
          [id],
        )
      : [];
    if (!rows[0]) throw new PlatformError('DELEGATION_NOT_FOUND', {}, 'id');
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<DelegationRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.delegation d WHERE d.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first; with `dueOnly`, those whose review date has passed by `today`. */
  page(dueOnly: boolean, today: string, page: PageRequest): Promise<DelegationRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.delegation d
       WHERE (NOT $1 OR ${DUE('$2')}) AND ($3::timestamptz IS NULL OR (d.created_at, d.id) < ($3, $4::uuid))
       ORDER BY d.created_at DESC, d.id DESC LIMIT $5`,
      [dueOnly, today, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  async count(dueOnly: boolean, today: string): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.s}.delegation d WHERE NOT $1 OR ${DUE('$2')}`,
      [dueOnly, today],
    );
    return row!.n;
  }

  /** A review and its effect (the next review date, or the end), in the caller's transaction. */
  async review(
    id: string,
    outcome: DelegationOutcome,
    noteTh: string,
    nextReviewOn: string | null,
    manager: EntityManager,
  ): Promise<DelegationRow> {
    await manager.query(
      `INSERT INTO ${this.s}.delegation_review (delegation_id, outcome, note_th, next_review_on) VALUES ($1, $2, $3, $4)`,
      [id, outcome, noteTh, nextReviewOn],
    );
    const [rows]: [DelegationRow[], number] = await manager.query(
      `UPDATE ${this.s}.delegation AS d SET review_on = coalesce($2::date, d.review_on),
         status = CASE WHEN $3 = 'REVOKE' THEN 'REVOKED' ELSE d.status END
       WHERE d.id = $1 RETURNING ${COLUMNS}`,
      [id, nextReviewOn, outcome],
    );
    return rows[0]!;
  }

  /** Reviews of many delegations in one statement, oldest first. */
  async reviewsOf(ids: readonly string[]): Promise<Map<string, DelegationReviewRow[]>> {
    const rows: DelegationReviewRow[] = await this.dataSource.query(
      `SELECT ${REVIEW_COLUMNS} FROM ${this.s}.delegation_review r WHERE r.delegation_id = ANY($1::uuid[])
       ORDER BY r.reviewed_at, r.id`,
      [ids],
    );
    const out = new Map<string, DelegationReviewRow[]>();
    for (const row of rows) out.set(row.delegationId, [...(out.get(row.delegationId) ?? []), row]);
    return out;
  }
}
