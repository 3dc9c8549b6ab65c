import { LIMITS, quoteIdent, sqlList, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';
import { PARTNER_APPLICATION_STATUSES, PARTNER_CONTACT_EMAIL_MAX } from '../partners/application-repository.js';
import { PARTNER_KINDS } from '../partners/partner-repository.js';

/**
 * Organisations' applications to join the register of partners. The contact person (and the free
 * message, which may name people) is the only personal data: nullable, so retention can clear it.
 */
export class PartnerApplications1767640000000 implements MigrationInterface {
  name = 'PartnerApplications1767640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.partner_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND ${LIMITS.title}),
        name_en text CHECK (length(name_en) BETWEEN 1 AND ${LIMITS.title}),
        kind text NOT NULL CHECK (kind IN (${sqlList(PARTNER_KINDS)})),
        province text NOT NULL CHECK (length(province) BETWEEN 1 AND 100),
        message text CHECK (length(message) BETWEEN 1 AND ${LIMITS.note}),
        contact_name text CHECK (length(contact_name) BETWEEN 1 AND ${LIMITS.name}),
        contact_email text CHECK (length(contact_email) BETWEEN 3 AND ${PARTNER_CONTACT_EMAIL_MAX}),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN (${sqlList(PARTNER_APPLICATION_STATUSES)})),
        decline_reason text CHECK (length(decline_reason) BETWEEN 1 AND ${LIMITS.reason}),
        partner_id uuid UNIQUE REFERENCES ${s}.partner (id),
        idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        -- A hash of what was sent (contact included): tells a retry from a reused key; cleared with the contact.
        request_hash text,
        received_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'ACCEPTED') = (partner_id IS NOT NULL)),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'RECEIVED') = (decided_at IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX partner_application_page_idx ON ${s}.partner_application (status, received_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX partner_application_all_idx ON ${s}.partner_application (received_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.partner_application`);
  }
}
