/** Durations counted per whole hour: [hour, count] pairs, hours ascending. */
export type HourHistogram = [hour: number, count: number][];

/** Adds histograms of several units together. */
export function mergeHistograms(parts: readonly HourHistogram[]): HourHistogram {
  const sum = new Map<number, number>();
  for (const part of parts) for (const [hour, count] of part) sum.set(hour, (sum.get(hour) ?? 0) + count);
  return [...sum].sort((a, b) => a[0] - b[0]);
}

/**
 * The median in days of durations known to the hour: each duration stands at the middle
 * of its hour, so the result is within half an hour of the exact median.
 */
export function histogramMedianDays(histogram: HourHistogram): number | null {
  const total = histogram.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [hour, count] of histogram) {
      seen += count;
      if (seen > rank) return (hour + 0.5) / 24;
    }
    throw new Error('rank out of range');
  };
  const mid = Math.floor(total / 2);
  const median = total % 2 ? valueAt(mid) : (valueAt(mid - 1) + valueAt(mid)) / 2;
  return Math.round(median * 100) / 100;
}
