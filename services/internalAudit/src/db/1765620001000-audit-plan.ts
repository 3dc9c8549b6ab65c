import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** The published audit plan: one per fiscal year, its topics replaced as a whole on republishing. */
export class AuditPlan1765620001000 implements MigrationInterface {
  name = 'AuditPlan1765620001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.audit_plan (
        fiscal_year int PRIMARY KEY CHECK (fiscal_year BETWEEN 2540 AND 2700),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE ${s}.audit_plan_item (
        fiscal_year int NOT NULL REFERENCES ${s}.audit_plan (fiscal_year) ON DELETE CASCADE,
        position int NOT NULL CHECK (position BETWEEN 1 AND 50),
        unit_code text NOT NULL CHECK (length(unit_code) BETWEEN 1 AND 30),
        topic_th text NOT NULL CHECK (length(topic_th) BETWEEN 1 AND 300),
        quarter int NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        PRIMARY KEY (fiscal_year, position)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.audit_plan_item`);
    await queryRunner.query(`DROP TABLE ${s}.audit_plan`);
  }
}
