import { LIMITS, quoteIdent, sqlList, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';
import { ICT_CATEGORIES, ICT_STATUSES } from '../ict-requests/ict-request-rules.js';

/** Schools' ICT support requests and the notes staff write back on them. */
export class IctRequests1765510000000 implements MigrationInterface {
  name = 'IctRequests1765510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.ict_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^ICT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
        school_name text NOT NULL CHECK (length(school_name) BETWEEN 1 AND ${LIMITS.title}),
        school_code text CHECK (school_code ~ '^[0-9]{10}$'),
        contact_name text CHECK (length(contact_name) BETWEEN 1 AND ${LIMITS.name}),
        category text NOT NULL CHECK (category IN (${sqlList(ICT_CATEGORIES)})),
        description_th text NOT NULL CHECK (length(description_th) BETWEEN 1 AND ${LIMITS.message}),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN (${sqlList(ICT_STATUSES)})),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        request_hash text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX ict_request_page_idx ON ${s}.ict_request (received_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX ict_request_status_idx ON ${s}.ict_request (status, received_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.ict_request_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES ${s}.ict_request (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN (${sqlList(ICT_STATUSES)})),
        note_th text NOT NULL CHECK (length(note_th) BETWEEN 1 AND ${LIMITS.note}),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX ict_request_note_request_idx ON ${s}.ict_request_note (request_id, at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.ict_request_note`);
    await queryRunner.query(`DROP TABLE ${s}.ict_request`);
  }
}
