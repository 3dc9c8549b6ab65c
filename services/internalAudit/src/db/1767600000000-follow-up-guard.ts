import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/**
 * A report's follow-up is guarded: wrong PINs are counted and lock the report's follow-up for a
 * while, and the retry key the PIN is derived from is no longer stored (only its SHA-256, enough
 * to find a retried report), so nothing in the table gives the PIN back.
 */
export class FollowUpGuard1767600000000 implements MigrationInterface {
  name = 'FollowUpGuard1767600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.misconduct_report
        ADD COLUMN pin_failures integer NOT NULL DEFAULT 0,
        ADD COLUMN pin_locked_until timestamptz,
        ADD COLUMN idempotency_key_hash text`);
    await queryRunner.query(
      `UPDATE ${s}.misconduct_report SET idempotency_key_hash = encode(sha256(convert_to(idempotency_key, 'UTF8')), 'hex')`,
    );
    await queryRunner.query(`
      ALTER TABLE ${s}.misconduct_report
        ALTER COLUMN idempotency_key_hash SET NOT NULL,
        ADD CONSTRAINT misconduct_report_idempotency_key_hash_key UNIQUE (idempotency_key_hash),
        DROP COLUMN idempotency_key`);
  }

  async down(): Promise<void> {
    // The retry keys are gone for good (only their hashes were kept): there is nothing to put back.
    throw new Error('FollowUpGuard1767600000000 cannot be undone: the retry keys were not kept');
  }
}
