import { DataSource, type MigrationInterface, type EntitySchema } from 'typeorm';
import type { PlatformConfig, PoolCounts } from '@sesao28/platform';
import { kitEntities } from './entities.js';
import { kitMigrations } from './migrations/index.js';
import { grantServiceRole, provisionUnitRoles, unitDatabaseAccess, type UnitDatabaseAccess } from './roles.js';
import { quoteIdent } from './sql.js';
import { StatementCounter } from './statement-counter.js';

/** Tables the service role may only append to and read (the kit's; a unit adds its own). */
export const KIT_APPEND_ONLY_TABLES = ['access_audit'] as const;

export interface UnitDataSourceOptions {
  /** DATABASE_URL: the unit's service role, or (without `migrationUrl`) an administrative URL the unit creates its roles from. */
  databaseUrl: string;
  /** DATABASE_MIGRATION_URL: the unit's owner role, which runs the migrations. */
  migrationUrl?: string;
  schemaName: string;
  /** The unit's own append-only tables, beside the kit's access_audit. */
  appendOnlyTables?: readonly string[];
  poolSize: PlatformConfig['dbPoolSize'];
  entities?: EntitySchema[];
  migrations?: (new () => MigrationInterface)[];
  onError?: (message: string) => void;
}

export interface UnitDatabase {
  /** The unit's pool, connected as its service role. */
  dataSource: DataSource;
  statements: StatementCounter;
  access: UnitDatabaseAccess;
  /** What connectAndMigrate needs besides the pool: the migrations and the append-only tables. */
  migrations: (new () => MigrationInterface)[];
  appendOnlyTables: readonly string[];
}

/** A TypeORM DataSource bound to one unit's own PostgreSQL schema. Never `synchronize`. */
export function createUnitDataSource(options: UnitDataSourceOptions): UnitDatabase {
  const statements = new StatementCounter(options.onError);
  const access = unitDatabaseAccess(options.databaseUrl, options.migrationUrl, options.schemaName);
  const migrations = [...kitMigrations, ...(options.migrations ?? [])];
  const dataSource = new DataSource({
    ...dataSourceOptions(access.poolUrl, options.schemaName, migrations),
    entities: [...kitEntities, ...(options.entities ?? [])],
    logger: statements,
    extra: {
      max: options.poolSize,
      // A unit must survive its database restarting: idle clients that die are dropped, not fatal.
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 5_000,
    },
  });
  const appendOnlyTables = [...KIT_APPEND_ONLY_TABLES, ...(options.appendOnlyTables ?? [])];
  return { dataSource, statements, access, migrations, appendOnlyTables };
}

function dataSourceOptions(url: string, schemaName: string, migrations: (new () => MigrationInterface)[]) {
  return {
    type: 'postgres' as const,
    url,
    schema: schemaName,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    applicationName: `sesao28-${schemaName}`,
  };
}

/**
 * Brings the unit's schema up to date as its owner role, then connects the pool as its service
 * role. Started on an administrative URL, the unit first creates both roles and its schema. The
 * schema exists before the migrations because TypeORM keeps its migrations table inside it.
 */
export async function connectAndMigrate(db: UnitDatabase): Promise<void> {
  const { dataSource, access } = db;
  const schema = (dataSource.options as { schema: string }).schema;
  if (access.provisionFrom) await provisionUnitRoles(access.provisionFrom, schema, access);
  // One connection, so the session lock below holds while the migrations run on it: replicas starting at once migrate one after the other.
  const owner = new DataSource({ ...dataSourceOptions(access.migrationUrl, schema, db.migrations), extra: { max: 1 } });
  await owner.initialize();
  try {
    await owner.query(`SELECT pg_advisory_lock(hashtext('sesao28-migrations:' || $1))`, [schema]);
    const exists = await owner.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (exists.length === 0) await owner.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    // Destroying the connection ends its session and with it the lock.
    await owner.destroy();
  }
  await grantServiceRole(access.migrationUrl, access.poolUrl, schema, db.appendOnlyTables);
  if (!dataSource.isInitialized) await dataSource.initialize();
  // pg emits 'error' on idle clients when the server goes away; without a listener the process dies.
  const driver = dataSource.driver as unknown as { master?: { on(event: string, cb: (e: Error) => void): void } };
  driver.master?.on('error', () => {});
}

/** The pg Pool behind a TypeORM postgres DataSource, once it is connected. */
export function typeormPool(dataSource: { driver: unknown }): PoolCounts | undefined {
  return (dataSource.driver as { master?: PoolCounts }).master;
}
