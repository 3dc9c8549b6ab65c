import { PlatformError } from '../errors.js';
import { fiscalYearRange } from '../fiscal-year.js';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

export const MAX_SEARCH_LENGTH = 200;

/** Narrows `column` to [from, before) and to a fiscal year when given; both may apply. */
export function applyTimeWindow<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  window: { from?: Date | null; before?: Date | null; fiscalYear?: number | null },
): void {
  if (window.from && window.before && window.from > window.before) {
    throw new PlatformError('INVALID_DATE_RANGE', {}, 'filter');
  }
  if (window.from) query.andWhere(`${column} >= :windowFrom`, { windowFrom: window.from });
  if (window.before) query.andWhere(`${column} < :windowBefore`, { windowBefore: window.before });
  if (window.fiscalYear != null) {
    const range = fiscalYearRange(window.fiscalYear);
    query.andWhere(`${column} >= :fyFrom AND ${column} < :fyBefore`, { fyFrom: range.from, fyBefore: range.before });
  }
}

export function applyOneOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  values: readonly string[] | null | undefined,
): void {
  if (!values || values.length === 0) return;
  const param = column.replace(/\W/g, '_');
  query.andWhere(`${column} IN (:...${param})`, { [param]: values });
}

/** Case-insensitive substring search, Thai included (no word splitting needed for ILIKE). */
export function searchPattern(search: string | null | undefined): string | null {
  const text = search?.trim();
  if (!text) return null;
  if (text.length > MAX_SEARCH_LENGTH) throw new PlatformError('SEARCH_TOO_LONG', { max: MAX_SEARCH_LENGTH }, 'search');
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
