import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../sql.js';

/**
 * Notices in every unit, on every channel, to everyone a unit tells: a notice is once per
 * dedupe key (what it tells, about what, to whom, on which channel), may concern no case (a
 * director's daily digest), and is CANCELLED when its person opts out before it is sent.
 */
export class NotificationChannels1767200000000 implements MigrationInterface {
  name = 'NotificationChannels1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      ALTER TABLE ${s}.notification
        ADD COLUMN dedupe_key text,
        ADD COLUMN audience text NOT NULL DEFAULT 'SUBMITTER' CHECK (audience IN ('SUBMITTER', 'STAFF', 'HEAD', 'DIRECTOR', 'FOLLOWER')),
        ALTER COLUMN case_id DROP NOT NULL,
        DROP CONSTRAINT notification_case_id_kind_channel_key,
        DROP CONSTRAINT notification_kind_check,
        DROP CONSTRAINT notification_channel_check,
        DROP CONSTRAINT notification_status_check,
        ADD CONSTRAINT notification_kind_check CHECK (kind ~ '^[A-Z_]{1,40}$'),
        ADD CONSTRAINT notification_channel_check CHECK (channel IN ('EMAIL', 'LINE', 'SMS')),
        ADD CONSTRAINT notification_status_check CHECK (status IN ('PENDING', 'SENT', 'DEAD', 'CANCELLED'))`);
    await queryRunner.query(`UPDATE ${s}.notification SET dedupe_key = 'case:' || case_id || ':' || kind || ':' || channel`);
    await queryRunner.query(`ALTER TABLE ${s}.notification ALTER COLUMN dedupe_key SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX notification_dedupe_idx ON ${s}.notification (dedupe_key)`);
    await queryRunner.query(`CREATE INDEX notification_case_idx ON ${s}.notification (case_id) WHERE case_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DELETE FROM ${s}.notification WHERE case_id IS NULL OR audience <> 'SUBMITTER' OR channel <> 'EMAIL'`);
    await queryRunner.query(`DROP INDEX ${s}.notification_case_idx`);
    await queryRunner.query(`DROP INDEX ${s}.notification_dedupe_idx`);
    await queryRunner.query(`
      ALTER TABLE ${s}.notification
        DROP COLUMN dedupe_key,
        DROP COLUMN audience,
        ALTER COLUMN case_id SET NOT NULL,
        ADD CONSTRAINT notification_case_id_kind_channel_key UNIQUE (case_id, kind, channel)`);
  }
}
