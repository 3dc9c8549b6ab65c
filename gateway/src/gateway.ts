import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createLogger,
  createServerMetrics,
  createKeyRing,
  directoryEntry,
  FILES_PATH,
  GATEWAY_CALLER,
  GATEWAY_KEY_OWNER,
  IDEMPOTENCY_HEADER,
  metricsAccess,
  peerDirectory,
  observeHttp,
  requestInfo,
  requestLogger,
  type Logger,
  type PeerCaller,
  type PlatformConfig,
  type ServerMetrics,
  switchOffApolloUsageReporting,
  unitCodeOfSubgraph,
} from '@sesao28/platform';
import express from 'express';
import type { GatewayContext } from './context.js';
import { UnitDataSource } from './data-source.js';
import { explorerRouter } from './explorer.js';
import { filesRouter } from './files.js';
import { formatGatewayError } from './format-error.js';
import { supergraphFromFile } from './supergraph-source.js';
import { gatewayContext } from './identity.js';
import { authRouter } from './sign-in/auth-router.js';
import { signInRefusal } from './sign-in/bind-check.js';
import { readCookie, SESSION_COOKIE } from './sign-in/cookies.js';
import { devSignInRouter } from './sign-in/dev-sign-in.js';
import { staffDirectoryLookup, type StaffDirectoryLookup } from './sign-in/staff-directory.js';
import { apolloLimits, bodyLimits, localizeError, rateLimits } from './limits.js';
import { submissionFieldsOf } from './submissions.js';
import { apqCache, createSharedStore } from './shared-store.js';
import { webAppRouter } from './web-app.js';

export interface GatewayOptions {
  config: PlatformConfig;
  /** The composed supergraph (schema/supergraph.graphql); not needed with `supergraphFile`. */
  supergraphSdl?: string;
  /** A supergraph file to serve and watch: a valid new version is picked up without a restart. */
  supergraphFile?: string;
  /** Subgraph URL by subgraph name (slug); overrides the URLs inside the supergraph. */
  subgraphUrls?: Record<string, string>;
  logger?: Logger;
  /** The built web app (gateway/web's `vite build` output) to serve at `/`; without it `/` says how to build it. */
  webDir?: string;
  /** Who a signed-in person is; default: Administration's staff directory, asked over its internal route. */
  staffDirectory?: StaffDirectoryLookup;
}

export interface Gateway {
  app: express.Express;
  start(): Promise<void>;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
  /** Its Prometheus series (GET /metrics). */
  metrics: ServerMetrics;
}

const GATEWAY_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/explorer', '/dev', '/auth', FILES_PATH, '/'];

const missing = (what: string): never => {
  throw new Error(`createGateway needs ${what}`);
};

/** The Apollo gateway over the committed supergraph. Side-effect free until `start` or `listen`. */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options;
  const logger = options.logger ?? createLogger(config, 'gateway');
  const urls = { ...config.unitUrls, ...options.subgraphUrls };
  switchOffApolloUsageReporting();
  const keys = createKeyRing(config.keys);
  keys.assertCanSign(GATEWAY_KEY_OWNER);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphFile
      ? supergraphFromFile(options.supergraphFile, { pollMs: config.supergraphPollMs, logger })
      : (options.supergraphSdl ?? missing('supergraphSdl or supergraphFile')),
    buildService: ({ name, url }) =>
      new UnitDataSource(name, unitCodeOfSubgraph(name), urls[name] ?? url!, config.subgraphTimeoutMs, keys, config.mergeInFlight),
    logger,
  });
  // What the submission limit counts: the fields the supergraph in use marks @submission (new ones on every update).
  let submissionFields: ReadonlySet<string> = new Set();
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    submissionFields = submissionFieldsOf(coreSupergraphSdl);
  });
  const development = config.mode !== 'production';
  const limits = apolloLimits(config);
  const metrics = createServerMetrics({ service: 'gateway' });
  // Submission counts and persisted queries, shared with the other gateway replicas when there is a database for it.
  const store = createSharedStore(config, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: development,
    includeStacktraceInErrorResponses: false,
    // The process's own entry point stops everything in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      metrics.counted(formatGatewayError(localizeError(formatted, error, !development), requestLogger(logger))),
    plugins: [ApolloServerPluginLandingPageDisabled(), ...limits.plugins],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    persistedQueries: { cache: apqCache(store.persistedQueries) },
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(observeHttp({ component: 'gateway', logger, metrics, routes: GATEWAY_ROUTES }));
  app.get('/metrics', metricsAccess(config.metricsToken), metrics.handler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (development) app.use('/explorer', explorerRouter());
  // Units' files and the staff directory by unit code: at the subgraph URLs the gateway was given, else where the configuration says.
  const unitBaseUrl = (code: string) => {
    const slug = directoryEntry(code)?.slug;
    return slug ? urls[slug]?.replace(/\/graphql\/?$/, '') : undefined;
  };
  const caller: PeerCaller = { peers: peerDirectory(config, unitBaseUrl), keys, unit: GATEWAY_CALLER };
  if (config.devSignIn) app.use('/dev', devSignInRouter(config));
  app.use('/auth', authRouter(config, options.staffDirectory ?? staffDirectoryLookup(config, caller), logger));
  app.use(FILES_PATH, filesRouter(config, caller));
  // The pages people use; every other path above stays the gateway's own.
  app.use(
    webAppRouter(
      options.webDir,
      GATEWAY_ROUTES.filter((route) => route !== '/'),
    ),
  );

  let started: Promise<void> | null = null;
  let apolloStarted = false;
  let httpServer: http.Server | null = null;
  const start = () => {
    started ??= (async () => {
      await store.start();
      logger.info(
        store.where === 'postgres'
          ? 'Submission limits and persisted queries are shared with every gateway on GATEWAY_DATABASE_URL (schema gateway)'
          : 'Submission limits and persisted queries are kept in this process only (no GATEWAY_DATABASE_URL): run one gateway, or set it',
      );
      await apollo.start();
      apolloStarted = true;
      app.get('/readyz', (_req, res) => {
        res.json({ status: 'ready' });
      });
      app.use(
        '/graphql',
        ...bodyLimits(config),
        rateLimits(config, store, () => submissionFields),
        expressMiddleware(apollo, {
          context: async ({ req, res }) => ({
            ...(await gatewayContext(
              config,
              req.header('authorization'),
              req.header('x-request-id') || randomUUID(),
              req.header(IDEMPOTENCY_HEADER) ?? null,
              readCookie(req, SESSION_COOKIE),
            )),
            logger: requestInfo(res).logger,
          }),
        }),
      );
    })();
    return started;
  };

  return {
    app,
    start,
    metrics,
    async listen(port, host = config.gatewayHost) {
      const refusal = signInRefusal(config, host);
      if (refusal) throw new Error(refusal);
      await start();
      httpServer = http.createServer(app);
      await new Promise<void>((resolve, reject) => {
        httpServer!.once('error', reject);
        httpServer!.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      return { url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`, port: actual };
    },
    async stop() {
      if (httpServer) {
        await new Promise<void>((resolve) => httpServer!.close(() => resolve()));
        httpServer.closeAllConnections();
      }
      if (started) {
        // A stop while starting waits for the start to end (or fail) first.
        await started.catch(() => undefined);
        if (apolloStarted) await apollo.stop();
        await store.stop();
      }
    },
  };
}
