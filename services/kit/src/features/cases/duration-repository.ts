import type { DataSource } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import type { DateRange } from '../../fiscal-year.js';
import type { HourHistogram } from '../../stats/histogram.js';

/**
 * How long cases waited, per whole hour, so the office can take medians over all
 * nine units without moving every case: one statement, a few hundred rows at most.
 */
export class DurationRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  async histograms(window: DateRange | null): Promise<{ answer: HourHistogram; acknowledge: HourHistogram }> {
    const rows: { what: 'answer' | 'acknowledge'; hour: number; n: number }[] = await this.dataSource.query(
      `WITH f AS (
         SELECT received_at, acknowledged_at, answered_at FROM ${this.s}.feedback
         WHERE transferred_to IS NULL
           AND ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)
       )
       SELECT 'answer' AS what, floor(extract(epoch FROM answered_at - received_at) / 3600)::int AS hour, count(*)::int AS n
         FROM f WHERE answered_at IS NOT NULL GROUP BY 2
       UNION ALL
       SELECT 'acknowledge', floor(extract(epoch FROM acknowledged_at - received_at) / 3600)::int, count(*)::int
         FROM f WHERE acknowledged_at IS NOT NULL GROUP BY 2
       ORDER BY 1, 2`,
      window ? [window.from, window.before] : [null, null],
    );
    const pick = (what: string): HourHistogram => rows.filter((r) => r.what === what).map((r) => [r.hour, r.n]);
    return { answer: pick('answer'), acknowledge: pick('acknowledge') };
  }
}
