import { describe, expect, it } from 'vitest';
import type { UnitStatsRow } from '../repositories/stats-repository.js';
import { ladderOf, mergeLadders, sharesOf } from './ladder.js';
import { mergeUnitStats, type UnitStatsReport } from './office-stats.js';

const sumUnits = (shares: number[]) => shares.reduce((n, s) => n + Math.round(s * 10_000), 0);

describe('IAP2 ladder shares', () => {
  it('rounds to 4 decimals and still adds up to exactly 1', () => {
    expect(sharesOf([1, 1, 1, 0, 0])).toEqual([0.3334, 0.3333, 0.3333, 0, 0]);
    expect(sumUnits(sharesOf([2, 1, 1, 1, 1]))).toBe(10_000);
    expect(sumUnits(sharesOf([7, 13, 17, 19, 23]))).toBe(10_000);
    expect(sharesOf([3, 0, 1, 0, 0])).toEqual([0.75, 0, 0.25, 0, 0]);
  });

  it('is all zeros without activities', () => {
    expect(sharesOf([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });

  it('has the five levels in order, zeros included', () => {
    const ladder = ladderOf([{ level: 'EMPOWER', count: 1 }], [{ level: 'EMPOWER', count: 4 }]);
    expect(ladder.map((s) => s.level)).toEqual(['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER']);
    expect(ladder[4]).toEqual({ level: 'EMPOWER', activities: 1, share: 1, participants: 4 });
    expect(ladder[0]).toEqual({ level: 'INFORM', activities: 0, share: 0, participants: 0 });
  });

  it("adds the units' steps and recomputes the shares from the sums", () => {
    const a = ladderOf([{ level: 'INFORM', count: 3 }], [{ level: 'INFORM', count: 5 }]);
    const b = ladderOf([{ level: 'CONSULT', count: 1 }], [{ level: 'CONSULT', count: 2 }]);
    const merged = mergeLadders([a, b]);
    expect(merged.slice(0, 2)).toEqual([
      { level: 'INFORM', activities: 3, share: 0.75, participants: 5 },
      { level: 'CONSULT', activities: 1, share: 0.25, participants: 2 },
    ]);
  });
});

describe('office-wide distinct participants', () => {
  const report = (unitCode: string, distinct: number, keys?: string[]): UnitStatsReport => ({
    unitCode,
    stats: { participantsDistinct: distinct, ladder: ladderOf([], []), activitiesByLevel: [] } as unknown as UnitStatsRow,
    answerHistogram: [],
    acknowledgeHistogram: [],
    participantKeys: keys,
  });

  it('counts a person in two units once when the units send their keys', () => {
    const merged = mergeUnitStats([report('FINANCE', 2, ['p1', 'p2']), report('PERSONNEL', 2, ['p1', 'p3'])]);
    expect(merged.participantsDistinct).toBe(3);
  });

  it("adds the units' counts when keys were not asked for", () => {
    expect(mergeUnitStats([report('FINANCE', 2), report('PERSONNEL', 2)]).participantsDistinct).toBe(4);
  });
});
