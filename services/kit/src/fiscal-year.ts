import { PlatformError } from './errors.js';

/** Buddhist Era = Common Era + 543. */
export const BE_OFFSET = 543;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000; // Thailand has no daylight saving time.
export const MIN_FISCAL_YEAR = 2540;
export const MAX_FISCAL_YEAR = 2700;

export interface DateRange {
  from: Date;
  /** Exclusive. */
  before: Date;
}

/**
 * Thai government fiscal year named by its B.E. year: FY 2569 runs from
 * 1 Oct 2025 to 30 Sep 2026, midnight to midnight in Bangkok.
 */
export function fiscalYearRange(fiscalYearBE: number): DateRange {
  if (!Number.isInteger(fiscalYearBE) || fiscalYearBE < MIN_FISCAL_YEAR || fiscalYearBE > MAX_FISCAL_YEAR) {
    throw new PlatformError('INVALID_FISCAL_YEAR', { min: MIN_FISCAL_YEAR, max: MAX_FISCAL_YEAR }, 'fiscalYear');
  }
  const endYearCE = fiscalYearBE - BE_OFFSET;
  return {
    from: new Date(Date.UTC(endYearCE - 1, 9, 1) - BANGKOK_OFFSET_MS),
    before: new Date(Date.UTC(endYearCE, 9, 1) - BANGKOK_OFFSET_MS),
  };
}

/** The calendar months (YYYY-MM, Gregorian, Bangkok time) a range covers: 2025-10 … 2026-09 for FY 2569. */
export function monthsOf(range: DateRange): string[] {
  const start = new Date(range.from.getTime() + BANGKOK_OFFSET_MS);
  const months: string[] = [];
  for (let m = start.getUTCMonth(), y = start.getUTCFullYear(); Date.UTC(y, m, 1) - BANGKOK_OFFSET_MS < range.before.getTime(); m++) {
    if (m === 12) [m, y] = [0, y + 1];
    months.push(`${y}-${String(m + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The B.E. fiscal year a moment falls in. */
export function fiscalYearOf(moment: Date): number {
  const bangkok = new Date(moment.getTime() + BANGKOK_OFFSET_MS);
  const yearCE = bangkok.getUTCFullYear() + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
  return yearCE + BE_OFFSET;
}
