import type { DataSource, EntityManager } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import { PlatformError } from '../errors.js';
import { ParticipantRepository } from '../features/activities/participant-repository.js';
import { submissionHash, submitOnce } from '../submissions/submit-once.js';
import { newParticipantCode } from '../features/consultations/participant-codes.js';
import { criterionColumn, type RatedByCodeSpec } from './rated-by-code.js';

/** One rating as given: a score per criterion, an optional comment. */
export type RatingRow<C extends string> = {
  id: string;
  subjectId: string;
  commentTh: string | null;
  submittedAt: Date;
} & Record<C, number>;

/** Mean score per criterion (null before the first rating) over `count` ratings. */
export type RatingAverages<C extends string> = { count: number } & Record<C, number | null>;

export interface NewRating<C extends string> {
  code: string;
  /** When the code must belong to this record (a training's own codes); otherwise the code names the record. */
  subjectId: string | null;
  scores: Record<C, number>;
  commentTh: string | null;
  idempotencyKey: string;
  /** Who took part (activities/participants.ts), recorded on the record's activity. */
  participantKey: string;
}

/** Thrown inside the rating transaction to roll it back; submitOnce then looks again. */
class NothingWritten extends Error {}

/** Codes, ratings and averages of one kind of rated record (see rated-by-code.ts). */
export class RatedByCodeRepository<C extends string> {
  private readonly s: string;
  private readonly subject: string;
  private readonly codes: string;
  private readonly ratings: string;
  private readonly ratingColumns: string;
  private readonly averageColumns: string;
  private readonly participants: ParticipantRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly spec: RatedByCodeSpec<C>,
  ) {
    this.s = quoteIdent(unitSchemaOf(dataSource));
    this.subject = `${this.s}.${spec.subjectTable}`;
    this.codes = `${this.s}.${spec.tablePrefix}_code`;
    this.ratings = `${this.s}.${spec.tablePrefix}_rating`;
    this.ratingColumns = [
      'r.id',
      'r.subject_id AS "subjectId"',
      'r.comment_th AS "commentTh"',
      'r.submitted_at AS "submittedAt"',
      ...spec.criteria.map((c) => `r.${criterionColumn(c)} AS "${c}"`),
    ].join(', ');
    this.averageColumns = ['count(r.id)::int AS count', ...spec.criteria.map((c) => `avg(r.${criterionColumn(c)})::float8 AS "${c}"`)].join(
      ', ',
    );
    this.participants = new ParticipantRepository(dataSource);
  }

  /** `count` new random codes for a record, in the caller's transaction when given; a (rare) clash is drawn again. */
  async issueCodes(subjectId: string, count: number, manager?: EntityManager): Promise<string[]> {
    const run = manager ?? this.dataSource.manager;
    const issued: string[] = [];
    while (issued.length < count) {
      const batch = [...new Set(Array.from({ length: count - issued.length }, newParticipantCode))];
      const rows: { code: string }[] = await run.query(
        `INSERT INTO ${this.codes} (code, subject_id) SELECT code, $1 FROM unnest($2::text[]) AS code
         ON CONFLICT DO NOTHING RETURNING code`,
        [subjectId, batch],
      );
      issued.push(...rows.map((r) => r.code));
    }
    return issued;
  }

  /**
   * One rating per code: the code is spent, the rating written and the person recorded
   * on the record's activity, in one transaction, or nothing. A retry with the same key
   * returns the first rating.
   */
  rate(input: NewRating<C>): Promise<RatingRow<C>> {
    const { code, subjectId, scores, commentTh, idempotencyKey } = input;
    const hash = submissionHash({ code, subjectId, scores, commentTh });
    return submitOnce(hash, {
      first: () => this.byKey(idempotencyKey),
      insert: () => this.insert(input, hash),
      refused: () => this.whyRefused(code, subjectId),
    });
  }

  private async insert(input: NewRating<C>, hash: string): Promise<RatingRow<C> | undefined> {
    const columns = this.spec.criteria.map(criterionColumn);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [spent]: [{ subjectId: string; activityId: string }[], number] = await manager.query(
          `UPDATE ${this.codes} c SET used_at = now() FROM ${this.subject} s
           WHERE c.code = $1 AND c.used_at IS NULL AND ($2::uuid IS NULL OR c.subject_id = $2) AND s.id = c.subject_id
           RETURNING c.subject_id AS "subjectId", s.activity_id AS "activityId"`,
          [input.code, input.subjectId],
        );
        const target = spent[0];
        if (!target) throw new NothingWritten();
        const values = columns.map((_, i) => `$${i + 5}`).join(', ');
        const [row]: RatingRow<C>[] = await manager.query(
          `INSERT INTO ${this.ratings} AS r (subject_id, comment_th, idempotency_key, request_hash, ${columns.join(', ')})
           VALUES ($1, $2, $3, $4, ${values}) ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${this.ratingColumns}`,
          [target.subjectId, input.commentTh, input.idempotencyKey, hash, ...this.spec.criteria.map((c) => input.scores[c])],
        );
        if (!row) throw new NothingWritten();
        await this.participants.record(target.activityId, input.participantKey, manager);
        return row;
      });
    } catch (error) {
      if (error instanceof NothingWritten) return undefined;
      throw error;
    }
  }

  private async byKey(key: string): Promise<{ row: RatingRow<C>; requestHash: string } | undefined> {
    const [found]: (RatingRow<C> & { requestHash: string })[] = await this.dataSource.query(
      `SELECT ${this.ratingColumns}, r.request_hash AS "requestHash" FROM ${this.ratings} r WHERE r.idempotency_key = $1`,
      [key],
    );
    if (!found) return undefined;
    const { requestHash, ...row } = found;
    return { row: row as unknown as RatingRow<C>, requestHash };
  }

  private async whyRefused(code: string, subjectId: string | null): Promise<Error> {
    const [found]: { used: boolean }[] = await this.dataSource.query(
      `SELECT used_at IS NOT NULL AS used FROM ${this.codes} WHERE code = $1 AND ($2::uuid IS NULL OR subject_id = $2)`,
      [code, subjectId],
    );
    return new PlatformError(found?.used ? 'RATING_CODE_USED' : 'RATING_CODE_INVALID', {}, 'code');
  }

  /** The ratings of many records, in one statement, oldest first. */
  ratingsOf(subjectIds: readonly string[]): Promise<RatingRow<C>[]> {
    return this.dataSource.query(
      `SELECT ${this.ratingColumns} FROM ${this.ratings} r WHERE r.subject_id = ANY($1::uuid[]) ORDER BY r.submitted_at, r.id`,
      [subjectIds],
    );
  }

  /** Averages and counts of many records, in one statement. */
  async averagesOf(subjectIds: readonly string[]): Promise<Map<string, RatingAverages<C>>> {
    const rows: (RatingAverages<C> & { subjectId: string })[] = await this.dataSource.query(
      `SELECT s.id AS "subjectId", ${this.averageColumns}
       FROM ${this.subject} s LEFT JOIN ${this.ratings} r ON r.subject_id = s.id
       WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
      [subjectIds],
    );
    return new Map(rows.map(({ subjectId, ...averages }) => [subjectId, averages as unknown as RatingAverages<C>]));
  }

  /** Averages over the records dated within [from, to] (YYYY-MM-DD, inclusive): a fiscal year's. */
  async averagesWithin(from: string, to: string): Promise<RatingAverages<C>> {
    const [row]: RatingAverages<C>[] = await this.dataSource.query(
      `SELECT ${this.averageColumns} FROM ${this.ratings} r JOIN ${this.subject} s ON s.id = r.subject_id
       WHERE s.${this.spec.subjectDateColumn} BETWEEN $1::date AND $2::date`,
      [from, to],
    );
    return row!;
  }

  /** Codes handed out and spent per record, in one statement. */
  async codeCounts(subjectIds: readonly string[]): Promise<Map<string, { issued: number; used: number }>> {
    const rows: { subjectId: string; issued: number; used: number }[] = await this.dataSource.query(
      `SELECT subject_id AS "subjectId", count(*)::int AS issued, count(used_at)::int AS used
       FROM ${this.codes} WHERE subject_id = ANY($1::uuid[]) GROUP BY subject_id`,
      [subjectIds],
    );
    return new Map(rows.map(({ subjectId, ...counts }) => [subjectId, counts]));
  }
}
