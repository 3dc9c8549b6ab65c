import { LIMITS, VOTE_OPTION_LIMITS } from '@sesao28/kit';

/** Limits of an annual action plan, stated once (the migration checks the same). */
export const PLAN_STATUSES = ['OPEN', 'ADOPTED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Each priority is an option of the plan's vote: the vote's bounds are the plan's. */
export const PRIORITY_COUNT = VOTE_OPTION_LIMITS;
/** A priority's title is its vote option's label. */
export const PRIORITY_TITLE_MAX = LIMITS.option;
/**
 * Short enough that the plan's summary and all twenty priorities, listed in the draft and
 * in the adopted text, stay within a draft's 20,000 characters (plan-text.test.ts).
 */
export const PRIORITY_DESCRIPTION_MAX = 500;
export const PLAN_SUMMARY_MAX = 4000;

/** numeric(12, 2): up to 9,999,999,999.99 baht a priority. */
export const BUDGET_PRECISION = 12;
export const MAX_PRIORITY_BAHT = 9_999_999_999.99;
