import { loadConfig, serveUntilSignal, setupTelemetryFromConfig, withInstallationSecrets, type PlatformConfig } from '@sesao28/platform';
import { migrateUnitSchema } from './db/data-source.js';
import type { UnitModule } from './manifest.js';
import { createUnitServer, unitDatabaseOf } from './server.js';

/**
 * `<unit> migrate` (DATABASE_MIGRATIONS=separate, the k8s init container): brings the unit's schema
 * up to date as its owner role and grants its service role, then exits; the serving process that
 * follows holds only the service role.
 */
async function migrateOnly(unit: UnitModule, config: PlatformConfig): Promise<never> {
  const db = unitDatabaseOf(unit, config, config.databaseUrl!, { poolSize: 1 });
  try {
    await migrateUnitSchema(db);
    const ran = db.migrations.length;
    console.log(`${unit.manifest.slug}: schema ${unit.manifest.schemaName} up to date (${ran} migrations) / ปรับโครงสร้างฐานข้อมูลแล้ว`);
    process.exit(0);
  } catch (error) {
    console.error(`${unit.manifest.slug}: migrating failed: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** Entry point of one unit run on its own (`pnpm --filter <unit> start`; `… start migrate` runs its migrations alone). */
export async function runUnitMain(unit: UnitModule): Promise<void> {
  const config = loadConfig(withInstallationSecrets());
  if (!config.databaseUrl) {
    console.error(
      `${unit.manifest.slug}: set DATABASE_URL and DATABASE_MIGRATION_URL to the unit's service and owner roles ` +
        '(docs/operations.md, "Database roles"), or DATABASE_URL alone to a superuser in development, or run the whole system with npm start.',
    );
    process.exit(2);
  }
  if (process.argv[2] === 'migrate') await migrateOnly(unit, config);
  const telemetry = await setupTelemetryFromConfig(config, unit.manifest.slug);
  const server = createUnitServer(unit, { config });
  await serveUntilSignal(server, {
    what: `${unit.manifest.slug} subgraph`,
    port: config.unitPorts[unit.manifest.slug] ?? unit.manifest.port,
    host: config.unitHost,
    telemetry,
    ready: (url) => server.logger.info({ url }, `${unit.manifest.nameEn} subgraph ready`),
  });
}
