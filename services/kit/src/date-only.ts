import { PlatformError } from './errors.js';
import { BE_OFFSET, fiscalYearRange } from './fiscal-year.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as people write it, YYYY-MM-DD (C.E.), that exists; INVALID_DATE otherwise. */
export function requireDateOnly(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE_ONLY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new PlatformError('INVALID_DATE', {}, field);
  }
  return value;
}

/** The B.E. fiscal year a calendar date (YYYY-MM-DD) falls in: October starts the next one. */
export function fiscalYearOfDate(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return year + BE_OFFSET + (month >= 10 ? 1 : 0);
}

/** The first and last day (YYYY-MM-DD) of a B.E. fiscal year, for date-only columns. */
export function fiscalYearDates(fiscalYearBE: number): { from: string; to: string } {
  fiscalYearRange(fiscalYearBE); // checks the year
  const endYearCE = fiscalYearBE - BE_OFFSET;
  return { from: `${endYearCE - 1}-10-01`, to: `${endYearCE}-09-30` };
}

/**
 * A date-only value as a page cursor's moment (midnight UTC); SQL gets the date back
 * with `($n::timestamptz AT TIME ZONE 'UTC')::date`.
 */
export const dateOnlyCursorAt = (date: string): Date => new Date(`${date}T00:00:00Z`);
