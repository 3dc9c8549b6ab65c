import { describe, expect, it } from 'vitest';
import { ranked, shareOf, tally } from './tally.js';
import type { VoteOptionRow } from './types.js';

const option = (id: string, position: number): VoteOptionRow => ({ id, voteId: 'v', position, labelTh: id, labelEn: null });
const options = [option('c', 3), option('a', 1), option('b', 2)];

describe('tally', () => {
  it('lists every option in order, zeros included, with its share of the votes cast', () => {
    const result = tally(
      options,
      {
        byOption: new Map([
          ['a', 2],
          ['c', 1],
        ]),
        codesIssued: 10,
      },
      'LISTED',
    );
    expect(result.options.map((o) => [o.option.id, o.count, o.share])).toEqual([
      ['a', 2, 0.6667],
      ['b', 0, 0],
      ['c', 1, 0.3333],
    ]);
    expect(result.turnout).toBe(3);
    expect(result.codesIssued).toBe(10);
    expect(result.turnoutShare).toBe(0.3);
  });

  it('gives shares of 0, not NaN, when nobody voted', () => {
    const result = tally(options, { byOption: new Map(), codesIssued: 0 }, 'LISTED');
    expect(result.options.every((o) => o.share === 0 && o.count === 0)).toBe(true);
    expect(result.turnout).toBe(0);
    expect(result.turnoutShare).toBeNull();
  });

  it('ignores counts of options the vote does not have and reports no codes for SIGNED_IN votes', () => {
    const result = tally(
      options,
      {
        byOption: new Map([
          ['b', 4],
          ['stray', 9],
        ]),
        codesIssued: 7,
      },
      'SIGNED_IN',
    );
    expect(result.turnout).toBe(4);
    expect(result.options[1]!.share).toBe(1);
    expect(result.codesIssued).toBe(0);
    expect(result.turnoutShare).toBeNull();
  });

  it('rounds shares to four decimals', () => {
    expect(shareOf(1, 7)).toBe(0.1429);
    expect(shareOf(5, 0)).toBe(0);
  });

  it("ranks options by votes, most first, ties in the options' order", () => {
    const result = tally(
      options,
      {
        byOption: new Map([
          ['c', 2],
          ['b', 2],
          ['a', 1],
        ]),
        codesIssued: 0,
      },
      'SIGNED_IN',
    );
    expect(ranked(result).map((o) => [o.option.id, o.count])).toEqual([
      ['b', 2],
      ['c', 2],
      ['a', 1],
    ]);
    expect(result.options.map((o) => o.option.id)).toEqual(['a', 'b', 'c']);
  });
});
