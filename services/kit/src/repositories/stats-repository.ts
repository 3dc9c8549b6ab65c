import type { DataSource } from 'typeorm';
import { OPEN_FEEDBACK_STATUSES, PARTICIPATION_LEVELS, type ParticipationLevel } from '../db/entities.js';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import type { DateRange } from '../fiscal-year.js';

export interface UnitStatsRow {
  activitiesTotal: number;
  activitiesByLevel: { level: ParticipationLevel; count: number }[];
  feedbackReceived: number;
  feedbackOpen: number;
  feedbackAnswered: number;
  /** Median of (answered − received) in days over answered cases; null when none is answered. */
  medianDaysToAnswer: number | null;
}

interface RawStats {
  activities_total: string;
  by_level: Record<string, number> | null;
  received: string;
  open: string;
  answered: string;
  median_days: number | null;
}

/** Participation statistics of one unit, aggregated in SQL in a single statement. */
export class StatsRepository {
  private readonly schema: string;

  constructor(private readonly dataSource: DataSource) {
    this.schema = quoteIdent(unitSchemaOf(dataSource));
  }

  async unitStats(window: DateRange | null): Promise<UnitStatsRow> {
    const s = this.schema;
    const params = window ? [window.from, window.before] : [null, null];
    const [raw] = (await this.dataSource.query(
      `WITH a AS (
         SELECT level FROM ${s}.activity
         WHERE ($1::timestamptz IS NULL OR starts_at >= $1) AND ($2::timestamptz IS NULL OR starts_at < $2)
       ), f AS (
         SELECT status, received_at, answered_at FROM ${s}.feedback
         WHERE ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)
       )
       SELECT
         (SELECT count(*) FROM a) AS activities_total,
         (SELECT json_object_agg(level, n) FROM (SELECT level, count(*)::int AS n FROM a GROUP BY level) l) AS by_level,
         count(*) AS received,
         count(*) FILTER (WHERE status = ANY($3::text[])) AS open,
         count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at) / 86400.0)
           FILTER (WHERE answered_at IS NOT NULL) AS median_days
       FROM f`,
      [...params, OPEN_FEEDBACK_STATUSES],
    )) as RawStats[];
    const byLevel = raw?.by_level ?? {};
    return {
      activitiesTotal: Number(raw?.activities_total ?? 0),
      activitiesByLevel: PARTICIPATION_LEVELS.map((level) => ({ level, count: byLevel[level] ?? 0 })),
      feedbackReceived: Number(raw?.received ?? 0),
      feedbackOpen: Number(raw?.open ?? 0),
      feedbackAnswered: Number(raw?.answered ?? 0),
      medianDaysToAnswer: raw?.median_days == null ? null : Math.round(raw.median_days * 100) / 100,
    };
  }
}
