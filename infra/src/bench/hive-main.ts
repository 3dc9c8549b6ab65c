import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createKeyRing, createServerMetrics, loadConfig, serveUntilSignal } from '@sesao28/kit';
import { supergraphFile } from '@sesao28/schema';
import { createHiveGateway } from './hive-gateway.js';

/**
 * The independent gateway as its own process in `npm run bench`, set like the project's gateway:
 * PORT, UNIT_URL_<slug>, SUBGRAPH_MERGE_IN_FLIGHT (Hive's own merging on or off) and the gateway's keys.
 */
const config = loadConfig();
// Unmerged, each of a request's nine subgraph calls listens on the request's one AbortSignal (Hive's
// design): eleven listeners, past Node's default of ten, and Node warned of a leak that is not one.
setMaxListeners(32);
const hive = createHiveGateway({
  supergraphSdl: readFileSync(config.supergraphFile ?? supergraphFile, 'utf8'),
  subgraphUrls: config.unitUrls,
  keys: createKeyRing(config.keys),
  merge: config.mergeInFlight,
});
// The bench reads this process's CPU and memory as it reads the project's gateway's.
const metrics = createServerMetrics({ service: 'hive-gateway' });
const server = http.createServer((req, res) => {
  if (req.url !== '/metrics') return void hive(req, res);
  void metrics.render().then((text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text));
});

await serveUntilSignal(
  {
    listen: (port, host = config.gatewayHost) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve({ url: `http://${host}:${port}/graphql` }));
      }),
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await hive.dispose();
    },
  },
  { what: 'Hive gateway', port: config.gatewayPort, telemetry: null, ready: () => {} },
);
