import { activityDraft } from '../activities/activity-input.js';
import { addYears, bangkokMidnight, dateOnly } from '../../calendar-dates.js';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { PlatformError } from '../../errors.js';
import type { ActivityDraft } from '../activities/activity-repository.js';
import type { DelegationOutcome, NewDelegation } from './types.js';

/** A delegation is looked at again at least this often. */
export const REVIEW_WITHIN_YEARS = 3;

export interface DelegationInputData {
  scopeTh: string;
  scopeEn?: string | null;
  delegateName: string;
  partnerId?: string | null;
  startsOn: string;
  reviewOn: string;
}

/** A review date (YYYY-MM-DD) after `after` and at most REVIEW_WITHIN_YEARS years later. */
export function reviewDate(value: string, after: string, field: string): string {
  const date = dateOnly(value, field);
  if (date <= after || date > addYears(after, REVIEW_WITHIN_YEARS)) {
    throw new PlatformError('DELEGATION_REVIEW_DATE', { after, years: REVIEW_WITHIN_YEARS }, field);
  }
  return date;
}

/** A delegation and its EMPOWER activity (starting at midnight Bangkok of startsOn); nothing is written when any part is wrong. */
export function delegationInput(input: DelegationInputData): { delegation: NewDelegation; activity: ActivityDraft } {
  const scopeTh = requireText(input.scopeTh, 'scopeTh', LIMITS.note);
  const scopeEn = optionalText(input.scopeEn, 'scopeEn', LIMITS.note);
  const delegateName = requireText(input.delegateName, 'delegateName', LIMITS.name);
  const startsOn = dateOnly(input.startsOn, 'startsOn');
  const reviewOn = reviewDate(input.reviewOn, startsOn, 'reviewOn');
  const activity = activityDraft({
    level: 'EMPOWER',
    status: 'OPEN',
    titleTh: `มอบอำนาจการตัดสินใจให้ ${delegateName}`,
    titleEn: `Decision delegated to ${delegateName}`,
    bodyTh: scopeTh,
    bodyEn: scopeEn,
    startsAt: bangkokMidnight(startsOn),
  });
  const partnerId = input.partnerId?.toLowerCase() || null;
  return { delegation: { scopeTh, scopeEn, delegateName, partnerId, startsOn, reviewOn }, activity };
}

/**
 * The next review of a delegation reviewed today: CONTINUE and AMEND need one, after today
 * (and after the start, for a delegation not begun yet) and within REVIEW_WITHIN_YEARS; REVOKE takes none.
 */
export function nextReview(outcome: DelegationOutcome, value: string | null | undefined, today: string, startsOn: string): string | null {
  const given = value?.trim() || null;
  if (outcome === 'REVOKE') {
    if (given) throw new PlatformError('DELEGATION_NEXT_REVIEW', {}, 'nextReviewOn');
    return null;
  }
  if (!given) throw new PlatformError('DELEGATION_NEXT_REVIEW', {}, 'nextReviewOn');
  return reviewDate(given, today > startsOn ? today : startsOn, 'nextReviewOn');
}

/** Due when the review date has passed on the Bangkok calendar and the delegation still stands (the SQL of dueOnly says the same). */
export const isReviewDue = (row: { reviewOn: string; status: 'ACTIVE' | 'REVOKED' }, today: string) =>
  row.status === 'ACTIVE' && row.reviewOn < today;
