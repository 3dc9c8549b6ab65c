import { THAI_PUBLIC_HOLIDAYS } from './thai-holidays.js';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000; // Thailand keeps no daylight saving time.
const DAY_MS = 24 * 60 * 60 * 1000;
const holidays = new Set(THAI_PUBLIC_HOLIDAYS);

/** The Bangkok calendar date of a moment, as YYYY-MM-DD. */
export function bangkokDate(moment: Date): string {
  return new Date(moment.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDate);
}

/**
 * When a case falls due, counted as Thai government offices count: in working days
 * (วันทำการ: Monday–Friday, Bangkok time, not a public holiday), not counting the day
 * of receipt, and due by the end (23:59:59.999 Bangkok) of the last working day.
 * A case received on a Friday with 3 days to acknowledge is due by Wednesday night.
 */
export function dueAfterWorkingDays(received: Date, workingDays: number): Date {
  let day = bangkokDate(received);
  let counted = 0;
  while (counted < workingDays) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day)) counted += 1;
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS - BANGKOK_OFFSET_MS - 1);
}

/**
 * A case is late when its answer came after the due moment, or when it is still
 * waiting (not answered, closed or rejected) past it. The stats SQL uses the same rule.
 */
export function isLate(row: { status: string; answeredAt: Date | null; dueAnswerAt: Date | null }, now: Date = new Date()): boolean {
  if (!row.dueAnswerAt) return false;
  if (row.answeredAt) return row.answeredAt > row.dueAnswerAt;
  return ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(row.status) && now > row.dueAnswerAt;
}

/**
 * When staff are reminded of a deadline: at the start of the office day (08:30 Bangkok) that lies
 * `workingDays` working days before the due day. Due Wednesday night, two days: Monday 08:30.
 */
export function remindBefore(due: Date, workingDays: number): Date {
  let day = bangkokDate(due);
  let counted = 0;
  while (counted < workingDays) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
    if (isWorkingDay(day)) counted += 1;
  }
  return new Date(Date.parse(`${day}T08:30:00Z`) - BANGKOK_OFFSET_MS);
}
