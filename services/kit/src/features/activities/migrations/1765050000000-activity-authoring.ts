import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillActivityWords } from '../../search/backfill.js';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * Activities written by staff (not only seeded): their Thai words for search, and the
 * people who took part in each (a keyed, pseudonymous list; the IAP2 ladder counts it).
 */
export class ActivityAuthoring1765050000000 implements MigrationInterface {
  name = 'ActivityAuthoring1765050000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.activity ADD COLUMN search_text text`);
    await queryRunner.query(`
      ALTER TABLE ${s}.activity ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED`);
    await queryRunner.query(`CREATE INDEX activity_search_idx ON ${s}.activity USING gin (search_vector)`);
    // Words are split in JavaScript (ICU), so existing rows are filled from here, in batches.
    await fillActivityWords(queryRunner, s);
    await queryRunner.query(`
      CREATE TABLE ${s}.activity_participant (
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id) ON DELETE CASCADE,
        participant_key text NOT NULL CHECK (length(participant_key) BETWEEN 8 AND 100),
        first_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (activity_id, participant_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.activity_participant`);
    await queryRunner.query(`ALTER TABLE ${s}.activity DROP COLUMN search_vector, DROP COLUMN search_text`);
  }
}
