import { quoteIdent, unitSchemaOf, type MigrationInterface, type QueryRunner } from '@sesao28/kit';

/** Published personnel orders (one row per person named in an order), each on its INFORM activity. */
export class PersonnelOrders1765610000000 implements MigrationInterface {
  name = 'PersonnelOrders1765610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.personnel_order (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        kind text NOT NULL CHECK (kind IN ('APPOINTMENT', 'TRANSFER', 'PROMOTION', 'RETIREMENT')),
        order_no text NOT NULL CHECK (length(order_no) BETWEEN 1 AND 50),
        order_date date NOT NULL,
        person_name text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 200),
        position_th text NOT NULL CHECK (length(position_th) BETWEEN 1 AND 300),
        from_school text CHECK (length(from_school) BETWEEN 1 AND 300),
        to_school text CHECK (length(to_school) BETWEEN 1 AND 300),
        effective_on date NOT NULL CHECK (effective_on >= order_date),
        -- Thai fiscal year (B.E.): October starts the next one.
        fiscal_year int NOT NULL GENERATED ALWAYS AS (
          extract(year FROM order_date)::int + 543 + CASE WHEN extract(month FROM order_date) >= 10 THEN 1 ELSE 0 END
        ) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- One announcement per person per order: a retry finds the first.
        UNIQUE (order_no, order_date, person_name)
      )`);
    await queryRunner.query(`CREATE INDEX personnel_order_page_idx ON ${s}.personnel_order (order_date DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX personnel_order_year_idx ON ${s}.personnel_order (fiscal_year, kind)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.personnel_order`);
  }
}
