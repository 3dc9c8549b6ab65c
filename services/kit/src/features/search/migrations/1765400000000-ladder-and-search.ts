import type { MigrationInterface, QueryRunner } from 'typeorm';
import { fillAnswerWords } from '../backfill.js';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * The IAP2 ladder and office search: surveys may stand on an activity (so their
 * respondents count as its participants), and published answers get the same Thai
 * words for search as activities.
 */
export class LadderAndSearch1765400000000 implements MigrationInterface {
  name = 'LadderAndSearch1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.survey ADD COLUMN activity_id uuid REFERENCES ${s}.activity (id) ON DELETE SET NULL`);
    // The ladder joins a fiscal year's activities to their participants: with the id in the
    // covering index the activities are read from the index alone, and the participant
    // table's primary key (activity_id, participant_key) answers the join index-only too.
    await queryRunner.query(`CREATE INDEX activity_ladder_idx ON ${s}.activity (starts_at) INCLUDE (level, id)`);
    await queryRunner.query(`DROP INDEX ${s}.activity_stats_idx`);
    await queryRunner.query(`ALTER TABLE ${s}.feedback ADD COLUMN search_text text`);
    await queryRunner.query(`
      ALTER TABLE ${s}.feedback ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED`);
    // Only published answers carry words, so the index stays small however many cases there are.
    await queryRunner.query(`CREATE INDEX feedback_search_idx ON ${s}.feedback USING gin (search_vector) WHERE search_text IS NOT NULL`);
    // Search reads the few published answers among a unit's 100,000 cases through this one.
    await queryRunner.query(`CREATE INDEX feedback_published_idx ON ${s}.feedback (answered_at) WHERE search_text IS NOT NULL`);
    // Words are split in JavaScript (ICU): existing public answers are filled from here.
    await fillAnswerWords(queryRunner, s);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.feedback DROP COLUMN search_vector, DROP COLUMN search_text`);
    await queryRunner.query(`ALTER TABLE ${s}.survey DROP COLUMN activity_id`);
    await queryRunner.query(`CREATE INDEX activity_stats_idx ON ${s}.activity (starts_at) INCLUDE (level)`);
    await queryRunner.query(`DROP INDEX ${s}.activity_ladder_idx`);
  }
}
