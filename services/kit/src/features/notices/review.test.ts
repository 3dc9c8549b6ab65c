import { describe, expect, it } from 'vitest';
import { isStale, reviewDueAt, reviewInterval } from './review.js';

describe('when a notice needs a review', () => {
  const reviewed = new Date('2026-01-01T03:00:00Z');

  it('is due the interval after its last review', () => {
    expect(reviewDueAt(reviewed, 7).toISOString()).toBe('2026-01-08T03:00:00.000Z');
    expect(reviewDueAt('2026-01-01T03:00:00.000Z', 180).toISOString()).toBe('2026-06-30T03:00:00.000Z');
  });

  it('is stale only once now is past the due moment', () => {
    expect(isStale(reviewed, 7, new Date('2026-01-08T03:00:00.000Z'))).toBe(false);
    expect(isStale(reviewed, 7, new Date('2026-01-08T03:00:00.001Z'))).toBe(true);
    expect(isStale(reviewed, 180, new Date('2026-03-01T00:00:00Z'))).toBe(false);
  });

  it('takes an interval of 7 to 1,095 whole days only', () => {
    expect(reviewInterval(7)).toBe(7);
    expect(reviewInterval(1095)).toBe(1095);
    for (const bad of [6, 1096, 30.5, 0, -7]) {
      expect(() => reviewInterval(bad)).toThrowError(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'REVIEW_INTERVAL_OUT_OF_RANGE' }) }),
      );
    }
  });
});
