import { bangkokDate } from './features/cases/working-days.js';
import { PlatformError } from './errors.js';
import { BE_OFFSET, fiscalYearRange } from './fiscal-year.js';

/** Date-only values (MOUs, review dates) travel as YYYY-MM-DD strings: a calendar day, no time zone. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD, or INVALID_DATE on `field`. */
export function dateOnly(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new PlatformError('INVALID_DATE', {}, field);
  }
  return value;
}

/** Today in Bangkok, YYYY-MM-DD. */
export const bangkokToday = (now: Date = new Date()) => bangkokDate(now);

/** The same calendar day `years` later (29 February becomes 1 March). */
export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** Midnight at the start of a Bangkok calendar day, as a moment. */
export const bangkokMidnight = (isoDate: string) => new Date(`${isoDate}T00:00:00+07:00`);

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
