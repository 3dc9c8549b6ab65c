import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * Cases erased before they reached this unit (their transfer was still on the way): only the id,
 * so that the delivery which brings the case erases it at once.
 */
export class ErasedCases1767700000000 implements MigrationInterface {
  name = 'ErasedCases1767700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`CREATE TABLE ${s}.erased_case (case_id uuid PRIMARY KEY, erased_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.erased_case`);
  }
}
