import { describe, expect, it } from 'vitest';
import { median } from '../testing/median.js';
import { histogramMedianDays, mergeHistograms, type HourHistogram } from './histogram.js';

/** The histogram of durations given in hours, as the SQL builds it. */
const of = (hours: number[]): HourHistogram => mergeHistograms([hours.map((h) => [Math.floor(h), 1] as [number, number])]);

describe('office-wide medians from hour histograms', () => {
  it('is within half an hour of the exact median over merged units', () => {
    const unitA = [1.2, 30.7, 49.9, 100.1, 260.5];
    const unitB = [3.3, 48.2, 72.0, 500.4];
    const merged = mergeHistograms([of(unitA), of(unitB)]);
    const exact = median([...unitA, ...unitB])! / 24;
    expect(Math.abs(histogramMedianDays(merged)! - exact)).toBeLessThanOrEqual(0.5 / 24 + 0.005);
  });

  it('averages the two middle values for an even count', () => {
    expect(histogramMedianDays(of([0.5, 47.5]))).toBe(1);
  });

  it('is null without durations, and sums counts of the same hour', () => {
    expect(histogramMedianDays([])).toBeNull();
    expect(
      mergeHistograms([
        [[5, 2]],
        [
          [5, 3],
          [1, 1],
        ],
      ]),
    ).toEqual([
      [1, 1],
      [5, 5],
    ]);
  });
});
