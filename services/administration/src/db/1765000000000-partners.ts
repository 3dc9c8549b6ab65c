import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** The office's register of partners (organisations, no personal data) and their MOUs. */
export class Partners1765000000000 implements MigrationInterface {
  name = 'Partners1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name_th text NOT NULL CHECK (length(name_th) BETWEEN 1 AND 300),
        name_en text CHECK (length(name_en) <= 300),
        kind text NOT NULL CHECK (kind IN ('SCHOOL', 'PARENT_NETWORK', 'SCHOOL_BOARD', 'COMMUNITY_ORGANISATION', 'BUSINESS', 'AGENCY', 'FOUNDATION')),
        province text NOT NULL CHECK (length(province) BETWEEN 1 AND 100),
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX partner_page_idx ON ${s}.partner (registered_at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.partner_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES ${s}.partner (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        signed_at date NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX partner_agreement_partner_idx ON ${s}.partner_agreement (partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.partner_agreement`);
    await queryRunner.query(`DROP TABLE ${s}.partner`);
  }
}
