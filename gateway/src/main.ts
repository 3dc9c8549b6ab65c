import { loadConfig, serveUntilSignal, setupTelemetryFromConfig, withInstallationSecrets } from '@sesao28/platform';
import { createGateway } from './gateway.js';
import { supergraphPath } from './supergraph-path.js';
import { webDistDir } from '@sesao28/web/paths';

const config = loadConfig(withInstallationSecrets());
// Before the gateway exists, so Apollo Gateway's spans find the provider (off without an endpoint).
const telemetry = await setupTelemetryFromConfig(config, 'gateway');
// Watches the file: a new supergraph is served without a restart (a bad one is refused).
const gateway = createGateway({ config, supergraphFile: supergraphPath(config), webDir: config.webDir ?? webDistDir });
await serveUntilSignal(gateway, {
  what: 'gateway',
  port: config.gatewayPort,
  telemetry,
  ready: (url) => console.log(`Gateway ready at ${url}`),
});
