import { bangkokDate } from './cases/working-days.js';
import { PlatformError } from './errors.js';

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
