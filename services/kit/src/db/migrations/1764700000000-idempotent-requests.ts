import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../sql.js';

/** First results of mutations sent with an Idempotency-Key, returned again on retry. */
export class IdempotentRequests1764700000000 implements MigrationInterface {
  name = 'IdempotentRequests1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.idempotent_request (
        key text PRIMARY KEY,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${quoteIdent(unitSchemaOf(queryRunner))}.idempotent_request`);
  }
}
