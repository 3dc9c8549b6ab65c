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
  /**
   * Tests only: the unit reads the time through the test database's `test_clock.now()` (see
   * testing/database.ts), so a test moves windows and deadlines instead of sleeping through them.
   */
  testClock?: boolean;
  /**
   * DATABASE_MIGRATIONS=separate: `databaseUrl` is the service role and the unit holds no owner
   * role; its migrations run in a step of their own (`migrateUnitSchema`, `<unit> migrate`).
   */
  migrationsSeparate?: boolean;
}

export interface UnitDatabase {
  /** The unit's pool, connected as its service role. */
  dataSource: DataSource;
  statements: StatementCounter;
  /** Its pool's URL always; its owner role's only where the unit runs its own migrations. */
  access: Pick<UnitDatabaseAccess, 'poolUrl'> & Partial<UnitDatabaseAccess>;
  /** What connectAndMigrate needs besides the pool: the migrations and the append-only tables. */
  migrations: (new () => MigrationInterface)[];
  appendOnlyTables: readonly string[];
}

/**
 * A schema named before pg_catalog shadows its functions: the unqualified `now()` in the kit's SQL
 * becomes test_clock.now() where the tests made one, and stays PostgreSQL's own everywhere else.
 */
export const TEST_CLOCK_SEARCH_PATH = '-c search_path=test_clock,pg_catalog,"$user",public';

/** A TypeORM DataSource bound to one unit's own PostgreSQL schema. Never `synchronize`. */
export function createUnitDataSource(options: UnitDataSourceOptions): UnitDatabase {
  const statements = new StatementCounter(options.onError);
  const access = options.migrationsSeparate
    ? { poolUrl: options.databaseUrl }
    : unitDatabaseAccess(options.databaseUrl, options.migrationUrl, options.schemaName);
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
      ...(options.testClock ? { options: TEST_CLOCK_SEARCH_PATH } : {}),
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
 * Brings the unit's schema up to date as its owner role and grants its service role what it needs.
 * Started on an administrative URL, it first creates both roles and the schema. The schema exists
 * before the migrations because TypeORM keeps its migrations table inside it.
 */
export async function migrateUnitSchema(db: UnitDatabase): Promise<void> {
  const { access } = db;
  const schema = schemaOf(db);
  if (!access.migrationUrl) throw new Error(`${schema}: migrating needs DATABASE_MIGRATION_URL (the unit's owner role)`);
  if (access.provisionFrom)
    await provisionUnitRoles(access.provisionFrom, schema, { poolUrl: access.poolUrl, migrationUrl: access.migrationUrl });
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
}

const schemaOf = (db: UnitDatabase) => (db.dataSource.options as { schema: string }).schema;

/** The unit's migrations that its schema has not run yet (none when the migrate step ran before the unit). */
export async function pendingMigrations(db: UnitDatabase): Promise<string[]> {
  let done: { name: string }[];
  try {
    done = await db.dataSource.query(`SELECT name FROM ${quoteIdent(schemaOf(db))}.migrations`);
  } catch (error) {
    // No migrations table (42P01) or schema (3F000), or no grant on it yet (42501): the step has not run.
    if (['42P01', '3F000', '42501'].includes((error as { code?: string }).code ?? '')) done = [];
    else throw error;
  }
  const ran = new Set(done.map((row) => row.name));
  return db.dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !ran.has(name));
}

/**
 * Connects the unit's pool as its service role: after migrating it (DATABASE_MIGRATIONS=on-start),
 * or, where the migrations are a step of their own, refusing a schema that step has not brought up to date.
 */
export async function connectAndMigrate(db: UnitDatabase): Promise<void> {
  const { dataSource } = db;
  if (db.access.migrationUrl) await migrateUnitSchema(db);
  if (!dataSource.isInitialized) await dataSource.initialize();
  // pg emits 'error' on idle clients when the server goes away; without a listener the process dies.
  const driver = dataSource.driver as unknown as { master?: { on(event: string, cb: (e: Error) => void): void } };
  driver.master?.on('error', () => {});
  if (!db.access.migrationUrl) {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      await dataSource.destroy();
      throw new Error(
        `${schemaOf(db)}: ${pending.length} migration(s) not yet run (${pending.join(', ')}); run the unit's migrate step first ` +
          '(`tsx src/main.ts migrate` with DATABASE_MIGRATION_URL, the k8s init container)',
      );
    }
  }
}

/** The pg Pool behind a TypeORM postgres DataSource, once it is connected. */
export function typeormPool(dataSource: { driver: unknown }): PoolCounts | undefined {
  return (dataSource.driver as { master?: PoolCounts }).master;
}
