import { describe, expect, it } from 'vitest';
import { fiscalYearRange } from '../fiscal-year.js';
import { statsCacheKey } from './cache.js';

describe('statsCacheKey', () => {
  it('names each window and each set of options apart, and the same ones alike', () => {
    const keys = [
      statsCacheKey(null, {}),
      statsCacheKey(null, { participants: true }),
      statsCacheKey(fiscalYearRange(2569), {}),
      statsCacheKey(fiscalYearRange(2569), { participants: true }),
      statsCacheKey(fiscalYearRange(2570), {}),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(statsCacheKey(fiscalYearRange(2569), { participants: false })).toBe(statsCacheKey(fiscalYearRange(2569), {}));
    // The cache_key column allows 200 characters.
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(200);
  });
});
