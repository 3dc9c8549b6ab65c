import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../sql.js';

/**
 * Covering indexes for the stats statement: a fiscal year's cases and activities are read
 * from the index alone (no heap visits), which halved the statement at 100,000 cases a unit
 * (docs/performance.md).
 */
export class StatsIndexes1764800000000 implements MigrationInterface {
  name = 'StatsIndexes1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(
      `CREATE INDEX feedback_stats_idx ON ${s}.feedback (received_at)
       INCLUDE (category, channel, status, acknowledged_at, answered_at, due_answer_at) WHERE transferred_to IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX activity_stats_idx ON ${s}.activity (starts_at) INCLUDE (level)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP INDEX ${s}.activity_stats_idx`);
    await queryRunner.query(`DROP INDEX ${s}.feedback_stats_idx`);
  }
}
