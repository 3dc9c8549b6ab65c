import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/**
 * The front door's own tables: what was submitted (and under which idempotency key),
 * contact details apart from the case text, and the tracking copy submitters follow.
 */
export class FrontDoor1764300000000 implements MigrationInterface {
  name = 'FrontDoor1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.intake_submission (
        case_id uuid PRIMARY KEY,
        case_code text NOT NULL UNIQUE,
        idempotency_key text NOT NULL UNIQUE,
        request_hash text NOT NULL,
        routed_to text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.case_contact (
        case_id uuid PRIMARY KEY REFERENCES ${s}.intake_submission (case_id) ON DELETE CASCADE,
        name text CHECK (length(name) <= 200),
        email text CHECK (length(email) <= 254),
        phone text CHECK (length(phone) <= 30),
        notice_version text NOT NULL,
        consented_at timestamptz NOT NULL DEFAULT now(),
        -- Under 20 (a minor in Thai law): a guardian consented; kept for a shorter time.
        is_minor boolean NOT NULL DEFAULT false,
        guardian_consent boolean NOT NULL DEFAULT false,
        CHECK (NOT is_minor OR guardian_consent)
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.case_tracking (
        case_id uuid PRIMARY KEY,
        case_code text NOT NULL UNIQUE,
        unit_code text NOT NULL,
        category text NOT NULL,
        status text NOT NULL,
        version integer NOT NULL,
        is_public boolean NOT NULL,
        received_at timestamptz NOT NULL,
        due_acknowledge_at timestamptz,
        due_answer_at timestamptz,
        acknowledged_at timestamptz,
        answered_at timestamptz,
        answer text,
        answer_en text,
        rejected_reason text,
        history jsonb NOT NULL DEFAULT '[]',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX case_tracking_public_idx ON ${s}.case_tracking (answered_at DESC) WHERE is_public AND answered_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.case_tracking`);
    await queryRunner.query(`DROP TABLE ${s}.case_contact`);
    await queryRunner.query(`DROP TABLE ${s}.intake_submission`);
  }
}
