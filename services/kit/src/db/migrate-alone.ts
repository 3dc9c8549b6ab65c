import { MigrationExecutor, type DataSource } from 'typeorm';
import { quoteIdent } from './sql.js';

/**
 * Creates a unit's schema and runs its pending migrations (each in its own transaction) while
 * holding a session advisory lock named after the schema, all on one connection (a pool of one
 * is enough): replicas that start at the same moment migrate one after the other, the later ones
 * finding nothing left to do, instead of failing on each other's CREATE.
 */
export async function migrateAlone(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const lock = `migrations:${schema}`;
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      await executor.executePendingMigrations();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
    }
  } finally {
    await runner.release();
  }
}
