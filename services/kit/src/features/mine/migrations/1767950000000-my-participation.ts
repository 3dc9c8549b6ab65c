import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/** "Where I took part": a signed-in person's activities and proposals are found by their participant key. */
export class MyParticipation1767950000000 implements MigrationInterface {
  name = 'MyParticipation1767950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`CREATE INDEX activity_participant_key_idx ON ${s}.activity_participant (participant_key, first_at DESC)`);
    await queryRunner.query(`CREATE INDEX initiative_proposer_idx ON ${s}.initiative (proposer_key, proposed_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP INDEX ${s}.initiative_proposer_idx`);
    await queryRunner.query(`DROP INDEX ${s}.activity_participant_key_idx`);
  }
}
