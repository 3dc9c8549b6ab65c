import { readFileSync } from 'node:fs';
import { describeListenError, loadConfig } from '@sesao28/kit';
import { createGateway } from './gateway.js';
import { supergraphPath } from './supergraph-path.js';

const config = loadConfig();
const gateway = createGateway({ config, supergraphSdl: readFileSync(supergraphPath(config), 'utf8') });
try {
  const { url } = await gateway.listen(config.gatewayPort);
  console.log(`Gateway ready at ${url}`);
} catch (error) {
  console.error(describeListenError(error, 'gateway', config.gatewayPort));
  process.exit(1);
}
const shutdown = () => void gateway.stop().then(() => process.exit(0));
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
