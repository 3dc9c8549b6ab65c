import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Partners' support for students (scholarships, lunch, equipment, transport, mentoring), each on its COLLABORATE activity. */
export class ScholarshipPartnerships1765630000000 implements MigrationInterface {
  name = 'ScholarshipPartnerships1765630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.scholarship_partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        -- A partner of Administration's register (checked when recorded; another unit's table, so no foreign key).
        partner_id uuid NOT NULL,
        title_th text NOT NULL CHECK (length(title_th) BETWEEN 1 AND 300),
        kind text NOT NULL CHECK (kind IN ('SCHOLARSHIP', 'LUNCH', 'EQUIPMENT', 'TRANSPORT', 'MENTORING')),
        fiscal_year int NOT NULL CHECK (fiscal_year BETWEEN 2540 AND 2700),
        amount_baht numeric(12, 2) CHECK (amount_baht BETWEEN 0 AND 1000000000),
        students_supported int NOT NULL CHECK (students_supported BETWEEN 0 AND 1000000),
        schools_th text[] NOT NULL DEFAULT '{}' CHECK (cardinality(schools_th) <= 50),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One record per partner, year, kind and title: a retry finds the first.
        UNIQUE (partner_id, fiscal_year, kind, title_th)
      )`);
    await queryRunner.query(`CREATE INDEX scholarship_partnership_page_idx ON ${s}.scholarship_partnership (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX scholarship_partnership_year_idx ON ${s}.scholarship_partnership (fiscal_year, kind)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.scholarship_partnership`);
  }
}
