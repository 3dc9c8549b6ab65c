import { DataSource, type MigrationInterface, type EntitySchema } from 'typeorm';
import type { PlatformConfig } from '../config.js';
import { kitEntities } from './entities.js';
import { kitMigrations } from './migrations/index.js';
import { migrateAlone } from './migrate-alone.js';
import { StatementCounter } from './statement-counter.js';

export interface UnitDataSourceOptions {
  databaseUrl: string;
  schemaName: string;
  poolSize: PlatformConfig['dbPoolSize'];
  entities?: EntitySchema[];
  migrations?: (new () => MigrationInterface)[];
  onError?: (message: string) => void;
}

export interface UnitDatabase {
  dataSource: DataSource;
  statements: StatementCounter;
}

/** A TypeORM DataSource bound to one unit's own PostgreSQL schema. Never `synchronize`. */
export function createUnitDataSource(options: UnitDataSourceOptions): UnitDatabase {
  const statements = new StatementCounter(options.onError);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.databaseUrl,
    schema: options.schemaName,
    entities: [...kitEntities, ...(options.entities ?? [])],
    migrations: [...kitMigrations, ...(options.migrations ?? [])],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logger: statements,
    applicationName: `sesao28-${options.schemaName}`,
    extra: {
      max: options.poolSize,
      // A unit must survive its database restarting: idle clients that die are dropped, not fatal.
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
    },
  });
  return { dataSource, statements };
}

/**
 * Connects and brings the unit's schema up to date. The schema itself is created
 * first because TypeORM keeps its migrations table inside it.
 */
export async function connectAndMigrate(db: UnitDatabase): Promise<void> {
  const { dataSource } = db;
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema: string }).schema;
  await migrateAlone(dataSource, schema);
  // pg emits 'error' on idle clients when the server goes away; without a listener the process dies.
  const driver = dataSource.driver as unknown as { master?: { on(event: string, cb: (e: Error) => void): void } };
  driver.master?.on('error', () => {});
}
