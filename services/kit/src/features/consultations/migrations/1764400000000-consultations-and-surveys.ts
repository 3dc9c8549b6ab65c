import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * Measure 2 of the announcement, "consult": consultations (formal hearings and online
 * comments, with a published summary) and surveys (typed questions, issued participant
 * codes, one response per code, answers aggregated in SQL).
 */
export class ConsultationsAndSurveys1764400000000 implements MigrationInterface {
  name = 'ConsultationsAndSurveys1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) <= 300),
        description_th text CHECK (length(description_th) <= 20000),
        description_en text CHECK (length(description_en) <= 20000),
        kind text NOT NULL CHECK (kind IN ('FORMAL_HEARING', 'ONLINE_COMMENTS')),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        hearing_at timestamptz,
        place text CHECK (length(place) <= 300),
        minutes_th text CHECK (length(minutes_th) <= 20000),
        summary_th text CHECK (length(summary_th) <= 20000),
        summary_en text CHECK (length(summary_en) <= 20000),
        summary_published_at timestamptz,
        activity_id uuid REFERENCES ${s}.activity (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at),
        CHECK (kind <> 'FORMAL_HEARING' OR (hearing_at IS NOT NULL AND place IS NOT NULL)),
        CHECK (kind = 'FORMAL_HEARING' OR minutes_th IS NULL),
        CHECK (summary_published_at IS NULL OR (summary_th IS NOT NULL AND summary_published_at >= closes_at))
      )`);
    await queryRunner.query(`CREATE INDEX consultation_page_idx ON ${s}.consultation (opens_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.consultation_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES ${s}.consultation (id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        author_name text CHECK (length(author_name) BETWEEN 1 AND 200),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX consultation_comment_page_idx ON ${s}.consultation_comment (consultation_id, created_at, id)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        title_en text CHECK (length(title_en) <= 300),
        description_th text CHECK (length(description_th) <= 20000),
        description_en text CHECK (length(description_en) <= 20000),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        anonymous boolean NOT NULL DEFAULT true,
        eligibility text NOT NULL CHECK (eligibility IN ('OPEN', 'LISTED')),
        template text CHECK (template IN ('SERVICE_SATISFACTION')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (closes_at > opens_at),
        CHECK (eligibility = 'LISTED' OR anonymous)
      )`);
    await queryRunner.query(`CREATE INDEX survey_page_idx ON ${s}.survey (opens_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX survey_template_idx ON ${s}.survey (template) WHERE template IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${s}.survey_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES ${s}.survey (id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        kind text NOT NULL CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'FREE_TEXT')),
        text_th text NOT NULL CHECK (length(text_th) BETWEEN 1 AND 1000),
        text_en text CHECK (length(text_en) <= 1000),
        options jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
        required boolean NOT NULL DEFAULT false,
        UNIQUE (survey_id, position),
        CHECK ((kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE')) = (jsonb_array_length(options) >= 2))
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.survey_participant (
        survey_id uuid NOT NULL REFERENCES ${s}.survey (id) ON DELETE CASCADE,
        participant_code text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz,
        PRIMARY KEY (survey_id, participant_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.survey_response (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        survey_id uuid NOT NULL REFERENCES ${s}.survey (id) ON DELETE CASCADE,
        participant_code text,
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (survey_id, participant_code),
        FOREIGN KEY (survey_id, participant_code) REFERENCES ${s}.survey_participant (survey_id, participant_code)
      )`);
    await queryRunner.query(`CREATE INDEX survey_response_survey_idx ON ${s}.survey_response (survey_id, submitted_at)`);
    await queryRunner.query(`CREATE INDEX survey_response_submitted_idx ON ${s}.survey_response (submitted_at)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.survey_answer (
        response_id uuid NOT NULL REFERENCES ${s}.survey_response (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES ${s}.survey_question (id) ON DELETE CASCADE,
        choices integer[] CHECK (cardinality(choices) >= 1),
        scale integer CHECK (scale BETWEEN 1 AND 5),
        text text CHECK (length(text) BETWEEN 1 AND 2000),
        PRIMARY KEY (response_id, question_id),
        CHECK (num_nonnulls(choices, scale, text) = 1)
      )`);
    await queryRunner.query(`CREATE INDEX survey_answer_question_idx ON ${s}.survey_answer (question_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of [
      'survey_answer',
      'survey_response',
      'survey_participant',
      'survey_question',
      'survey',
      'consultation_comment',
      'consultation',
    ]) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
  }
}
