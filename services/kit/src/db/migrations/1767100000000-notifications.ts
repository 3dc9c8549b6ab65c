import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../sql.js';

/**
 * Notices to a case's submitter (first written for the front door, e-mail only): written in the same transaction as what they
 * tell, once per case and kind, sent by a job that claims rows with SKIP LOCKED (several replicas
 * never send one twice), retried with backoff, dead after too many failures for staff to see.
 */
export class Notifications1767100000000 implements MigrationInterface {
  name = 'Notifications1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('RECEIVED', 'ANSWERED')),
        channel text NOT NULL CHECK (channel IN ('EMAIL')),
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (case_id, kind, channel)
      )`);
    await queryRunner.query(`CREATE INDEX notification_due_idx ON ${s}.notification (next_attempt_at) WHERE status = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.notification`);
  }
}
