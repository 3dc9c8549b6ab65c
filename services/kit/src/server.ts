import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  createKeyRing,
  createLogger,
  createServerMetrics,
  type Identity,
  type Logger,
  metricsAccess,
  observeHttp,
  peerDirectory,
  type PeerDirectory,
  type PlatformConfig,
  requestInfo,
  requestLogger,
  type ServerMetrics,
} from '@sesao28/platform';
import { CaseDesk } from './features/cases/case-desk.js';
import { anonymiseExpiredCases, CASE_ERASE, erasureHandler } from './features/cases/erasure.js';
import { CASE_DELIVER } from './features/cases/messages.js';
import { createContext, type UnitContext, type UnitServices } from './context.js';
import { connectAndMigrate, createUnitDataSource, typeormPool, type UnitDataSourceOptions, type UnitDatabase } from './db/data-source.js';
import { formatError } from './format-error.js';
import type { UnitModule } from './manifest.js';
import { gatewayOnly, keepRawBody } from './auth/gateway-only.js';
import { idempotencyPlugin } from './idempotency-plugin.js';
import { internalRouter } from './internal-routes.js';
import { Inbox } from './messaging/inbox.js';
import { Outbox } from './messaging/outbox.js';
import { httpTransport } from './messaging/transport.js';
import { createRepositories } from './repositories/index.js';
import { buildUnitSchema } from './schema.js';
import { MAX_ATTACHMENT_BASE64_LENGTH } from './features/notices/attachment-input.js';
import { FollowDesk } from './features/follow/follow-desk.js';
import type { BackgroundJob } from './manifest.js';
import { NotificationRepository } from './notify/notification-repository.js';
import { createSenders } from './notify/senders.js';
import { IDEMPOTENCY_KEEP_HOURS } from './retention.js';

export interface UnitServerOptions {
  config: PlatformConfig;
  /** Overrides config.databaseUrl (tests give each file its own database; config.databaseMigrationUrl still applies). */
  databaseUrl?: string;
  logger?: Logger;
  /** Where the other units answer; defaults to the configured URLs and ports. */
  peers?: PeerDirectory;
}

export interface UnitServer {
  unit: UnitModule;
  db: UnitDatabase;
  app: express.Express;
  logger: Logger;
  services: UnitServices;
  /** Connects to PostgreSQL, runs the unit's migrations and starts Apollo. */
  start(): Promise<void>;
  /** Starts (if needed) and listens; port 0 picks a free port. */
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
  /** One retention pass as of `now` (the daily sweep's work; tests move `now`). */
  sweepRetention(now: Date): Promise<void>;
  /** Its Prometheus series (GET /metrics). */
  metrics: ServerMetrics;
  /** Runs each background job has finished since start, by job name (tests wait on sweeps, not on time). */
  jobRuns: ReadonlyMap<string, number>;
}

/** What a unit reads from the gateway: a notice's largest attachment as base64, and room for the rest of the request. */
const UNIT_BODY_LIMIT_BYTES = MAX_ATTACHMENT_BASE64_LENGTH + 1024 * 1024;

const UNIT_ROUTES = ['/graphql', '/healthz', '/readyz', '/metrics', '/internal/messages', '/internal'];

/** A key the unit cannot run without: in production it must be given. */
function requiredKey(value: string | null, setting: string, unitCode: string): string {
  if (!value) throw new Error(`Setting ${setting} is required by unit ${unitCode}`);
  return value;
}

/** The unit's database as its module and settings describe it: its schema, tables and migrations (the server's and the migrate step's). */
export function unitDatabaseOf(
  unit: UnitModule,
  config: PlatformConfig,
  databaseUrl: string,
  more: Partial<UnitDataSourceOptions> = {},
): UnitDatabase {
  return createUnitDataSource({
    databaseUrl,
    migrationUrl: config.databaseMigrationUrl,
    schemaName: unit.manifest.schemaName,
    appendOnlyTables: unit.appendOnlyTables,
    poolSize: config.dbPoolSize,
    entities: unit.entities,
    migrations: unit.migrations,
    ...more,
  });
}

/** Builds a unit's subgraph server. Side-effect free until `start` or `listen`. */
export function createUnitServer(unit: UnitModule, options: UnitServerOptions): UnitServer {
  const { config } = options;
  const databaseUrl = options.databaseUrl ?? config.databaseUrl;
  if (!databaseUrl) throw new Error(`Unit ${unit.manifest.code}: no database URL configured`);
  const logger = options.logger ?? createLogger(config, unit.manifest.slug);
  const migrationsSeparate = config.databaseMigrations === 'separate';
  if (migrationsSeparate && config.databaseMigrationUrl) {
    throw new Error(
      `Unit ${unit.manifest.code}: with DATABASE_MIGRATIONS=separate the serving process holds no owner role; DATABASE_MIGRATION_URL belongs to the migrate step only`,
    );
  }
  const db = unitDatabaseOf(unit, config, databaseUrl, {
    onError: (message) => logger.warn(message),
    testClock: config.mode === 'test',
    migrationsSeparate,
  });
  const repos = createRepositories(db.dataSource);
  const peers = options.peers ?? peerDirectory(config);
  const keys = createKeyRing(config.keys);
  keys.assertCanSign(unit.manifest.code);
  const pseudonymKey = requiredKey(config.pseudonymKey, 'PSEUDONYM_KEY', unit.manifest.code);
  for (const needed of unit.needsKeys ?? []) requiredKey(config[needed], 'PIN_KEY', unit.manifest.code);
  const caller = { peers, keys, unit: unit.manifest };
  const outbox = new Outbox(db.dataSource, unit.manifest.code, httpTransport(caller, config.subgraphTimeoutMs), {
    intervalMs: config.outboxIntervalMs,
    logger,
  });
  const cases = new CaseDesk(db.dataSource, unit.manifest, repos.cases, outbox, repos.participants, pseudonymKey);
  const notifications = new NotificationRepository(db.dataSource, unit.manifest.schemaName);
  const follows = new FollowDesk(db.dataSource, unit.manifest, notifications, config);
  const services: UnitServices = {
    unit: unit.manifest,
    dataSource: db.dataSource,
    repos,
    outbox,
    cases,
    peers,
    keys,
    pseudonymKey,
    config,
    notifications,
    follows,
  };
  const inbox = new Inbox(db.dataSource, {
    [CASE_DELIVER]: cases.receive,
    [CASE_ERASE]: erasureHandler(unit.manifest, outbox),
    ...unit.messageHandlers?.(services),
  });
  // PDPA retention: past its time, personal data is anonymised or deleted, on start and then daily.
  const sweepRetention = async (now: Date) => {
    await anonymiseExpiredCases(db.dataSource, unit.manifest, config.retention.caseTextDays, now);
    await repos.idempotency.purge(now, IDEMPOTENCY_KEEP_HOURS);
    await notifications.purge(now, config.retention.contactDays);
    await follows.purge(now, config.retention.contactDays);
    await unit.retentionSweep?.(services, config.retention, now);
  };
  const sweep = async () => {
    try {
      await sweepRetention(new Date());
    } catch (error) {
      logger.warn({ err: error }, 'retention sweep failed; will try again');
    }
  };
  let sweeper: NodeJS.Timeout | null = null;
  // Work under way when the unit stops is finished first: a notice sent is marked sent, not sent again by another replica.
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  // The unit's own repeating work: one run at a time per job, errors logged and tried again next time.
  const jobTimers: NodeJS.Timeout[] = [];
  const jobRuns = new Map<string, number>();
  const startJobs = () => {
    // Every unit sends its notices and tells its followers, on the channels whose settings are given.
    const senders = createSenders(config);
    const kitJobs: BackgroundJob[] =
      Object.keys(senders).length === 0
        ? []
        : [
            { name: 'notices', everyMs: config.notifyIntervalMs, run: async () => void (await notifications.sendDue(senders)) },
            { name: 'followers', everyMs: config.notifyIntervalMs, run: async () => void (await follows.sweep(new Date())) },
          ];
    for (const job of [...kitJobs, ...(unit.backgroundJobs?.(services, config) ?? [])]) {
      let running = false;
      jobRuns.set(job.name, 0);
      const tick = async () => {
        if (running) return;
        running = true;
        try {
          await job.run();
        } catch (error) {
          logger.warn({ err: error, job: job.name }, 'background job failed; will try again');
        } finally {
          running = false;
          jobRuns.set(job.name, (jobRuns.get(job.name) ?? 0) + 1);
        }
      };
      const timer = setInterval(() => track(tick()), job.everyMs);
      timer.unref();
      jobTimers.push(timer);
    }
  };
  const metrics = createServerMetrics({
    service: unit.manifest.slug,
    pool: () => typeormPool(db.dataSource),
    statements: () => db.statements.count,
  });
  const apollo = new ApolloServer<UnitContext>({
    schema: buildUnitSchema(unit),
    introspection: config.mode !== 'production',
    includeStacktraceInErrorResponses: false,
    // The process's own entry point stops everything in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => metrics.counted(formatError(formatted, error, requestLogger(logger))),
    // Inline traces feed Apollo's hosted Studio, which this platform does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled(), idempotencyPlugin(repos.idempotency)],
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(observeHttp({ component: unit.manifest.slug, logger, metrics, routes: UNIT_ROUTES }));
  app.get('/metrics', metricsAccess(config.metricsToken), metrics.handler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', unit: unit.manifest.code });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ready', unit: unit.manifest.code });
    } catch {
      res.status(503).json({ status: 'unavailable', unit: unit.manifest.code });
    }
  });

  let started: Promise<void> | null = null;
  let apolloStarted = false;
  let httpServer: http.Server | null = null;
  let stopping = false;

  const start = () => {
    started ??= (async () => {
      await connectAndMigrate(db);
      await apollo.start();
      apolloStarted = true;
      app.use(
        '/internal',
        internalRouter({
          inbox,
          keys,
          repos,
          logger,
          unitCode: unit.manifest.code,
          partnerExists: unit.partnerExists ? (id) => unit.partnerExists!(services, id) : undefined,
          staffDirectory: unit.staffDirectory ? (who) => unit.staffDirectory!(services, who) : undefined,
        }),
      );
      outbox.start();
      track(sweep());
      sweeper = setInterval(() => track(sweep()), config.retentionSweepMs);
      sweeper.unref();
      startJobs();
      app.use(
        '/graphql',
        // A notice's attachment (2 MiB, as base64) is the largest thing a mutation carries.
        keepRawBody(UNIT_BODY_LIMIT_BYTES),
        gatewayOnly(keys, unit.manifest.code),
        expressMiddleware(apollo, {
          context: async ({ req, res }) =>
            createContext(services, res.locals.identity as Identity, req.header('x-request-id'), requestInfo(res).logger),
        }),
      );
    })();
    return started;
  };

  return {
    unit,
    db,
    app,
    logger,
    services,
    start,
    metrics,
    sweepRetention,
    jobRuns,
    async listen(port, host = '127.0.0.1') {
      await start();
      // While stopping, each answer closes its socket: a kept-alive one must not keep the unit serving.
      httpServer = http.createServer((req, res) => {
        if (stopping) res.setHeader('connection', 'close');
        app(req, res);
      });
      // Keep-alive longer than the gateway's agent so reused sockets are not cut mid-request.
      httpServer.keepAliveTimeout = 65_000;
      await new Promise<void>((resolve, reject) => {
        httpServer!.once('error', reject);
        httpServer!.listen(port, host, () => resolve());
      });
      const actual = (httpServer.address() as AddressInfo).port;
      return { url: `http://${host}:${actual}/graphql`, port: actual };
    },
    async stop() {
      if (httpServer) {
        // close() alone waits for every kept-alive socket, which steady traffic keeps busy for good:
        // answer what is in flight, drop sockets as they fall idle, and cut the rest after the
        // gateway's own timeout (by then it has given up on them anyway).
        const server = httpServer;
        stopping = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = setTimeout(() => server.closeAllConnections(), config.subgraphTimeoutMs);
        await closed;
        clearInterval(idle);
        clearTimeout(deadline);
      }
      if (sweeper) clearInterval(sweeper);
      for (const timer of jobTimers.splice(0)) clearInterval(timer);
      await Promise.all(inFlight);
      await outbox.stop();
      // A start that failed before Apollo started (no database) has nothing of Apollo to stop.
      if (apolloStarted) await apollo.stop();
      if (db.dataSource.isInitialized) await db.dataSource.destroy();
    },
  };
}
