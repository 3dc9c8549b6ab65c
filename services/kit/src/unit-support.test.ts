import { describe, expect, it } from 'vitest';
import { dateOnly } from './calendar-dates.js';
import { sameValues } from './unit-support.js';

describe('dateOnly', () => {
  it('keeps a real YYYY-MM-DD day', () => {
    expect(dateOnly('2024-02-29', 'd')).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2025-13-01', '25-01-01', '2025-1-1', '2025-01-01T00:00:00Z', ''])(
    'refuses %j with INVALID_DATE on its field',
    (value) => {
      expect(() => dateOnly(value, 'effectiveOn')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_DATE', field: 'effectiveOn' }) }),
      );
    },
  );
});

describe('sameValues', () => {
  it('compares every given value, lists by their items, and ignores what only the stored row has', () => {
    const given: { title: string; amount: number; schools: string[]; note: string | null; id?: string } = {
      title: 'ทุน',
      amount: 10,
      schools: ['ก', 'ข'],
      note: null,
    };
    expect(sameValues({ ...given, id: 'x' }, given)).toBe(true);
    expect(sameValues({ ...given, schools: ['ข', 'ก'] }, given)).toBe(false);
    expect(sameValues({ ...given, amount: 11 }, given)).toBe(false);
    expect(sameValues({ ...given, note: 'n' }, given)).toBe(false);
  });
});
