import { loadConfig, serveUntilSignal, setupTelemetryFromConfig, withInstallationSecrets } from '@sesao28/platform';
import type { UnitModule } from './manifest.js';
import { createUnitServer } from './server.js';

/** Entry point of one unit run on its own (`pnpm --filter <unit> start`). */
export async function runUnitMain(unit: UnitModule): Promise<void> {
  const config = loadConfig(withInstallationSecrets());
  if (!config.databaseUrl) {
    console.error(
      `${unit.manifest.slug}: set DATABASE_URL and DATABASE_MIGRATION_URL to the unit's service and owner roles ` +
        '(docs/operations.md, "Database roles"), or DATABASE_URL alone to a superuser in development, or run the whole system with npm start.',
    );
    process.exit(2);
  }
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
