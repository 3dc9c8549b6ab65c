import { describe, expect, it } from 'vitest';
import { bahtAmount } from './baht.js';

describe('bahtAmount', () => {
  it('takes baht with up to two decimals, rounded to whole satang', () => {
    expect(bahtAmount(1234.5, 1e6)).toBe(1234.5);
    expect(bahtAmount(0.1 + 0.2, 1e6)).toBe(0.3);
    expect(bahtAmount(0, 1e6)).toBe(0);
    expect(bahtAmount(1e6, 1e6)).toBe(1e6);
  });

  it('refuses negatives, a third decimal, more than the maximum and non-numbers', () => {
    for (const value of [-0.01, 1.005, 1e6 + 0.01, Number.NaN, Number.POSITIVE_INFINITY]) expect(bahtAmount(value, 1e6)).toBeNull();
  });
});
