import type { QueryRunner } from 'typeorm';
import { LIMITS } from '../text.js';
import { quoteIdent, unitSchemaOf } from '../db/sql.js';
import { PlatformError } from '../errors.js';

/**
 * A record of a unit that people rate 1–5 on a few criteria, each with a one-time code
 * the unit hands out (a supervision visit, a training). The record's table has
 * `id uuid` and `activity_id uuid` (its participation activity) and a date column.
 */
export interface RatedByCodeSpec<C extends string> {
  /** The rated record's table, e.g. supervision_visit. */
  subjectTable: string;
  /** Its date column that names its fiscal year, e.g. visited_on. */
  subjectDateColumn: string;
  /** Prefix of the code and rating tables, e.g. supervision_visit → supervision_visit_code, supervision_visit_rating. */
  tablePrefix: string;
  /** The criteria, as GraphQL names them (camelCase); columns are their snake_case. */
  criteria: readonly C[];
}

export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const criterionColumn = (criterion: string) => criterion.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every criterion rated, each a whole number 1–5; RATING_OUT_OF_RANGE names the first that is not. */
export function requireRatings<C extends string>(criteria: readonly C[], given: Partial<Record<C, number>>): Record<C, number> {
  const scores = {} as Record<C, number>;
  for (const criterion of criteria) {
    const value = given[criterion];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < RATING_MIN || value > RATING_MAX) {
      throw new PlatformError('RATING_OUT_OF_RANGE', { criterion }, `ratings.${criterion}`);
    }
    scores[criterion] = value;
  }
  return scores;
}

/** The code and rating tables of a rated record (its table must exist already). */
export async function createRatedByCodeTables(queryRunner: QueryRunner, spec: RatedByCodeSpec<string>): Promise<void> {
  const s = quoteIdent(unitSchemaOf(queryRunner));
  const { subjectTable: subject, tablePrefix: prefix } = spec;
  await queryRunner.query(`
    CREATE TABLE ${s}.${prefix}_code (
      code text PRIMARY KEY CHECK (code ~ '^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$'),
      subject_id uuid NOT NULL REFERENCES ${s}.${subject} (id) ON DELETE CASCADE,
      issued_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz
    )`);
  await queryRunner.query(`CREATE INDEX ${prefix}_code_subject_idx ON ${s}.${prefix}_code (subject_id)`);
  const scores = spec.criteria
    .map((c) => `${criterionColumn(c)} smallint NOT NULL CHECK (${criterionColumn(c)} BETWEEN ${RATING_MIN} AND ${RATING_MAX}),`)
    .join('\n      ');
  // No code on the rating: once spent, nothing ties a rating to whoever was handed the code.
  await queryRunner.query(`
    CREATE TABLE ${s}.${prefix}_rating (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject_id uuid NOT NULL REFERENCES ${s}.${subject} (id) ON DELETE CASCADE,
      ${scores}
      comment_th text CHECK (length(comment_th) BETWEEN 1 AND ${LIMITS.surveyText}),
      idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
      request_hash text NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now()
    )`);
  await queryRunner.query(`CREATE INDEX ${prefix}_rating_subject_idx ON ${s}.${prefix}_rating (subject_id)`);
}

export async function dropRatedByCodeTables(queryRunner: QueryRunner, spec: RatedByCodeSpec<string>): Promise<void> {
  const s = quoteIdent(unitSchemaOf(queryRunner));
  await queryRunner.query(`DROP TABLE ${s}.${spec.tablePrefix}_rating`);
  await queryRunner.query(`DROP TABLE ${s}.${spec.tablePrefix}_code`);
}
