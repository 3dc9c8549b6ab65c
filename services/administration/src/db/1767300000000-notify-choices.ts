import { quoteIdent, remindBefore, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Working days before a case's answer deadline that its unit's staff are reminded (as intake/reminders.ts then). */
const REMIND_WORKING_DAYS = 2;

/**
 * How each submitter wants to be told (e-mail, LINE, SMS: each can be turned off later), the
 * LINE user id of one who signed in with LINE, and when a case's unit is reminded of its deadline
 * (two working days before it, stored with the deadline so the reminder sweep is one SQL query).
 */
export class NotifyChoices1767300000000 implements MigrationInterface {
  name = 'NotifyChoices1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.case_contact
        ADD COLUMN notify_channels text[] NOT NULL DEFAULT '{}' CHECK (notify_channels <@ ARRAY['EMAIL', 'LINE', 'SMS']),
        ADD COLUMN line_user_id text CHECK (line_user_id ~ '^U[0-9a-f]{32}$')`);
    // Until now an e-mail address given meant being told by e-mail.
    await queryRunner.query(`UPDATE ${s}.case_contact SET notify_channels = '{EMAIL}' WHERE email IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE ${s}.case_tracking ADD COLUMN remind_at timestamptz`);
    const open: { caseId: string; due: Date }[] = await queryRunner.query(
      `SELECT case_id AS "caseId", due_answer_at AS due FROM ${s}.case_tracking
       WHERE due_answer_at IS NOT NULL AND status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS')`,
    );
    for (const row of open) {
      await queryRunner.query(`UPDATE ${s}.case_tracking SET remind_at = $2 WHERE case_id = $1`, [
        row.caseId,
        remindBefore(new Date(row.due), REMIND_WORKING_DAYS),
      ]);
    }
    await queryRunner.query(
      `CREATE INDEX case_tracking_open_idx ON ${s}.case_tracking (unit_code, due_answer_at)
       WHERE status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP INDEX ${s}.case_tracking_open_idx`);
    await queryRunner.query(`ALTER TABLE ${s}.case_tracking DROP COLUMN remind_at`);
    await queryRunner.query(`ALTER TABLE ${s}.case_contact DROP COLUMN notify_channels, DROP COLUMN line_user_id`);
  }
}
