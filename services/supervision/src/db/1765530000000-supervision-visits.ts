import {
  createRatedByCodeTables,
  dropRatedByCodeTables,
  LIMITS,
  quoteIdent,
  unitSchemaOf,
  type MigrationInterface,
  type QueryRunner,
} from '@sesao28/kit';
import { MAX_SUPERVISORS, VISIT_RATINGS } from '../visits/visit-ratings.js';

/** Supervision visits to schools, the one-time codes schools rate them with, and the ratings. */
export class SupervisionVisits1765530000000 implements MigrationInterface {
  name = 'SupervisionVisits1765530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.supervision_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id),
        school_name text NOT NULL CHECK (length(school_name) BETWEEN 1 AND ${LIMITS.title}),
        visited_on date NOT NULL,
        topic_th text NOT NULL CHECK (length(topic_th) BETWEEN 1 AND ${LIMITS.title}),
        supervisors text[] NOT NULL CHECK (cardinality(supervisors) BETWEEN 1 AND ${MAX_SUPERVISORS}),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX supervision_visit_page_idx ON ${s}.supervision_visit (visited_on DESC, id DESC)`);
    await createRatedByCodeTables(queryRunner, VISIT_RATINGS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await dropRatedByCodeTables(queryRunner, VISIT_RATINGS);
    await queryRunner.query(`DROP TABLE ${s}.supervision_visit`);
  }
}
