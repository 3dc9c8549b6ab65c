import type { DataSource } from 'typeorm';
import { isUuid } from '@sesao28/platform';
import type { UnitContext, UnitServices } from './context.js';
import { quoteIdent } from './db/sql.js';
import { pageRequest, toConnection, type PageRequest } from './pagination.js';
import { auditedRead } from './unit-support.js';

/** What every record of a confidential channel has (a petition, a misconduct report). */
export interface ChannelRow {
  id: string;
  status: string;
  receivedAt: Date;
}

/**
 * The queries every confidential channel shares, over its own table (with `id`, `status`,
 * `note_th`, `received_at`, `updated_at`); `columns` select the row with the table aliased `r`.
 * Callers check who may read (the 'confidential:*' actions); `channelReads` logs the reads.
 */
export class ChannelRecords<Row extends ChannelRow> {
  protected readonly s: string;
  private readonly from: string;

  constructor(
    protected readonly dataSource: DataSource,
    schemaName: string,
    table: string,
    protected readonly columns: string,
  ) {
    this.s = quoteIdent(schemaName);
    this.from = `${this.s}.${quoteIdent(table)} AS r`;
  }

  byIds(ids: readonly string[]): Promise<Row[]> {
    return this.dataSource.query(`SELECT ${this.columns} FROM ${this.from} WHERE r.id = ANY($1::uuid[])`, [ids]);
  }

  /** Newest first; one extra row tells whether a next page exists. */
  page(status: Row['status'] | null | undefined, page: PageRequest): Promise<Row[]> {
    return this.dataSource.query(
      `SELECT ${this.columns} FROM ${this.from}
       WHERE ($1::text IS NULL OR r.status = $1) AND ($2::timestamptz IS NULL OR (r.received_at, r.id) < ($2, $3::uuid))
       ORDER BY r.received_at DESC, r.id DESC LIMIT $4`,
      [status ?? null, page.after?.at ?? null, page.after?.id ?? null, page.first + 1],
    );
  }

  /** Moves the status (keeping the note when none is given) where `condition` holds; null when missing or refused. */
  async setStatus(id: string, status: Row['status'], noteTh: string | null, condition = 'true'): Promise<Row | null> {
    if (!isUuid(id)) return null;
    const [rows]: [Row[], number] = await this.dataSource.query(
      `UPDATE ${this.from} SET status = $2, note_th = COALESCE($3, r.note_th), updated_at = now()
       WHERE r.id = $1 AND ${condition} RETURNING ${this.columns}`,
      [id, status, noteTh],
    );
    return rows[0] ?? null;
  }
}

/**
 * Staff reads of a confidential channel, each written to the unit's access log under
 * `<name>:list`, `<name>:read` and `<name>:update`.
 */
export function channelReads<Row extends ChannelRow>(name: string, recordsOf: (services: UnitServices) => ChannelRecords<Row>) {
  return {
    list: async (ctx: UnitContext, args: { status?: Row['status'] | null; first?: number | null; after?: string | null }) => {
      const page = pageRequest(args.first, args.after);
      const rows = await auditedRead(ctx, `${name}:list`, await recordsOf(ctx).page(args.status, page));
      return toConnection(rows, page.first, (row) => row.receivedAt);
    },
    one: async (ctx: UnitContext, id: string): Promise<Row | null> => {
      if (!isUuid(id)) return null;
      const [row] = await auditedRead(ctx, `${name}:read`, await recordsOf(ctx).byIds([id]));
      return row ?? null;
    },
    updated: async (ctx: UnitContext, row: Row): Promise<Row> => (await auditedRead(ctx, `${name}:update`, [row]))[0]!,
  };
}
