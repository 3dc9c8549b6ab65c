import { describe, expect, it } from 'vitest';
import { addYears } from '../../calendar-dates.js';
import { delegationInput, isReviewDue, nextReview, reviewDate } from '../delegations/delegation-input.js';
import { checkInitiativeMove, completionInput, supportAmount } from './initiative-input.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return null;
};

describe('delegation dates', () => {
  it('takes a review date after the start and within three years of it', () => {
    expect(reviewDate('2026-06-01', '2026-01-15', 'reviewOn')).toBe('2026-06-01');
    expect(reviewDate('2029-01-15', '2026-01-15', 'reviewOn')).toBe('2029-01-15');
    expect(codeOf(() => reviewDate('2029-01-16', '2026-01-15', 'reviewOn'))).toBe('DELEGATION_REVIEW_DATE');
    expect(codeOf(() => reviewDate('2026-01-15', '2026-01-15', 'reviewOn'))).toBe('DELEGATION_REVIEW_DATE');
    expect(codeOf(() => reviewDate('2026-02-30', '2026-01-15', 'reviewOn'))).toBe('INVALID_DATE');
  });

  it('counts three years from 29 February to 1 March', () => {
    expect(addYears('2028-02-29', 3)).toBe('2031-03-01');
  });

  it('starts the activity at midnight Bangkok time of the first day', () => {
    const { activity, delegation } = delegationInput({
      scopeTh: 'จัดสรรงบกิจกรรมนักเรียน',
      delegateName: 'สภานักเรียน',
      startsOn: '2026-01-15',
      reviewOn: '2026-07-15',
    });
    expect(activity.startsAt.toISOString()).toBe('2026-01-14T17:00:00.000Z');
    expect(activity.level).toBe('EMPOWER');
    expect(delegation.partnerId).toBeNull();
  });

  it('asks for the next review on CONTINUE and AMEND, after today and after the start, and none on REVOKE', () => {
    expect(nextReview('CONTINUE', '2026-12-01', '2026-03-01', '2026-01-15')).toBe('2026-12-01');
    expect(codeOf(() => nextReview('AMEND', null, '2026-03-01', '2026-01-15'))).toBe('DELEGATION_NEXT_REVIEW');
    expect(codeOf(() => nextReview('CONTINUE', '2026-02-01', '2026-03-01', '2026-01-15'))).toBe('DELEGATION_REVIEW_DATE');
    // Not begun yet: the next review still comes after the start.
    expect(codeOf(() => nextReview('CONTINUE', '2026-05-01', '2026-03-01', '2026-06-01'))).toBe('DELEGATION_REVIEW_DATE');
    expect(nextReview('REVOKE', null, '2026-03-01', '2026-01-15')).toBeNull();
    expect(codeOf(() => nextReview('REVOKE', '2026-12-01', '2026-03-01', '2026-01-15'))).toBe('DELEGATION_NEXT_REVIEW');
  });

  it('is due only once the review day has passed, and never when revoked', () => {
    expect(isReviewDue({ reviewOn: '2026-03-01', status: 'ACTIVE' }, '2026-03-01')).toBe(false);
    expect(isReviewDue({ reviewOn: '2026-03-01', status: 'ACTIVE' }, '2026-03-02')).toBe(true);
    expect(isReviewDue({ reviewOn: '2026-03-01', status: 'REVOKED' }, '2026-03-02')).toBe(false);
  });
});

describe('initiative rules', () => {
  it('moves PROPOSED → APPROVED | DECLINED → COMPLETED only', () => {
    expect(codeOf(() => checkInitiativeMove('PROPOSED', 'APPROVED'))).toBeNull();
    expect(codeOf(() => checkInitiativeMove('APPROVED', 'COMPLETED'))).toBeNull();
    expect(codeOf(() => checkInitiativeMove('PROPOSED', 'COMPLETED'))).toBe('INITIATIVE_STATUS_MOVE');
    expect(codeOf(() => checkInitiativeMove('DECLINED', 'APPROVED'))).toBe('INITIATIVE_STATUS_MOVE');
    expect(codeOf(() => checkInitiativeMove('APPROVED', 'DECLINED'))).toBe('INITIATIVE_STATUS_MOVE');
  });

  it('needs an amount for budget support, in baht and satang, never negative', () => {
    expect(supportAmount('BUDGET', 15000.5)).toBe(15000.5);
    expect(supportAmount('BUDGET', 0.1 + 0.2)).toBe(0.3);
    expect(supportAmount('VENUE', null)).toBeNull();
    expect(codeOf(() => supportAmount('BUDGET', null))).toBe('SUPPORT_AMOUNT_INVALID');
    expect(codeOf(() => supportAmount('ADVICE', -1))).toBe('SUPPORT_AMOUNT_INVALID');
    expect(codeOf(() => supportAmount('BUDGET', 1.005))).toBe('SUPPORT_AMOUNT_INVALID');
    expect(codeOf(() => supportAmount('BUDGET', Number.NaN))).toBe('SUPPORT_AMOUNT_INVALID');
  });

  it('takes a whole, non-negative number of participants', () => {
    expect(completionInput('จัดกิจกรรมครบทั้งสามวัน', 0).participantsCount).toBe(0);
    expect(codeOf(() => completionInput('ผล', 2.5))).toBe('PARTICIPANTS_COUNT_INVALID');
    expect(codeOf(() => completionInput('ผล', -3))).toBe('PARTICIPANTS_COUNT_INVALID');
  });
});
