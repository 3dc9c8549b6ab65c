import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STATS_SOURCE_TABLES } from '../../stats/cache.js';
import { quoteIdent, unitSchemaOf } from '../sql.js';

/**
 * A cache of the unit's computed stats, valid while nothing they read has changed
 * (`stats_version`, bumped by a statement trigger on each source table) and until the clock
 * alone could change a figure (`valid_until`). See StatsRepository.unitStats.
 */
export class StatsCache1765910000000 implements MigrationInterface {
  name = 'StatsCache1765910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    await queryRunner.query(`
      CREATE TABLE ${s}.stats_version (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        version bigint NOT NULL
      )`);
    await queryRunner.query(`INSERT INTO ${s}.stats_version (version) VALUES (1)`);
    await queryRunner.query(`
      CREATE TABLE ${s}.stats_cache (
        cache_key text PRIMARY KEY CHECK (length(cache_key) BETWEEN 1 AND 200),
        version bigint NOT NULL,
        valid_until timestamptz NOT NULL,
        payload jsonb NOT NULL
      )`);
    // Once per statement, not per row: the bench generator's bulk inserts bump it once. The row
    // lock it takes orders the writers, so a snapshot's version names exactly the writes it sees.
    await queryRunner.query(`
      CREATE FUNCTION ${s}.bump_stats_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE ${s}.stats_version SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of STATS_SOURCE_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_bumps_stats_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${s}.${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ${s}.bump_stats_version()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = quoteIdent(unitSchemaOf(queryRunner));
    for (const table of STATS_SOURCE_TABLES) await queryRunner.query(`DROP TRIGGER ${table}_bumps_stats_version ON ${s}.${table}`);
    await queryRunner.query(`DROP FUNCTION ${s}.bump_stats_version()`);
    await queryRunner.query(`DROP TABLE ${s}.stats_cache`);
    await queryRunner.query(`DROP TABLE ${s}.stats_version`);
  }
}
