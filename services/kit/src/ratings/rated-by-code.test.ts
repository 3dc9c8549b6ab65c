import { describe, expect, it } from 'vitest';
import { criterionColumn, requireRatings } from './rated-by-code.js';

describe('requireRatings', () => {
  const criteria = ['usefulness', 'followUp'] as const;

  it('keeps whole scores 1–5 of every criterion', () => {
    expect(requireRatings(criteria, { usefulness: 1, followUp: 5 })).toEqual({ usefulness: 1, followUp: 5 });
  });

  it.each([
    [{ usefulness: 3, followUp: 6 }, 'ratings.followUp'],
    [{ usefulness: 2.5, followUp: 3 }, 'ratings.usefulness'],
    [{ usefulness: 3 }, 'ratings.followUp'],
  ])('names the first criterion out of range (%#)', (given, field) => {
    expect(() => requireRatings(criteria, given)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATING_OUT_OF_RANGE', field }) }),
    );
  });

  it('stores camelCase criteria in snake_case columns', () => {
    expect(criterionColumn('followUp')).toBe('follow_up');
  });
});
