import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  ACTIVITY_STATUSES,
  FEEDBACK_CATEGORIES,
  FEEDBACK_CHANNELS,
  FEEDBACK_STATUSES,
  PARTICIPATION_LEVELS,
} from '../../../db/entities.js';
import { quoteIdent, sqlList, unitSchemaOf } from '../../../db/sql.js';

/** Activities and feedback, the participation model every unit shares. */
export class ParticipationModel1764050000000 implements MigrationInterface {
  name = 'ParticipationModel1764050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 500),
        title_en text CHECK (length(title_en) <= 500),
        body_th text CHECK (length(body_th) <= 20000),
        body_en text CHECK (length(body_en) <= 20000),
        level text NOT NULL CHECK (level IN (${sqlList(PARTICIPATION_LEVELS)})),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${sqlList(ACTIVITY_STATUSES)})),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz CHECK (ends_at IS NULL OR ends_at >= starts_at),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX activity_page_idx ON ${s}.activity (starts_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX activity_level_idx ON ${s}.activity (level, status)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.feedback (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid REFERENCES ${s}.activity (id) ON DELETE SET NULL,
        category text NOT NULL CHECK (category IN (${sqlList(FEEDBACK_CATEGORIES)})),
        channel text NOT NULL CHECK (channel IN (${sqlList(FEEDBACK_CHANNELS)})),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN (${sqlList(FEEDBACK_STATUSES)})),
        received_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz CHECK (answered_at IS NULL OR answered_at >= received_at),
        answer text CHECK (length(answer) <= 10000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX feedback_page_idx ON ${s}.feedback (received_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX feedback_activity_idx ON ${s}.feedback (activity_id)`);
    await queryRunner.query(`CREATE INDEX feedback_status_idx ON ${s}.feedback (status, category)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.feedback`);
    await queryRunner.query(`DROP TABLE ${s}.activity`);
  }
}
