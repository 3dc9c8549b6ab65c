import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Whether a member of staff gets the office's e-mail reminders (each message has a link to stop them). */
export class StaffNotices1767500000000 implements MigrationInterface {
  name = 'StaffNotices1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.staff_member ADD COLUMN email_reminders boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`ALTER TABLE ${s}.staff_member DROP COLUMN email_reminders`);
  }
}
