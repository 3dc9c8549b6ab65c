import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { InitiativeRow, InitiativeStatus, InitiativeSupportRow, NewInitiative, NewSupport, SupportTotals } from './types.js';
import { PlatformError } from '../../errors.js';
import { type PageRequest } from '../../pagination.js';

const COLUMNS = `i.id, i.title_th AS "titleTh", i.title_en AS "titleEn", i.body_th AS "bodyTh", i.group_name AS "groupName",
  i.partner_id AS "partnerId", i.starts_at AS "startsAt", i.ends_at AS "endsAt", i.status, i.activity_id AS "activityId",
  i.decline_reason_th AS "declineReasonTh", i.result_th AS "resultTh", i.participants_count AS "participantsCount",
  i.proposed_at AS "proposedAt", i.decided_at AS "decidedAt", i.completed_at AS "completedAt", i.proposer_key AS "proposerKey"`;

const SUPPORT_COLUMNS = `s.id, s.initiative_id AS "initiativeId", s.kind, s.description_th AS "descriptionTh",
  s.amount_baht::float8 AS "amountBaht", s.recorded_at AS "recordedAt"`;

/** What a decision or a completion writes on the initiative. */
export interface InitiativeChange {
  status: InitiativeStatus;
  activityId?: string;
  declineReasonTh?: string;
  resultTh?: string;
  participantsCount?: number;
}

/** Every query on the activities stakeholder groups propose to a unit, and the support it gives them. */
export class InitiativeRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  /** Stores a proposal once per idempotency key: a retry gets the first one back, another proposal under the key is refused. */
  async propose(values: NewInitiative, proposerKey: string, idempotencyKey: string): Promise<InitiativeRow> {
    const requestHash = createHash('sha256').update(JSON.stringify({ values, proposerKey })).digest('hex');
    const first = await this.replay(idempotencyKey, requestHash);
    if (first) return first;
    const [row]: InitiativeRow[] = await this.dataSource.query(
      `INSERT INTO ${this.s}.initiative AS i (title_th, title_en, body_th, group_name, partner_id, starts_at, ends_at,
         proposer_key, idempotency_key, request_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        values.titleTh,
        values.titleEn,
        values.bodyTh,
        values.groupName,
        values.partnerId,
        values.startsAt,
        values.endsAt,
        proposerKey,
        idempotencyKey,
        requestHash,
      ],
    );
    // No row: a retry raced this one and stored it first.
    return row ?? (await this.replay(idempotencyKey, requestHash))!;
  }

  private async replay(key: string, requestHash: string): Promise<InitiativeRow | null> {
    const [row]: (InitiativeRow & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, i.request_hash AS "requestHash" FROM ${this.s}.initiative i WHERE i.idempotency_key = $1`,
      [key],
    );
    if (!row) return null;
    if (row.requestHash !== requestHash) throw new PlatformError('IDEMPOTENCY_KEY_REUSED', {}, 'idempotencyKey');
    const { requestHash: _hash, ...initiative } = row;
    return initiative;
  }

  /** The initiative, or INITIATIVE_NOT_FOUND; locked for the caller's transaction when given one. */
  async get(id: string, field = 'id', manager?: EntityManager): Promise<InitiativeRow> {
    const rows: InitiativeRow[] = isUuid(id)
      ? await (manager ?? this.dataSource).query(
          `SELECT ${COLUMNS} FROM ${this.s}.initiative i WHERE i.id = $1${manager ? ' FOR UPDATE' : ''}`,
          [id],
        )
      : [];
    if (!rows[0]) throw new PlatformError('INITIATIVE_NOT_FOUND', {}, field);
    return rows[0];
  }

  byIds(ids: readonly string[]): Promise<InitiativeRow[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM ${this.s}.initiative i WHERE i.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest proposal first; one extra row tells whether a next page exists. */
  page(status: InitiativeStatus | null | undefined, page: PageRequest): Promise<InitiativeRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.initiative i
       WHERE ($1::text IS NULL OR i.status = $1) AND ($2::timestamptz IS NULL OR (i.proposed_at, i.id) < ($2, $3::uuid))
       ORDER BY i.proposed_at DESC, i.id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** The initiatives one person proposed, newest first. */
  proposedBy(proposerKey: string, limit: number): Promise<InitiativeRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.s}.initiative i WHERE i.proposer_key = $1 ORDER BY i.proposed_at DESC, i.id DESC LIMIT $2`,
      [proposerKey, limit],
    );
  }

  async count(status: InitiativeStatus | null | undefined): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.s}.initiative i WHERE $1::text IS NULL OR i.status = $1`,
      [status ?? null],
    );
    return row!.n;
  }

  /** Writes a decision or a completion, stamping when it happened, in the caller's transaction. */
  async change(id: string, change: InitiativeChange, manager: EntityManager): Promise<InitiativeRow> {
    const [rows]: [InitiativeRow[], number] = await manager.query(
      `UPDATE ${this.s}.initiative AS i SET status = $2,
         activity_id = coalesce($3, i.activity_id), decline_reason_th = coalesce($4, i.decline_reason_th),
         result_th = coalesce($5, i.result_th), participants_count = coalesce($6, i.participants_count),
         decided_at = CASE WHEN $2 IN ('APPROVED', 'DECLINED') THEN now() ELSE i.decided_at END,
         completed_at = CASE WHEN $2 = 'COMPLETED' THEN now() ELSE i.completed_at END
       WHERE i.id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        change.status,
        change.activityId ?? null,
        change.declineReasonTh ?? null,
        change.resultTh ?? null,
        change.participantsCount ?? null,
      ],
    );
    return rows[0]!;
  }

  async addSupport(initiativeId: string, support: NewSupport, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.s}.initiative_support (initiative_id, kind, description_th, amount_baht) VALUES ($1, $2, $3, $4)`,
      [initiativeId, support.kind, support.descriptionTh, support.amountBaht],
    );
  }

  /** Supports of many initiatives in one statement, oldest first. */
  async supportsOf(ids: readonly string[]): Promise<Map<string, InitiativeSupportRow[]>> {
    const rows: InitiativeSupportRow[] = await this.dataSource.query(
      `SELECT ${SUPPORT_COLUMNS} FROM ${this.s}.initiative_support s WHERE s.initiative_id = ANY($1::uuid[])
       ORDER BY s.recorded_at, s.id`,
      [ids],
    );
    const out = new Map<string, InitiativeSupportRow[]>();
    for (const row of rows) out.set(row.initiativeId, [...(out.get(row.initiativeId) ?? []), row]);
    return out;
  }

  /** Number of supports and the budget given, per initiative, summed in SQL (numeric, so satang add up exactly). */
  async totals(ids: readonly string[]): Promise<Map<string, SupportTotals>> {
    const rows: { id: string; count: number; budgetBaht: number }[] = await this.dataSource.query(
      `SELECT s.initiative_id AS id, count(*)::int AS count,
         coalesce(sum(s.amount_baht) FILTER (WHERE s.kind = 'BUDGET'), 0)::float8 AS "budgetBaht"
       FROM ${this.s}.initiative_support s WHERE s.initiative_id = ANY($1::uuid[]) GROUP BY s.initiative_id`,
      [ids],
    );
    return new Map(rows.map(({ id, ...totals }) => [id, totals]));
  }
}
