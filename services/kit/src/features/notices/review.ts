import { PlatformError } from '../../errors.js';

/** A notice nobody has confirmed for this many days is stale, unless the unit's head sets another interval. */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 180;
export const MIN_REVIEW_INTERVAL_DAYS = 7;
/** Three years: the longest the office lets a published text go unchecked. */
export const MAX_REVIEW_INTERVAL_DAYS = 1095;

const DAY_MS = 86_400_000;

/** The interval a head asked for, or REVIEW_INTERVAL_OUT_OF_RANGE. */
export function reviewInterval(days: number): number {
  if (!Number.isInteger(days) || days < MIN_REVIEW_INTERVAL_DAYS || days > MAX_REVIEW_INTERVAL_DAYS) {
    throw new PlatformError('REVIEW_INTERVAL_OUT_OF_RANGE', { min: MIN_REVIEW_INTERVAL_DAYS, max: MAX_REVIEW_INTERVAL_DAYS }, 'days');
  }
  return days;
}

/** When a notice next needs a review: its last review plus the interval (whole days of 24 hours). */
export function reviewDueAt(lastReviewedAt: Date | string, intervalDays: number): Date {
  return new Date(new Date(lastReviewedAt).getTime() + intervalDays * DAY_MS);
}

/** Stale: now is past the review date. The same rule as STALE_SQL, which the stats count with. */
export function isStale(lastReviewedAt: Date | string, intervalDays: number, now: Date): boolean {
  return now.getTime() > reviewDueAt(lastReviewedAt, intervalDays).getTime();
}

/** reviewDueAt in SQL, over a notice alias and an interval expression. */
const REVIEW_DUE_SQL = (notice: string, intervalDays: string) => `(${notice}.last_reviewed_at + make_interval(days => ${intervalDays}))`;

/** isStale in SQL, by the database clock, over a notice alias and an interval expression. */
export const STALE_SQL = (notice: string, intervalDays: string) => `now() > ${REVIEW_DUE_SQL(notice, intervalDays)}`;

/**
 * When STALE_SQL would turn true by the clock alone: the review date if not yet passed, else
 * null (the stats cache expires at the earliest of these).
 */
export const TURNS_STALE_AT_SQL = (notice: string, intervalDays: string) =>
  `(CASE WHEN ${REVIEW_DUE_SQL(notice, intervalDays)} >= now() THEN ${REVIEW_DUE_SQL(notice, intervalDays)} END)`;
