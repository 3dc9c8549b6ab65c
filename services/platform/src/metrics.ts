import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prefix of the default Node.js process metrics, e.g. sesao28_process_cpu_seconds_total. */
export const PROCESS_METRICS_PREFIX = 'sesao28_';

/** What a pg Pool tells about its connections (a unit reports its database pool with these). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export interface ServerMetricsOptions {
  /** `service` label on every series of this server: `gateway` or a unit's slug. */
  service: string;
  /** The database pool to report, read at each scrape (units only). */
  pool?: () => PoolCounts | undefined;
  /** SQL statements sent so far (units only; the benchmark divides it by requests). */
  statements?: () => number;
}

/** One server's Prometheus series, in its own registry (tests run ten servers in one process). */
export interface ServerMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlErrors: Counter<'code'>;
  /** Counts an error a caller is sent, by its final `extensions.code`, and returns it (for formatError). */
  counted<E extends { extensions?: Record<string, unknown> }>(formatted: E): E;
  /** The text exposition of this server's series and the process's default metrics. */
  render(): Promise<string>;
  /** GET /metrics. */
  handler: RequestHandler;
}

let processRegistry: Registry | null = null;

/**
 * Default Node.js metrics once per process, whatever the number of servers in it: prom-client's
 * event-loop monitor and GC observer cannot be stopped, so one registry per server would add a
 * monitor for every server ever created (tests create many).
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: PROCESS_METRICS_PREFIX });
  }
  return processRegistry;
}

export function createServerMetrics(options: ServerMetricsOptions): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  const registers = [registry];
  const httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers,
  });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, in seconds',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors sent to callers, by extensions.code',
    labelNames: ['code'] as const,
    registers,
  });
  if (options.pool) {
    const pool = options.pool;
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections: total, idle, and callers waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const counts = pool();
        this.set({ state: 'total' }, counts?.totalCount ?? 0);
        this.set({ state: 'idle' }, counts?.idleCount ?? 0);
        this.set({ state: 'waiting' }, counts?.waitingCount ?? 0);
      },
    });
  }
  if (options.statements) {
    const statements = options.statements;
    new Counter({
      name: 'db_statements_total',
      help: 'SQL statements sent to the database (background outbox work excluded)',
      registers,
      collect() {
        this.reset();
        this.inc(statements());
      },
    });
  }
  const shared = processMetrics();
  const render = async () => `${await registry.metrics()}\n${await shared.metrics()}`;
  return {
    registry,
    httpRequests,
    httpDuration,
    graphqlErrors,
    counted(formatted) {
      const code = formatted.extensions?.code;
      graphqlErrors.inc({ code: typeof code === 'string' && code ? code : 'UNKNOWN' });
      return formatted;
    },
    render,
    handler: (_req, res, next) => {
      render().then((text) => {
        res.setHeader('content-type', registry.contentType);
        res.setHeader('cache-control', 'no-store');
        res.send(text);
      }, next);
    },
  };
}
