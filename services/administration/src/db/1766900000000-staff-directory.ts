import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/**
 * The office's staff directory: who is staff or head of which unit, director, analyst, auditor,
 * administrator, and Internal Audit's named confidential staff. A signed-in person's role comes
 * from here. Every change is kept in an append-only log beside it.
 */
export class StaffDirectory1766900000000 implements MigrationInterface {
  name = 'StaffDirectory1766900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    const roles = `'UNIT_STAFF', 'UNIT_HEAD', 'DIRECTOR', 'ANALYST', 'AUDITOR', 'ADMIN'`;
    await queryRunner.query(`
      CREATE TABLE ${s}.staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        subject text CHECK (length(subject) <= 500),
        name text CHECK (length(name) <= 200),
        role text NOT NULL CHECK (role IN (${roles})),
        unit_code text,
        confidential boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role IN ('UNIT_STAFF', 'UNIT_HEAD')) = (unit_code IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX staff_member_email_idx ON ${s}.staff_member (email)`);
    await queryRunner.query(`CREATE UNIQUE INDEX staff_member_subject_idx ON ${s}.staff_member (subject) WHERE subject IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${s}.staff_directory_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL CHECK (action IN ('PUT', 'REMOVE')),
        email text NOT NULL,
        role text,
        unit_code text,
        confidential boolean
      )`);
    await queryRunner.query(`
      CREATE FUNCTION ${s}.staff_directory_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'staff_directory_change is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER staff_directory_change_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.staff_directory_change
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.staff_directory_change_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.staff_directory_change`);
    await queryRunner.query(`DROP FUNCTION ${s}.staff_directory_change_append_only()`);
    await queryRunner.query(`DROP TABLE ${s}.staff_member`);
  }
}
