import type { DataSource } from 'typeorm';
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  OPEN_FEEDBACK_STATUSES,
  PARTICIPATION_LEVELS,
  type FeedbackCategory,
  type FeedbackChannel,
  type FeedbackStatus,
  type ParticipationLevel,
} from '../db/entities.js';
import { LATE_SQL, TURNS_LATE_AT_SQL } from '../features/cases/feedback-repository.js';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import { monthsOf, type DateRange } from '../fiscal-year.js';
import { STATS_CACHE_MAX_AGE_SECONDS, statsCacheKey } from '../stats/cache.js';
import { ladderOf, type LadderStepRow } from '../stats/ladder.js';
import { STALE_SQL, TURNS_STALE_AT_SQL } from '../features/notices/review.js';

/** A unit's figures for a fiscal year (or all time), as resolvers pass them. */
export interface UnitStatsModel extends UnitStatsRow {
  fiscalYear: number | null;
}

export interface UnitStatsRow {
  activitiesTotal: number;
  activitiesByLevel: { level: ParticipationLevel; count: number }[];
  feedbackReceived: number;
  feedbackOpen: number;
  feedbackAnswered: number;
  /** Median of (answered − received) in days over answered cases; null when none is answered. */
  medianDaysToAnswer: number | null;
  medianDaysToAcknowledge: number | null;
  feedbackLate: number;
  feedbackByCategory: { category: FeedbackCategory; count: number }[];
  feedbackByStatus: { status: FeedbackStatus; count: number }[];
  feedbackByChannel: { channel: FeedbackChannel; count: number }[];
  /** Mean 1–5 answer in service-satisfaction surveys over responses in the window; null when none. */
  satisfactionAverage: number | null;
  surveyResponses: number;
  /** 1–5 answers behind satisfactionAverage (to weigh it across units). */
  satisfactionAnswers: number;
  /** "You said, we did" records made in the period. */
  outcomesRecorded: number;
  /** Notices published in the period… */
  noticesPublished: number;
  /** …and of those, the ones past their review date now. */
  noticesStale: number;
  /** Per level; participants are counted only when asked for (0 otherwise), see unitStats. */
  ladder: LadderStepRow[];
  participantsDistinct: number;
  /** Cases received per month of the window (Bangkok time, UTC+7 all year), zeros included; empty for all time. */
  feedbackByMonth: { month: string; count: number }[];
}

/** Whether to count participants too: they join every activity of the period to its participants. */
export interface StatsOptions {
  participants?: boolean;
}

/** The figures as the stats statement returns them: the cache's payload (JSON, numbers as numbers). */
interface RawStats {
  activities_total: number;
  by_level: Record<string, number> | null;
  received: number;
  open: number;
  answered: number;
  median_days: number | null;
  median_ack_days: number | null;
  late: number;
  satisfaction: number | null;
  survey_responses: number;
  satisfaction_answers: number;
  outcomes: number;
  participants_by_level?: Record<string, number> | null;
  participants_distinct?: number | null;
  notices_published: number;
  notices_stale: number;
  by_month: Record<string, number> | null;
}

/**
 * One count per value, in the same pass over the cases as the rest (a GROUP BY per breakdown
 * read the fiscal year's cases three more times). Values are the kit's own constants.
 */
const countsBy = (column: string, values: readonly string[]) =>
  values.map((v) => `count(*) FILTER (WHERE ${column} = '${v}')::int AS "${column}:${v}"`).join(',\n         ');

const countOf = (raw: RawStats | undefined, column: string, value: string) =>
  Number((raw as Record<string, unknown> | undefined)?.[`${column}:${value}`] ?? 0);

const days = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);

/**
 * The stats statement of one unit's schema `s` (quoted): the figures, stored in the cache under
 * `key` by the same statement. The version is read in the statement's snapshot, with the figures:
 * a write committed meanwhile has bumped it past the stored one, so the row is never taken for
 * current. `valid_until` is the first moment the clock alone changes a figure (a waiting case
 * turns late, a notice turns stale), capped. With `participants`, the period's activities are
 * joined to their participants (index-only on both sides, see migration 1765400000000) for the
 * ladder's distinct counts; the dashboard, which does not ask, skips it.
 */
export function statsStatement(
  s: string,
  key: string,
  window: DateRange | null,
  options: StatsOptions,
): { sql: string; params: unknown[] } {
  const params = window ? [window.from, window.before] : [null, null];
  const reviewInterval = `(SELECT review_interval_days FROM ${s}.unit_setting)`;
  const participants = options.participants
    ? `, (SELECT json_object_agg(level, n) FROM (SELECT level, count(DISTINCT participant_key)::int AS n FROM p GROUP BY level) l)
         AS participants_by_level,
       (SELECT count(DISTINCT participant_key)::int FROM p) AS participants_distinct`
    : '';
  return {
    sql: `WITH a AS (
       SELECT id, level FROM ${s}.activity
       WHERE ($1::timestamptz IS NULL OR starts_at >= $1) AND ($2::timestamptz IS NULL OR starts_at < $2)
     ), ${
       options.participants
         ? `p AS (
       SELECT a.level, ap.participant_key FROM a JOIN ${s}.activity_participant ap ON ap.activity_id = a.id
     ), `
         : ''
     }f AS (
       SELECT category, channel, status, received_at, acknowledged_at, answered_at, due_answer_at FROM ${s}.feedback
       WHERE transferred_to IS NULL
         AND ($1::timestamptz IS NULL OR received_at >= $1) AND ($2::timestamptz IS NULL OR received_at < $2)
     ), n AS (
       SELECT last_reviewed_at FROM ${s}.notice
       WHERE ($1::timestamptz IS NULL OR published_at >= $1) AND ($2::timestamptz IS NULL OR published_at < $2)
     ), r AS (
       SELECT sr.id, sv.template FROM ${s}.survey_response sr JOIN ${s}.survey sv ON sv.id = sr.survey_id
       WHERE ($1::timestamptz IS NULL OR sr.submitted_at >= $1) AND ($2::timestamptz IS NULL OR sr.submitted_at < $2)
     ), figures AS (
       SELECT
         (SELECT count(*) FROM a) AS activities_total,
         (SELECT json_object_agg(level, n) FROM (SELECT level, count(*)::int AS n FROM a GROUP BY level) l) AS by_level,
         count(*) AS received,
         count(*) FILTER (WHERE status = ANY($3::text[])) AS open,
         count(*) FILTER (WHERE answered_at IS NOT NULL) AS answered,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - received_at) / 86400.0)
           FILTER (WHERE answered_at IS NOT NULL) AS median_days,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - received_at) / 86400.0)
           FILTER (WHERE acknowledged_at IS NOT NULL) AS median_ack_days,
         count(*) FILTER (WHERE ${LATE_SQL('f')}) AS late,
         (SELECT json_object_agg(m, n) FROM (SELECT to_char((received_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM') AS m, count(*)::int AS n
           FROM f GROUP BY 1) months) AS by_month,
         min(${TURNS_LATE_AT_SQL('f')}) AS next_late_at,
         ${countsBy('category', FEEDBACK_CATEGORIES)},
         ${countsBy('status', FEEDBACK_STATUSES)},
         ${countsBy('channel', FEEDBACK_CHANNELS)},
         (SELECT avg(sa.scale)::float8 FROM ${s}.survey_answer sa JOIN r ON r.id = sa.response_id
           WHERE r.template = 'SERVICE_SATISFACTION' AND sa.scale IS NOT NULL) AS satisfaction,
         (SELECT count(*)::int FROM r) AS survey_responses,
         (SELECT count(*)::int FROM ${s}.survey_answer sa JOIN r ON r.id = sa.response_id
           WHERE r.template = 'SERVICE_SATISFACTION' AND sa.scale IS NOT NULL) AS satisfaction_answers,
         (SELECT count(*)::int FROM ${s}.outcome
           WHERE ($1::timestamptz IS NULL OR created_at >= $1) AND ($2::timestamptz IS NULL OR created_at < $2)) AS outcomes,
         (SELECT count(*)::int FROM n) AS notices_published,
         (SELECT count(*)::int FROM n WHERE ${STALE_SQL('n', reviewInterval)}) AS notices_stale,
         (SELECT min(${TURNS_STALE_AT_SQL('n', reviewInterval)}) FROM n) AS next_stale_at
         ${participants}
       FROM f
     ), computed AS (
       SELECT to_jsonb(figures) - 'next_late_at' - 'next_stale_at' AS payload,
         LEAST(now() + make_interval(secs => $5), next_late_at, next_stale_at) AS valid_until,
         (SELECT version FROM ${s}.stats_version) AS version
       FROM figures
     ), stored AS (
       INSERT INTO ${s}.stats_cache (cache_key, version, valid_until, payload)
       SELECT $4, version, valid_until, payload FROM computed
       ON CONFLICT (cache_key) DO UPDATE SET version = EXCLUDED.version, valid_until = EXCLUDED.valid_until, payload = EXCLUDED.payload
         WHERE ${s}.stats_cache.version <= EXCLUDED.version
     )
     SELECT payload FROM computed`,
    params: [...params, OPEN_FEEDBACK_STATUSES, key, STATS_CACHE_MAX_AGE_SECONDS],
  };
}

/** Participation statistics of one unit, aggregated in SQL in a single statement. */
export class StatsRepository {
  private readonly schema: string;

  constructor(private readonly dataSource: DataSource) {
    this.schema = quoteIdent(unitSchemaOf(dataSource));
  }

  /**
   * The unit's figures, exact at the moment of the call: the cached answer (one statement) while
   * nothing it read has changed and the clock has not reached a moment that changes a figure;
   * otherwise computed and stored in one more statement. See migration 1765910000000.
   */
  async unitStats(window: DateRange | null, options: StatsOptions = {}): Promise<UnitStatsRow> {
    const key = statsCacheKey(window, options);
    const [hit] = (await this.dataSource.query(
      `SELECT c.payload FROM ${this.schema}.stats_cache c JOIN ${this.schema}.stats_version v ON v.version = c.version
       WHERE c.cache_key = $1 AND c.valid_until > now()`,
      [key],
    )) as { payload: RawStats }[];
    return toUnitStats(hit?.payload ?? (await this.computeAndStore(key, window, options)), window);
  }

  /** Computes the figures and stores them, in one statement (statsStatement). */
  private async computeAndStore(key: string, window: DateRange | null, options: StatsOptions): Promise<RawStats | undefined> {
    const { sql, params } = statsStatement(this.schema, key, window, options);
    const [row] = (await this.dataSource.query(sql, params)) as { payload: RawStats }[];
    return row?.payload;
  }

  /**
   * The distinct participant keys of the period's activities, for the office's exact count
   * across units (a person in two units counts once). One statement; at 100,000
   * participants about 3.5 MB of keys, so the office asks only when the count is wanted.
   */
  async participantKeys(window: DateRange | null): Promise<string[]> {
    const rows: { k: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ap.participant_key AS k
       FROM ${this.schema}.activity a JOIN ${this.schema}.activity_participant ap ON ap.activity_id = a.id
       WHERE ($1::timestamptz IS NULL OR a.starts_at >= $1) AND ($2::timestamptz IS NULL OR a.starts_at < $2)`,
      window ? [window.from, window.before] : [null, null],
    );
    return rows.map((r) => r.k);
  }
}

/** The row the stats statement returns (cached as is), as the API's figures. */
function toUnitStats(raw: RawStats | undefined, window: DateRange | null): UnitStatsRow {
  const byLevel = raw?.by_level ?? {};
  const activitiesByLevel = PARTICIPATION_LEVELS.map((level) => ({ level, count: byLevel[level] ?? 0 }));
  const participantsByLevel = raw?.participants_by_level ?? {};
  return {
    activitiesTotal: Number(raw?.activities_total ?? 0),
    activitiesByLevel,
    ladder: ladderOf(
      activitiesByLevel,
      PARTICIPATION_LEVELS.map((level) => ({ level, count: participantsByLevel[level] ?? 0 })),
    ),
    participantsDistinct: raw?.participants_distinct ?? 0,
    feedbackReceived: Number(raw?.received ?? 0),
    feedbackOpen: Number(raw?.open ?? 0),
    feedbackAnswered: Number(raw?.answered ?? 0),
    medianDaysToAnswer: days(raw?.median_days),
    medianDaysToAcknowledge: days(raw?.median_ack_days),
    feedbackLate: Number(raw?.late ?? 0),
    feedbackByCategory: FEEDBACK_CATEGORIES.map((category) => ({ category, count: countOf(raw, 'category', category) })),
    feedbackByStatus: FEEDBACK_STATUSES.map((status) => ({ status, count: countOf(raw, 'status', status) })),
    feedbackByChannel: FEEDBACK_CHANNELS.map((channel) => ({ channel, count: countOf(raw, 'channel', channel) })),
    satisfactionAverage: days(raw?.satisfaction),
    surveyResponses: raw?.survey_responses ?? 0,
    satisfactionAnswers: raw?.satisfaction_answers ?? 0,
    outcomesRecorded: raw?.outcomes ?? 0,
    noticesPublished: raw?.notices_published ?? 0,
    noticesStale: raw?.notices_stale ?? 0,
    feedbackByMonth: window ? monthsOf(window).map((month) => ({ month, count: raw?.by_month?.[month] ?? 0 })) : [],
  };
}
