import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from '../../../db/entities.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../../db/sql.js';

/**
 * Feedback becomes a case with a code, deadlines, history and a public flag; each unit
 * gets its deadline policy and answer templates, and an outbox and inbox for handing
 * cases between subgraphs without losing or repeating one.
 */
export class CasesAndMessaging1764200000000 implements MigrationInterface {
  name = 'CasesAndMessaging1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.feedback
        ADD COLUMN case_code text UNIQUE,
        ADD COLUMN is_public boolean NOT NULL DEFAULT false,
        ADD COLUMN has_contact boolean NOT NULL DEFAULT false,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN due_acknowledge_at timestamptz,
        ADD COLUMN due_answer_at timestamptz,
        ADD COLUMN answer_en text CHECK (length(answer_en) <= 10000),
        ADD COLUMN rejected_reason text CHECK (length(rejected_reason) <= 2000),
        ADD COLUMN transferred_to text,
        ADD COLUMN version integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE INDEX feedback_due_idx ON ${s}.feedback (due_answer_at) WHERE transferred_to IS NULL`);
    await queryRunner.query(`
      CREATE TABLE ${s}.case_event (
        id bigserial PRIMARY KEY,
        feedback_id uuid NOT NULL REFERENCES ${s}.feedback (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        unit_code text NOT NULL,
        from_status text CHECK (from_status IN (${sqlList(FEEDBACK_STATUSES)})),
        to_status text NOT NULL CHECK (to_status IN (${sqlList(FEEDBACK_STATUSES)})),
        note text CHECK (length(note) <= 2000)
      )`);
    await queryRunner.query(`CREATE INDEX case_event_feedback_idx ON ${s}.case_event (feedback_id, at, id)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.deadline_policy (
        category text PRIMARY KEY CHECK (category IN (${sqlList(FEEDBACK_CATEGORIES)})),
        acknowledge_days integer NOT NULL CHECK (acknowledge_days BETWEEN 1 AND 60),
        answer_days integer NOT NULL CHECK (answer_days BETWEEN 1 AND 120),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.answer_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 10000),
        body_en text CHECK (length(body_en) <= 10000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.outbox (
        id uuid PRIMARY KEY,
        destination text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        seq bigserial NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        last_error text
      )`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON ${s}.outbox (seq) WHERE delivered_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE ${s}.inbox (
        message_id uuid PRIMARY KEY,
        kind text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of ['inbox', 'outbox', 'answer_template', 'deadline_policy', 'case_event']) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
    await queryRunner.query(`DROP INDEX ${s}.feedback_due_idx`);
    await queryRunner.query(`
      ALTER TABLE ${s}.feedback DROP COLUMN case_code, DROP COLUMN is_public, DROP COLUMN has_contact,
        DROP COLUMN acknowledged_at, DROP COLUMN closed_at, DROP COLUMN due_acknowledge_at, DROP COLUMN due_answer_at,
        DROP COLUMN answer_en, DROP COLUMN rejected_reason, DROP COLUMN transferred_to, DROP COLUMN version`);
  }
}
