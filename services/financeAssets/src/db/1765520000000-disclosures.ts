import {
  LIMITS,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  quoteIdent,
  sqlList,
  unitSchemaOf,
  type MigrationInterface,
  type QueryRunner,
} from '@sesao28/kit';
import { AMOUNT_PRECISION, DISCLOSURE_KINDS, PROCUREMENT_METHODS } from '../disclosures/disclosure-rules.js';

/** Procurement and spending disclosures, and people's questions on them with the public answers. */
export class Disclosures1765520000000 implements MigrationInterface {
  name = 'Disclosures1765520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.disclosure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        kind text NOT NULL CHECK (kind IN (${sqlList(DISCLOSURE_KINDS)})),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND ${LIMITS.title}),
        project_th text NOT NULL CHECK (length(project_th) BETWEEN 1 AND ${LIMITS.title}),
        amount_baht numeric(${AMOUNT_PRECISION}, 2) NOT NULL CHECK (amount_baht >= 0),
        method text NOT NULL CHECK (method IN (${sqlList(PROCUREMENT_METHODS)})),
        vendor_name text CHECK (length(vendor_name) BETWEEN 1 AND ${LIMITS.title}),
        fiscal_year int NOT NULL CHECK (fiscal_year BETWEEN ${MIN_FISCAL_YEAR} AND ${MAX_FISCAL_YEAR}),
        published_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX disclosure_page_idx ON ${s}.disclosure (published_on DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX disclosure_year_idx ON ${s}.disclosure (fiscal_year, kind)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.disclosure_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        disclosure_id uuid NOT NULL REFERENCES ${s}.disclosure (id) ON DELETE CASCADE,
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND ${LIMITS.message}),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash text NOT NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer_th text CHECK (length(answer_th) BETWEEN 1 AND ${LIMITS.answer}),
        answered_at timestamptz,
        CHECK ((answer_th IS NULL) = (answered_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX disclosure_question_disclosure_idx ON ${s}.disclosure_question (disclosure_id, asked_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.disclosure_question`);
    await queryRunner.query(`DROP TABLE ${s}.disclosure`);
  }
}
