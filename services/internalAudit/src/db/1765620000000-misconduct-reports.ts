import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Reports of corruption and misconduct: the unit's confidential channel, apart from its public cases. */
export class MisconductReports1765620000000 implements MigrationInterface {
  name = 'MisconductReports1765620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.misconduct_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        -- scrypt of the follow-up PIN with its salt; the PIN itself is never stored.
        pin_hash text NOT NULL,
        subject_th text NOT NULL CHECK (length(subject_th) BETWEEN 1 AND 300),
        body_th text NOT NULL CHECK (length(body_th) BETWEEN 1 AND 5000),
        who_is_involved text CHECK (length(who_is_involved) BETWEEN 1 AND 1000),
        when_occurred text CHECK (length(when_occurred) BETWEEN 1 AND 300),
        evidence_description text CHECK (length(evidence_description) BETWEEN 1 AND 2000),
        contact text CHECK (length(contact) BETWEEN 1 AND 254),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'SCREENING', 'INVESTIGATING', 'REFERRED',
          'CLOSED_SUBSTANTIATED', 'CLOSED_UNSUBSTANTIATED')),
        note_th text CHECK (length(note_th) BETWEEN 1 AND 2000),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX misconduct_report_page_idx ON ${s}.misconduct_report (received_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.misconduct_report`);
  }
}
