import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/**
 * The second factor of a case's PDPA access and erasure: a privacy key given once with the
 * receipt, kept only as a hash (its text stays a day, for a retried submission's receipt), and
 * the count of wrong tries that locks the case's self-service for a while.
 */
export class PrivacyKey1767000000000 implements MigrationInterface {
  name = 'PrivacyKey1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.intake_submission
        ADD COLUMN privacy_key_hash text,
        ADD COLUMN privacy_key_retry text,
        ADD COLUMN privacy_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN privacy_locked_until timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.intake_submission
        DROP COLUMN privacy_key_hash, DROP COLUMN privacy_key_retry, DROP COLUMN privacy_failures, DROP COLUMN privacy_locked_until`);
  }
}
