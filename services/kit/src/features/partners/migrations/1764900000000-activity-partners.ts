import type { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdent, unitSchemaOf } from '../../../db/sql.js';

/** Partners (kept in Administration's register) named on a unit's joint activities, with their roles. */
export class ActivityPartners1764900000000 implements MigrationInterface {
  name = 'ActivityPartners1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.activity_partner (
        activity_id uuid NOT NULL REFERENCES ${s}.activity (id) ON DELETE CASCADE,
        partner_id uuid NOT NULL,
        role_th text NOT NULL CHECK (length(role_th) BETWEEN 1 AND 300),
        PRIMARY KEY (activity_id, partner_id)
      )`);
    await queryRunner.query(`CREATE INDEX activity_partner_partner_idx ON ${s}.activity_partner (partner_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`DROP TABLE ${s}.activity_partner`);
  }
}
