import type { DateRange } from '../fiscal-year.js';

/**
 * Every table the stats statement reads (stats-repository.ts). A statement-level trigger on each
 * bumps the unit's `stats_version`, so a cached answer computed at an older version is never
 * served. A table read by the stats but missing here would serve stale figures: keep in step.
 */
export const STATS_SOURCE_TABLES = [
  'activity',
  'activity_participant',
  'feedback',
  'notice',
  'unit_setting',
  'survey',
  'survey_response',
  'survey_answer',
  'outcome',
] as const;

/**
 * The longest a cached answer is trusted without a write. Every clock-driven change (a case
 * turning late, a notice turning stale) already sets an earlier limit; the cap only bounds
 * what a clock jump or a rule we forgot could cost.
 */
export const STATS_CACHE_MAX_AGE_SECONDS = 600;

/** One cache row per window (a fiscal year, or all time) and per set of options. */
export function statsCacheKey(window: DateRange | null, options: { participants?: boolean }): string {
  const span = window ? `${window.from.toISOString()}/${window.before.toISOString()}` : 'all';
  return `${span}|participants=${options.participants ? 1 : 0}`;
}
