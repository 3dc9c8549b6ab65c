import type { CsvValue } from './csv';

/**
 * Nested objects as columns ("stats.feedbackReceived"); a list of plain values joined with "; ";
 * a list of objects as JSON in one cell (one row per record stays one row).
 */
export function flattenRecord(value: unknown, prefix = '', into: Record<string, CsvValue> = {}): Record<string, CsvValue> {
  if (value === null || typeof value !== 'object') {
    into[prefix || 'value'] = value as CsvValue;
  } else if (Array.isArray(value)) {
    into[prefix || 'value'] = value.every((v) => v === null || typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  } else {
    for (const [key, inner] of Object.entries(value)) flattenRecord(inner, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

export interface FlatTable {
  columns: string[];
  rows: CsvValue[][];
}

/** Records as a table: every column any record has, in the order they first appear. */
export function tableOf(records: readonly unknown[]): FlatTable {
  const flat = records.map((r) => flattenRecord(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return { columns, rows: flat.map((r) => columns.map((c) => r[c] ?? null)) };
}

export interface FoundList {
  /** Where it is in the result, e.g. "financeAssets.activities.nodes". */
  path: string;
  items: unknown[];
}

/** Every list in a GraphQL result that is not itself inside a list (those become JSON cells). */
export function listsIn(data: unknown, path = ''): FoundList[] {
  if (Array.isArray(data)) return [{ path: path || 'data', items: data }];
  if (data === null || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, inner]) => listsIn(inner, path ? `${path}.${key}` : key));
}
