import { describe, expect, it } from 'vitest';
import { PlatformError } from './errors.js';
import { fiscalYearOf, fiscalYearRange, monthsOf } from './fiscal-year.js';

describe('Thai fiscal year', () => {
  it('runs FY 2569 from 1 Oct 2025 to 30 Sep 2026, Bangkok time', () => {
    const { from, before } = fiscalYearRange(2569);
    expect(from.toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(before.toISOString()).toBe('2026-09-30T17:00:00.000Z');
  });

  it('puts midnight of 1 October in Bangkok into the new fiscal year', () => {
    expect(fiscalYearOf(new Date('2025-09-30T16:59:59Z'))).toBe(2568);
    expect(fiscalYearOf(new Date('2025-09-30T17:00:00Z'))).toBe(2569);
    expect(fiscalYearOf(new Date('2026-03-15T03:00:00Z'))).toBe(2569);
  });

  it('has the twelve months October to September in a fiscal year', () => {
    const months = monthsOf(fiscalYearRange(2569));
    expect(months).toHaveLength(12);
    expect([months[0], months[2], months[3], months[11]]).toEqual(['2025-10', '2025-12', '2026-01', '2026-09']);
  });

  it('agrees with its own range at the edges', () => {
    for (const year of [2560, 2569, 2575]) {
      const { from, before } = fiscalYearRange(year);
      expect(fiscalYearOf(from)).toBe(year);
      expect(fiscalYearOf(new Date(before.getTime() - 1))).toBe(year);
    }
  });

  it('refuses C.E. years and nonsense with INVALID_FISCAL_YEAR', () => {
    for (const bad of [2026, 0, 2569.5, 9999]) {
      expect(() => fiscalYearRange(bad)).toThrow(PlatformError);
    }
    try {
      fiscalYearRange(2026);
    } catch (error) {
      expect((error as PlatformError).extensions.code).toBe('INVALID_FISCAL_YEAR');
    }
  });
});
