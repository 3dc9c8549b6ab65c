import type { DataSource } from 'typeorm';
import { quoteIdent } from './db/sql.js';

/** What a personal text becomes once its retention has passed (the record and its counts stay). */
export const EXPIRED_TEXT = '[ลบเมื่อพ้นระยะเวลาเก็บรักษา — removed after its retention period]';

/** Responses kept for retried requests (the Idempotency-Key cache): a retry comes within minutes, a day is plenty. */
export const IDEMPOTENCY_KEEP_HOURS = 24;

export interface PersonalColumns {
  table: string;
  /** Columns cleared: NULL where the column may be empty, the EXPIRED_TEXT where it may not. */
  nullable?: readonly string[];
  required?: readonly string[];
  /** Statuses a record is done in; its time counts from its last change (updated_at). */
  closed: readonly string[];
}

/**
 * PDPA retention of a unit's own records: the personal columns of records done for longer than
 * `days` are cleared, in one statement; returns how many records were cleared (each only once).
 */
export async function clearExpiredPersonalData(
  dataSource: DataSource,
  schemaName: string,
  spec: PersonalColumns,
  days: number,
  now: Date,
): Promise<number> {
  const nullable = spec.nullable ?? [];
  const required = spec.required ?? [];
  // $4, the expired text, only when a column takes it (PostgreSQL refuses a parameter it cannot type).
  const set = [...nullable.map((c) => `${quoteIdent(c)} = NULL`), ...required.map((c) => `${quoteIdent(c)} = $4`)].join(', ');
  const pending = [...nullable.map((c) => `${quoteIdent(c)} IS NOT NULL`), ...required.map((c) => `${quoteIdent(c)} <> $4`)].join(' OR ');
  const rows: unknown[] = await dataSource.query(
    `WITH cleared AS (
       UPDATE ${quoteIdent(schemaName)}.${quoteIdent(spec.table)} SET ${set}
       WHERE status = ANY($1::text[]) AND updated_at < $2::timestamptz - make_interval(days => $3) AND (${pending})
       RETURNING 1)
     SELECT * FROM cleared`,
    [spec.closed, now, days, ...(required.length > 0 ? [EXPIRED_TEXT] : [])],
  );
  return rows.length;
}
