import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/**
 * People who follow a consultation, draft or vote, each on one channel: told when it opens,
 * closes and publishes what came of it, until they stop (a link in every message) or their
 * address passes its retention.
 */
export class Followers1767400000000 implements MigrationInterface {
  name = 'Followers1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.follower (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('CONSULTATION', 'DRAFT', 'VOTE')),
        target_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'LINE')),
        recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, target_id, channel, recipient)
      )`);
    await queryRunner.query(`CREATE INDEX follower_target_idx ON ${s}.follower (kind, target_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.follower`);
  }
}
