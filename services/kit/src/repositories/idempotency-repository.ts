import type { DataSource } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';

export interface IdempotencyClaim {
  fresh: boolean;
  requestHash: string;
  response: Record<string, unknown> | null;
}

/** Mutations' first results by idempotency key. */
export class IdempotencyRepository {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource) {
    this.table = `${quoteIdent(unitSchemaOf(dataSource))}.idempotent_request`;
  }

  /** Claims the key for this request, or returns what holds it. */
  async claim(key: string, requestHash: string): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO ${this.table} (key, request_hash) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, requestHash],
    );
    if (inserted.length) return { fresh: true, requestHash, response: null };
    const [row] = await this.dataSource.query(`SELECT request_hash, response FROM ${this.table} WHERE key = $1`, [key]);
    return { fresh: false, requestHash: row?.request_hash ?? '', response: row?.response ?? null };
  }

  async store(key: string, response: unknown): Promise<void> {
    await this.dataSource.query(`UPDATE ${this.table} SET response = $2::jsonb WHERE key = $1`, [key, JSON.stringify(response)]);
  }

  /** A failed first try leaves nothing behind: the retry runs again. */
  async release(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${this.table} WHERE key = $1 AND response IS NULL`, [key]);
  }

  /** Retention: responses older than `hours` go (their retries are long over; a response may hold personal data). */
  async purge(now: Date, hours: number): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM ${this.table} WHERE created_at < $1::timestamptz - make_interval(hours => $2) RETURNING 1) SELECT * FROM gone`,
      [now, hours],
    );
    return rows.length;
  }
}
