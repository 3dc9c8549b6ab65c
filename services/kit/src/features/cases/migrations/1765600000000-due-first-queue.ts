import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * The staff desk's queue, soonest answer deadline first: an index on the very sort key of
 * FeedbackRepository#page (DUE_FIRST) so the page and its cursor are one index range scan.
 */
export class DueFirstQueue1765600000000 implements MigrationInterface {
  name = 'DueFirstQueue1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(
      `CREATE INDEX feedback_due_first_idx ON ${s}.feedback ((COALESCE(due_answer_at, 'infinity'::timestamptz)), id)
       WHERE transferred_to IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP INDEX ${s}.feedback_due_first_idx`);
  }
}
