import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { gatewayHeaders, PUBLIC_IDENTITY, unitCodeOfSubgraph, type KeyRing } from '@sesao28/kit';

/**
 * An independent gateway for `npm run bench` (issue #17): Hive Gateway's runtime over the same
 * supergraph and units, so the project's gateway has a yardstick. Not part of the platform.
 */
export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL by subgraph name (the unit's slug). */
  subgraphUrls: Record<string, string>;
  /** Holds the gateway's private key: the units answer only calls the gateway signed. */
  keys: KeyRing;
  /** Identical subgraph reads in flight go out once (Hive's default); false sends each. */
  merge: boolean;
}

/**
 * Signs each subgraph call as the project's gateway does: for that unit and that exact body, for an
 * anonymous public caller (the dashboard is public; this gateway knows no one's sign-in).
 * Runs inside the fetch that merged reads share, so a merged read is signed once.
 */
export function useGatewaySigning(keys: KeyRing, unitCodeByUrl: ReadonlyMap<string, string>): GatewayPlugin {
  return {
    async onFetch({ url, options, setOptions }) {
      const unitCode = unitCodeByUrl.get(url);
      const body = options.body;
      if (!unitCode || typeof body !== 'string') return;
      // The HTTP executor gives its headers as a plain object.
      const signed = await gatewayHeaders(keys, unitCode, PUBLIC_IDENTITY)(body);
      setOptions({ ...options, headers: { ...options.headers, ...signed } });
    },
  };
}

export function createHiveGateway(options: HiveGatewayOptions): GatewayRuntime {
  const subgraphs = Object.entries(options.subgraphUrls);
  const unitCodeByUrl = new Map(subgraphs.map(([slug, url]) => [url, unitCodeOfSubgraph(slug)]));
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    // The runtime would import the transport by name from its own folder, where pnpm does not put it.
    transports: () => httpTransport,
    transportEntries: {
      ...Object.fromEntries(subgraphs.map(([slug, url]) => [slug, { location: url }])),
      '*': { options: { deduplicateInflightRequests: options.merge } },
    },
    plugins: () => [useGatewaySigning(options.keys, unitCodeByUrl)],
    logging: 'error',
    landingPage: false,
    graphiql: false,
  });
}
