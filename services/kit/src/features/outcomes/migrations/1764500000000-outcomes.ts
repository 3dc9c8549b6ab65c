import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/** "You said, we did": outcomes, the records they answer (in any unit) and their progress. */
export class Outcomes1764500000000 implements MigrationInterface {
  name = 'Outcomes1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.outcome (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic_th text NOT NULL CHECK (length(topic_th) BETWEEN 1 AND 300),
        topic_en text CHECK (length(topic_en) <= 300),
        participants_th text NOT NULL CHECK (length(participants_th) BETWEEN 1 AND 2000),
        results_th text NOT NULL CHECK (length(results_th) BETWEEN 1 AND 5000),
        improvement_th text NOT NULL CHECK (length(improvement_th) BETWEEN 1 AND 5000),
        improvement_en text CHECK (length(improvement_en) <= 5000),
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX outcome_page_idx ON ${s}.outcome (created_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.outcome_link (
        outcome_id uuid NOT NULL REFERENCES ${s}.outcome (id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CASE', 'CONSULTATION', 'SURVEY')),
        unit_code text NOT NULL,
        record_id uuid NOT NULL,
        PRIMARY KEY (outcome_id, kind, unit_code, record_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.outcome_progress (
        id bigserial PRIMARY KEY,
        outcome_id uuid NOT NULL REFERENCES ${s}.outcome (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE')),
        note_th text NOT NULL CHECK (length(note_th) BETWEEN 1 AND 2000)
      )`);
    await queryRunner.query(`CREATE INDEX outcome_progress_idx ON ${s}.outcome_progress (outcome_id, at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.outcome_progress`);
    await queryRunner.query(`DROP TABLE ${s}.outcome_link`);
    await queryRunner.query(`DROP TABLE ${s}.outcome`);
  }
}
