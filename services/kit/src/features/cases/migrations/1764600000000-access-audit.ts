import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * PDPA: every staff read of personal data leaves a row here. Append-only: the database
 * itself refuses to change or delete a row, whoever asks.
 */
export class AccessAudit1764600000000 implements MigrationInterface {
  name = 'AccessAudit1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.access_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        role text NOT NULL,
        actor_unit text,
        action text NOT NULL,
        record_ids uuid[] NOT NULL,
        request_id text
      )`);
    await queryRunner.query(`CREATE INDEX access_audit_at_idx ON ${s}.access_audit (at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION ${s}.access_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_audit is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_audit_no_change BEFORE UPDATE OR DELETE ON ${s}.access_audit
      FOR EACH ROW EXECUTE FUNCTION ${s}.access_audit_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER access_audit_no_truncate BEFORE TRUNCATE ON ${s}.access_audit
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.access_audit_append_only()`);
    await queryRunner.query(`ALTER TABLE ${s}.feedback ADD COLUMN erased_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.feedback DROP COLUMN erased_at`);
    await queryRunner.query(`DROP TABLE ${s}.access_audit`);
    await queryRunner.query(`DROP FUNCTION ${s}.access_audit_append_only()`);
  }
}
