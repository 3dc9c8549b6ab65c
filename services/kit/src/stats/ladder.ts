import { PARTICIPATION_LEVELS, type ParticipationLevel } from '../db/entities.js';

/** One step of the IAP2 ladder (UnitStats.ladder, OfficeStats.ladder). */
export interface LadderStepRow {
  level: ParticipationLevel;
  activities: number;
  /** 0–1, 4 decimals. */
  share: number;
  participants: number;
}

const SCALE = 10_000;

/**
 * Shares of a whole with 4 decimals that add up to exactly 1 (all 0 for an empty whole):
 * each gets its rounded-down ten-thousandths, and the ones left over go to the largest
 * remainders (ties to the lower level), so 1/3 each is 0.3334, 0.3333, 0.3333.
 */
export function sharesOf(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((n) => (n * SCALE) / total);
  const units = exact.map(Math.floor);
  let left = SCALE - units.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left-- <= 0) break;
    units[i]! += 1;
  }
  return units.map((u) => u / SCALE);
}

type LevelCounts = readonly { level: ParticipationLevel; count: number }[];

const countAt = (list: LevelCounts, level: ParticipationLevel) => list.find((e) => e.level === level)?.count ?? 0;

/** The five steps, INFORM → EMPOWER, zeros included, from activities and participants per level. */
export function ladderOf(activitiesByLevel: LevelCounts, participantsByLevel: LevelCounts): LadderStepRow[] {
  const activities = PARTICIPATION_LEVELS.map((level) => countAt(activitiesByLevel, level));
  const shares = sharesOf(activities);
  return PARTICIPATION_LEVELS.map((level, i) => ({
    level,
    activities: activities[i]!,
    share: shares[i]!,
    participants: countAt(participantsByLevel, level),
  }));
}

/** The office's ladder from the units': counts add up, shares are recomputed from the sums. */
export function mergeLadders(ladders: readonly (readonly LadderStepRow[])[]): LadderStepRow[] {
  const sum = (level: ParticipationLevel, pick: (s: LadderStepRow) => number) =>
    ladders.reduce(
      (n, ladder) => n + pick(ladder.find((s) => s.level === level) ?? { level, activities: 0, share: 0, participants: 0 }),
      0,
    );
  return ladderOf(
    PARTICIPATION_LEVELS.map((level) => ({ level, count: sum(level, (s) => s.activities) })),
    PARTICIPATION_LEVELS.map((level) => ({ level, count: sum(level, (s) => s.participants) })),
  );
}
