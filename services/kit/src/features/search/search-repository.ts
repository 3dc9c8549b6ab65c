import type { DataSource } from 'typeorm';
import type { ParticipationLevel } from '../../db/entities.js';
import { quoteIdent, unitSchemaOf } from '../../db/sql.js';
import { notHidden } from '../moderation/moderation-repository.js';
import type { SearchQuery } from './search-query.js';

/** One record a search found, before its snippet is cut. */
export interface SearchRow {
  kind: 'ACTIVITY' | 'ANSWER';
  id: string;
  titleTh: string;
  /** Where the snippet is cut from: the activity's body, or the answer. */
  body: string | null;
  level: ParticipationLevel;
  /** The activity found, or the (published) one the answer is about. */
  activityId: string | null;
  at: Date;
  rank: number;
}

/** Statuses the public sees: never a draft (nor the archive). */
export const SEARCHABLE_STATUSES = ['PUBLISHED', 'OPEN', 'CLOSED'] as const;

/**
 * The rank, in tiers: a match of the words (tsquery) is worth 2 plus its ts_rank (0–1,
 * normalised), a match of the raw text only 0.5; all the words in the title add 1.
 * So every word match ranks above every raw-text-only match, and within each, a title
 * match above a body-only one.
 */
const RANK = (vector: string, title: string) =>
  `(CASE WHEN ${vector} @@ q.ts THEN 2 + ts_rank(${vector}, q.ts, 32) ELSE 0.5 END
    + CASE WHEN ${title} ILIKE ALL ($3::text[]) THEN 1 ELSE 0 END)::float8`;

/** Search over a unit's published activities and public answers: one statement. */
export class SearchRepository {
  private readonly s: string;

  constructor(private readonly dataSource: DataSource) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
  }

  find(query: SearchQuery, levels: readonly ParticipationLevel[] | null | undefined, first: number): Promise<SearchRow[]> {
    const s = this.s;
    return this.dataSource.query(
      `WITH q AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE to_tsquery('simple', $1) END AS ts)
       SELECT * FROM (
         SELECT 'ACTIVITY' AS kind, a.id, a.title_th AS "titleTh", coalesce(a.body_th, a.body_en) AS body, a.level,
           a.id AS "activityId", a.starts_at AS at, ${RANK('a.search_vector', `concat_ws(' ', a.title_th, a.title_en)`)} AS rank
         FROM ${s}.activity a, q
         WHERE a.status = ANY($5::text[]) AND ($4::text[] IS NULL OR a.level = ANY($4))
           AND (a.search_vector @@ q.ts OR a.title_th ILIKE $2 OR a.title_en ILIKE $2 OR a.body_th ILIKE $2 OR a.body_en ILIKE $2)
         UNION ALL
         SELECT 'ANSWER', f.id, left(f.message, 120), concat_ws(' ', f.answer, f.answer_en), coalesce(a.level, 'CONSULT'),
           a.id, f.answered_at, ${RANK('f.search_vector', 'f.message')}
         FROM ${s}.feedback f CROSS JOIN q
           LEFT JOIN ${s}.activity a ON a.id = f.activity_id AND a.status = ANY($5::text[])
         WHERE f.search_text IS NOT NULL AND f.is_public AND f.answer IS NOT NULL AND f.transferred_to IS NULL
           AND ${notHidden(s, 'PUBLIC_FEEDBACK', 'f.id')}
           AND ($4::text[] IS NULL OR coalesce(a.level, 'CONSULT') = ANY($4))
           AND (f.search_vector @@ q.ts OR f.message ILIKE $2 OR f.answer ILIKE $2 OR f.answer_en ILIKE $2)
       ) hit
       ORDER BY rank DESC, at DESC, id
       LIMIT $6`,
      [query.tsquery, query.pattern, query.wordPatterns, levels?.length ? levels : null, SEARCHABLE_STATUSES, first],
    );
  }
}
