import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/**
 * "My cases": a case submitted with contact details by a signed-in person keeps that person's
 * pseudonymous participant key beside the contact, so it goes with the contact (erasure, retention)
 * and an anonymous case never has one.
 */
export class MyCases1767900000000 implements MigrationInterface {
  name = 'MyCases1767900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.case_contact ADD COLUMN submitter_key text CHECK (length(submitter_key) BETWEEN 8 AND 100)`);
    await queryRunner.query(`CREATE INDEX case_contact_submitter_idx ON ${s}.case_contact (submitter_key) WHERE submitter_key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP INDEX ${s}.case_contact_submitter_idx`);
    await queryRunner.query(`ALTER TABLE ${s}.case_contact DROP COLUMN submitter_key`);
  }
}
