/**
 * The only module that reads the environment. Every other module receives
 * a typed `PlatformConfig` (or a part of it) as an argument.
 */
export type RuntimeMode = 'development' | 'production' | 'test';

export interface PlatformConfig {
  mode: RuntimeMode;
  /** External PostgreSQL; when absent, `npm start` runs an embedded one. */
  databaseUrl: string | undefined;
  /** Connections per unit pool: nine units share one server, so keep it small. */
  dbPoolSize: number;
  /** Data folder of the embedded PostgreSQL, kept between runs. */
  embeddedDataDir: string;
  embeddedPort: number;
  gatewayHost: string;
  /** Interface the unit subgraphs listen on (0.0.0.0 in containers). */
  unitHost: string;
  gatewayPort: number;
  /** Per-unit port overrides by slug, e.g. UNIT_PORT_financeAssets=5004. */
  unitPorts: Record<string, number>;
  /** Per-unit subgraph URL overrides for the gateway by slug, e.g. UNIT_URL_financeAssets=http://finance:4004/graphql. */
  unitUrls: Record<string, string>;
  logLevel: string;
  /** Supergraph the gateway serves; defaults to the committed schema/supergraph.graphql. */
  supergraphFile: string | undefined;
  /** Milliseconds the gateway waits for one subgraph before giving up on it. */
  subgraphTimeoutMs: number;
  /** Shared secret of one deployment: units accept messages from each other only with it. */
  internalSecret: string;
  /** How often each unit's outbox retries messages its receivers have not confirmed. */
  outboxIntervalMs: number;
  /** Key that signs and checks people's access tokens (HS256) at the gateway. */
  jwtSecret: string;
  /** Development only: the gateway hands out tokens for any role at /dev/token. */
  devTokens: boolean;
  /** PDPA retention, in days: a case's text after the case ended; contact details; a minor's contact details. */
  retention: { caseTextDays: number; contactDays: number; minorContactDays: number };
  /** How often each process looks for data past its retention. */
  retentionSweepMs: number;
  /** Gateway abuse limits: deepest field nesting one operation may have. */
  maxQueryDepth: number;
  /** Most aliases one operation may use. */
  maxAliases: number;
  /** Most lexical tokens a query document may have (checked while parsing). */
  maxTokens: number;
  /** Highest estimated cost (graphql-armor's cost model) one operation may have. */
  maxQueryCost: number;
  /** Most directives one operation may use. */
  maxDirectives: number;
  /** Largest request body the gateway reads, in bytes (after decompression). */
  bodyLimitBytes: number;
  /** Submissions (submitFeedback, commentOnConsultation, respondToSurvey fields) per client per minute. */
  submissionRateLimit: number;
  /** Proxies in front of the gateway: 0 keys clients by socket address; n > 0 by the n-th X-Forwarded-For entry from the right. */
  trustProxy: number;
  /** OTLP/HTTP collector base URL (traces go to <url>/v1/traces); unset turns tracing off. */
  otelEndpoint: string | undefined;
  /** Prefix of the OpenTelemetry service names: <prefix>-gateway, <prefix>-<unit slug>. */
  otelServiceName: string;
  /** How often the gateway looks for a new supergraph in its supergraph file, in milliseconds. */
  supergraphPollMs: number;
  /** `npm run bench`: data volume per unit, its seed, and how long and how hard each shape is driven. */
  bench: { activities: number; feedback: number; partners: number; seed: string; seconds: number; connections: number; only: string[] };
  /** Tests: an existing PostgreSQL server to run against instead of a throwaway embedded one. */
  testDatabaseUrl: string | undefined;
  /** The built web app the gateway serves at `/`; default: gateway/web/dist (built by npm start). */
  webDir: string | undefined;
  /** Browser tests: a Chromium binary to drive instead of the one from the npm package @sparticuz/chromium. */
  chromiumPath: string | undefined;
}

/** Development and tests only; production must set INTERNAL_SECRET. */
const DEVELOPMENT_INTERNAL_SECRET = 'sesao28-development-only-internal-secret';
const DEVELOPMENT_JWT_SECRET = 'sesao28-development-only-token-signing-key';

type Env = Record<string, string | undefined>;

function intSetting(env: Env, name: string, fallback: number, min = 0, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Setting ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function prefixed(env: Env, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith(prefix) && value) out[key.slice(prefix.length)] = value;
  }
  return out;
}

/** A secret: required (24+ characters) in production; a fixed, public value elsewhere. */
function secretSetting(env: Env, name: string, mode: RuntimeMode, developmentValue: string): string {
  const secret = env[name];
  if (secret && secret.length < 24) throw new Error(`Setting ${name} must be at least 24 characters long`);
  if (secret) return secret;
  if (mode === 'production') throw new Error(`Setting ${name} is required in production`);
  return developmentValue;
}

/** An http(s) URL without a trailing slash, or undefined (tracing off). */
function otlpEndpoint(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) {
    throw new Error(`Setting OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

export function loadConfig(env: Env = process.env): PlatformConfig {
  const nodeEnv = env.NODE_ENV;
  const mode: RuntimeMode = nodeEnv === 'production' ? 'production' : nodeEnv === 'test' || env.VITEST ? 'test' : 'development';
  const unitPorts: Record<string, number> = {};
  for (const slug of Object.keys(prefixed(env, 'UNIT_PORT_'))) {
    unitPorts[slug] = intSetting(env, `UNIT_PORT_${slug}`, 0, 1);
  }
  return {
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    dbPoolSize: intSetting(env, 'DB_POOL_SIZE', 3, 1, 100),
    embeddedDataDir: env.EMBEDDED_PG_DIR || '.data/postgres',
    embeddedPort: intSetting(env, 'EMBEDDED_PG_PORT', 54328, 1),
    gatewayHost: env.HOST || '127.0.0.1',
    unitHost: env.UNIT_HOST || '127.0.0.1',
    gatewayPort: intSetting(env, 'PORT', 4000),
    unitPorts,
    unitUrls: prefixed(env, 'UNIT_URL_'),
    supergraphFile: env.SUPERGRAPH_FILE || undefined,
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    subgraphTimeoutMs: intSetting(env, 'SUBGRAPH_TIMEOUT_MS', 5000, 100, 600000),
    internalSecret: secretSetting(env, 'INTERNAL_SECRET', mode, DEVELOPMENT_INTERNAL_SECRET),
    outboxIntervalMs: intSetting(env, 'OUTBOX_INTERVAL_MS', 1000, 10, 600000),
    jwtSecret: secretSetting(env, 'JWT_SECRET', mode, DEVELOPMENT_JWT_SECRET),
    devTokens: mode !== 'production',
    retention: {
      caseTextDays: intSetting(env, 'CASE_TEXT_RETENTION_DAYS', 1825, 30, 36500),
      contactDays: intSetting(env, 'CONTACT_RETENTION_DAYS', 730, 1, 36500),
      minorContactDays: intSetting(env, 'MINOR_CONTACT_RETENTION_DAYS', 365, 1, 36500),
    },
    retentionSweepMs: intSetting(env, 'RETENTION_SWEEP_MS', 24 * 3600 * 1000, 1000, 2147483647),
    maxQueryDepth: intSetting(env, 'MAX_QUERY_DEPTH', 15, 1, 1000),
    maxAliases: intSetting(env, 'MAX_ALIASES', 30, 0, 100000),
    maxTokens: intSetting(env, 'MAX_TOKENS', 5000, 10, 1000000),
    maxQueryCost: intSetting(env, 'MAX_QUERY_COST', 20000, 1, 100000000),
    maxDirectives: intSetting(env, 'MAX_DIRECTIVES', 50, 0, 100000),
    // 3 MiB: a notice's 2 MiB attachment is 2.67 MiB as base64 (config.test.ts checks it fits).
    bodyLimitBytes: intSetting(env, 'BODY_LIMIT_BYTES', 3 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    submissionRateLimit: intSetting(env, 'SUBMISSION_RATE_LIMIT', 30, 1, 1000000),
    trustProxy: intSetting(env, 'TRUST_PROXY', 0, 0, 10),
    otelEndpoint: otlpEndpoint(env.OTEL_EXPORTER_OTLP_ENDPOINT),
    otelServiceName: env.OTEL_SERVICE_NAME || 'sesao28',
    supergraphPollMs: intSetting(env, 'SUPERGRAPH_POLL_MS', 2000, 10, 600000),
    bench: {
      activities: intSetting(env, 'BENCH_ACTIVITIES', 10_000, 1, 10_000_000),
      feedback: intSetting(env, 'BENCH_FEEDBACK', 100_000, 1, 100_000_000),
      partners: intSetting(env, 'BENCH_PARTNERS', 300, 0, 1_000_000),
      seed: env.BENCH_SEED || 'sesao28',
      seconds: intSetting(env, 'BENCH_SECONDS', 10, 1, 3600),
      connections: intSetting(env, 'BENCH_CONNECTIONS', 10, 1, 1000),
      // e.g. BENCH_ONLY=dashboard,stats while tuning one thing; empty runs every shape.
      only: (env.BENCH_ONLY ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    testDatabaseUrl: env.TEST_DATABASE_URL || undefined,
    webDir: env.WEB_DIR || undefined,
    chromiumPath: env.CHROMIUM_PATH || undefined,
  };
}

/**
 * Apollo Gateway reports usage to Apollo's servers unless APOLLO_TELEMETRY_DISABLED is set,
 * and reads it only from the environment. The office's gateway talks to nobody outside the
 * deployment, so the gateway switches it off through here, the one module that touches the environment.
 */
export function switchOffApolloUsageReporting(env: Env = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
