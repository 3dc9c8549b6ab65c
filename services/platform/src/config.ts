import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JWK } from 'jose';
import { derivedSecret, ownerOfKeyId, type KeySettings } from './auth/keys.js';

/**
 * The only module that reads the environment (and the installation's generated secrets). Every
 * other module receives a typed `PlatformConfig` (or a part of it) as an argument.
 */
export type RuntimeMode = 'development' | 'production' | 'test';

export interface PlatformConfig {
  mode: RuntimeMode;
  /**
   * External PostgreSQL; when absent, `npm start` runs an embedded one. A unit's pool connects with
   * it as the unit's service role; without `databaseMigrationUrl` it is an administrative URL
   * (development, tests) from which the unit creates its own owner and service roles.
   */
  databaseUrl: string | undefined;
  /** The unit's owner role, which owns its schema and runs its migrations (set by the operator with DATABASE_URL as the service role). */
  databaseMigrationUrl: string | undefined;
  /**
   * DATABASE_MIGRATIONS: `on-start` (the unit migrates, then serves) or `separate` (a step of its
   * own, `<unit> migrate` — the k8s init container — holds the owner role; the serving process has
   * only its service role and refuses to serve a schema with migrations not yet run).
   */
  databaseMigrations: 'on-start' | 'separate';
  /** Connections per pool (each unit's, the gateway's shared store): nine units share one server, so keep it small. */
  dbPoolSize: number;
  /**
   * The gateway's shared store (submission limits, persisted queries) in PostgreSQL, so that
   * several gateway replicas count and remember as one; unset: each gateway process keeps its own in memory.
   */
  gatewayDatabaseUrl: string | undefined;
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
  /** The gateway sends one subgraph query for identical ones in flight at once (same caller, same body); mutations never. */
  mergeInFlight: boolean;
  /**
   * The installation's secret for links it sends people (stop links) and, in development and tests,
   * the seed every part's keys derive from. Parts never authenticate each other with it.
   */
  internalSecret: string;
  /** Signing keys: this part's private key and the others' public ones (SIGNING_KEY, TRUSTED_KEYS). */
  keys: KeySettings;
  /** Keys the pseudonymous participant lists (shared by the units: the office counts distinct people); units need it. */
  pseudonymKey: string | null;
  /** Derives Internal Audit's follow-up PINs; null where not given (a part that does not need it). */
  pinKey: string | null;
  /** How often each unit's outbox retries messages its receivers have not confirmed. */
  outboxIntervalMs: number;
  /** Key that signs and checks people's access tokens (HS256) at the gateway. */
  jwtSecret: string;
  /**
   * DEV_SIGN_IN=1: the gateway's development sign-in (/dev/token, any role, for demos and tests).
   * Never in production; the gateway refuses it unless it listens on loopback.
   */
  devSignIn: boolean;
  /** OpenID Connect providers people sign in with (see OidcProvider); empty without settings. */
  oidcProviders: OidcProvider[];
  /** The gateway's address as browsers reach it (sign-in providers send people back here); unset: the request's own origin. */
  publicUrl: string | undefined;
  /** How long a sign-in lasts, in minutes. */
  sessionMinutes: number;
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
  /** GraphQL requests of any kind (queries too) per client per minute. */
  requestRateLimit: number;
  /** Proxies in front of the gateway: 0 keys clients by socket address; n > 0 by the n-th X-Forwarded-For entry from the right. */
  trustProxy: number;
  /** The peers (CIDR ranges) whose X-Forwarded-For is believed when trustProxy > 0: the ingress, not any client. */
  trustedProxies: string[];
  /** Outgoing e-mail (SMTP, e.g. smtp://user:pass@mail.example:587); unset: no e-mail is sent, notices wait. */
  smtpUrl: string | undefined;
  /** The sender of the office's e-mail, e.g. "สพม.ศรีสะเกษ ยโสธร <no-reply@sesao28.go.th>". */
  mailFrom: string;
  /** How often each unit sends the notices that are due. */
  notifyIntervalMs: number;
  /** LINE Messaging API (the office's official account): its channel access token; unset: no LINE messages. */
  lineChannelAccessToken: string | undefined;
  /** The LINE API's base URL (another one only for a test double on this machine). */
  lineApiUrl: string;
  /** SMS through ThaiBulkSMS (API v2): its URL, API key and secret, and the registered sender name; no key: no SMS. */
  sms: { apiUrl: string; apiKey: string | undefined; apiSecret: string | undefined; sender: string };
  /** Late cases in one unit from which the director is told (once a day per unit). */
  lateEscalationThreshold: number;
  /** A bearer token a metrics scraper sends for /metrics; unset: /metrics answers loopback only. */
  metricsToken: string | undefined;
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
  /** Tests: the tier `npm test -- <tier>` runs (infra/test-tiers.mjs); `fast` starts no PostgreSQL. */
  testTier: string | undefined;
  /** tests/e2e/replicas.test.ts: submissions sent through two gateways to two replicas of every unit. */
  replicasSubmissions: number;
  /** The built web app the gateway serves at `/`; default: gateway/web/dist (built by npm start). */
  webDir: string | undefined;
  /** Browser tests: a Chromium binary to drive instead of the one from the npm package @sparticuz/chromium. */
  chromiumPath: string | undefined;
  /** Browser tests: UPDATE_SCREENSHOTS=1 writes their screenshots over docs/screenshots (else into .test-results). */
  updateScreenshots: boolean;
}

/** An OpenID Connect issuer people sign in with: the office's own (staff) or one for the public (LINE Login, …). */
export interface OidcProvider {
  /** `staff`, `line` or `public`: the path segment of /auth/sign-in/<id>. */
  id: 'staff' | 'line' | 'public';
  /** Who signs in with it: staff roles come from the staff directory either way; this only orders the buttons. */
  audience: 'staff' | 'public';
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
}

function migrationsSetting(value: string | undefined): PlatformConfig['databaseMigrations'] {
  if (value === undefined || value === '' || value === 'on-start') return 'on-start';
  if (value === 'separate') return 'separate';
  throw new Error(`Setting DATABASE_MIGRATIONS must be on-start or separate, got ${JSON.stringify(value)}`);
}

/** Tests only (NODE_ENV=test); anywhere else a secret comes from the settings or the installation's data folder. */
const TEST_INTERNAL_SECRET = 'sesao28-test-only-internal-secret';
const TEST_JWT_SECRET = 'sesao28-test-only-token-signing-key';
/** Values that are public (the tests' and the examples'), refused as a production secret. */
const KNOWN_SECRETS = [
  TEST_INTERNAL_SECRET,
  TEST_JWT_SECRET,
  'sesao28-development-only-internal-secret',
  'sesao28-development-only-token-signing-key',
];

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

/**
 * A secret: 24+ characters, never a known public value outside tests. Tests get a fixed one;
 * development without the setting is told where `npm start` keeps the installation's own.
 */
function secretSetting(env: Env, name: string, mode: RuntimeMode, testValue: string): string {
  const secret = env[name];
  if (secret && secret.length < 24) throw new Error(`Setting ${name} must be at least 24 characters long`);
  if (secret && mode !== 'test' && (KNOWN_SECRETS.includes(secret) || /change-me/i.test(secret))) {
    throw new Error(`Setting ${name} is a known example value; generate one (e.g. openssl rand -base64 36)`);
  }
  if (secret) return secret;
  if (mode === 'test') return testValue;
  if (mode === 'production') throw new Error(`Setting ${name} is required in production`);
  throw new Error(
    `Setting ${name} is not set: npm start generates this installation's secrets in .data/secrets.json; ` +
      'a part started on its own needs the same value in its environment',
  );
}

/**
 * The environment with this installation's own secrets added where the settings leave them out
 * (development only): generated on first start into <DATA_DIR>/secrets.json (readable by its owner
 * alone) and the same on every later start, so nothing runs on a secret printed in the source.
 */
export function withInstallationSecrets(env: Env = process.env): Env {
  if (env.NODE_ENV === 'production' || (env.INTERNAL_SECRET && env.JWT_SECRET)) return env;
  const dir = env.DATA_DIR || '.data';
  const file = path.join(dir, 'secrets.json');
  const fresh = { internalSecret: randomBytes(36).toString('base64url'), jwtSecret: randomBytes(36).toString('base64url') };
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx': when two processes start at once, one writes and both read the same.
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const saved = JSON.parse(readFileSync(file, 'utf8')) as typeof fresh;
  return { ...env, INTERNAL_SECRET: env.INTERNAL_SECRET || saved.internalSecret, JWT_SECRET: env.JWT_SECRET || saved.jwtSecret };
}

function parseJson(env: Env, name: string): unknown {
  try {
    return JSON.parse(env[name]!);
  } catch {
    throw new Error(`Setting ${name} must be JSON (a JWK; see npm run keys)`);
  }
}

/**
 * Signing keys: given (SIGNING_KEY, this part's private Ed25519 JWK, or a JWK set where one process
 * hosts several parts; TRUSTED_KEYS, a JWK set of every part's public keys), or in development and
 * tests derived from the installation's secret.
 * Production needs them given: one part's key must not be another's.
 */
function keySettings(env: Env, mode: RuntimeMode, internalSecret: string): KeySettings {
  if (!env.SIGNING_KEY && !env.TRUSTED_KEYS) {
    if (mode === 'production') throw new Error('Settings SIGNING_KEY and TRUSTED_KEYS are required in production; npm run keys makes them');
    return { mode: 'derived', seed: internalSecret };
  }
  if (!env.TRUSTED_KEYS) throw new Error('Setting TRUSTED_KEYS is required with SIGNING_KEY');
  const given = env.SIGNING_KEY ? (parseJson(env, 'SIGNING_KEY') as JWK & { keys?: JWK[] }) : null;
  const signingKeys = given ? (Array.isArray(given.keys) ? given.keys : [given]) : [];
  const trusted = (parseJson(env, 'TRUSTED_KEYS') as { keys?: unknown }).keys;
  if (!Array.isArray(trusted)) throw new Error('Setting TRUSTED_KEYS must be a JWK set: {"keys": [...]}');
  for (const jwk of [...signingKeys, ...trusted] as JWK[]) {
    if (!ownerOfKeyId(jwk.kid)) throw new Error(`Settings SIGNING_KEY/TRUSTED_KEYS: key id "${jwk.kid ?? ''}" must be <owner>#<version>`);
  }
  if (signingKeys.some((jwk) => !jwk.d)) throw new Error('Setting SIGNING_KEY must be a private key (with "d")');
  if ((trusted as JWK[]).some((jwk) => jwk.d)) throw new Error('Setting TRUSTED_KEYS must hold public keys only');
  return { mode: 'explicit', signingKeys, trustedKeys: trusted as JWK[] };
}

/** A key for one purpose: given, or in development and tests derived from the installation's secret. */
function purposeKey(env: Env, name: string, mode: RuntimeMode, internalSecret: string): string | null {
  const given = env[name];
  if (given && given.length < 24) throw new Error(`Setting ${name} must be at least 24 characters long`);
  if (given && mode !== 'test' && given === internalSecret) throw new Error(`Setting ${name} must differ from INTERNAL_SECRET`);
  if (given) return given;
  return mode === 'production' ? null : derivedSecret(internalSecret, name);
}

/** A host name or address of this machine only (127.x, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host);
}

/** This process's environment with some settings replaced (for a child process, or a run's own secrets). */
export function environmentWith(overrides: Env, env: Env = process.env): Env {
  return { ...env, ...overrides };
}

/**
 * `npm start`'s settings: the installation's secrets, and the development sign-in turned on when
 * nothing says otherwise and it may be (not production, loopback, no sign-in provider, DEV_SIGN_IN unset).
 */
export function npmStartSettings(env: Env = process.env): Env {
  const withSecrets = withInstallationSecrets(env);
  const loopback = isLoopbackHost(env.HOST || '127.0.0.1');
  const providers = [
    'OIDC_STAFF_ISSUER',
    'OIDC_STAFF_CLIENT_ID',
    'LINE_LOGIN_CLIENT_ID',
    'OIDC_PUBLIC_ISSUER',
    'OIDC_PUBLIC_CLIENT_ID',
  ].some((k) => env[k]);
  const demo = env.DEV_SIGN_IN === undefined && env.NODE_ENV !== 'production' && loopback && !providers;
  return demo ? { ...withSecrets, DEV_SIGN_IN: '1' } : withSecrets;
}

/** One OIDC provider's settings as given (each read by name below, so a reader can find them). */
interface OidcSettings {
  issuer: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  scope: string | undefined;
}

/** One OIDC provider from its settings (issuer, client id and secret together), or none. */
function oidcProvider(
  id: OidcProvider['id'],
  prefix: string,
  given: OidcSettings,
  defaults: { issuer?: string; scope: string },
): OidcProvider[] {
  if (!given.clientId && !given.issuer) return [];
  const issuer = given.issuer || defaults.issuer;
  if (!issuer || !given.clientId || !given.clientSecret) {
    throw new Error(`Settings ${prefix}_ISSUER, ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET go together; set all three`);
  }
  if (!/^https?:\/\/[^\s]+$/.test(issuer)) throw new Error(`Setting ${prefix}_ISSUER must be an http(s) URL, got "${issuer}"`);
  return [
    {
      id,
      audience: id === 'staff' ? 'staff' : 'public',
      issuer: issuer.replace(/\/+$/, ''),
      clientId: given.clientId,
      clientSecret: given.clientSecret,
      scope: given.scope || defaults.scope,
    },
  ];
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
  const gatewayHost = env.HOST || '127.0.0.1';
  const gatewayPort = intSetting(env, 'PORT', 4000);
  const devSignIn = env.DEV_SIGN_IN === '1';
  const internalSecret = secretSetting(env, 'INTERNAL_SECRET', mode, TEST_INTERNAL_SECRET);
  if (devSignIn && mode === 'production') throw new Error('DEV_SIGN_IN=1 mints any identity: it cannot be used with NODE_ENV=production');
  return {
    mode,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseMigrationUrl: env.DATABASE_MIGRATION_URL || undefined,
    databaseMigrations: migrationsSetting(env.DATABASE_MIGRATIONS),
    dbPoolSize: intSetting(env, 'DB_POOL_SIZE', 3, 1, 100),
    gatewayDatabaseUrl: env.GATEWAY_DATABASE_URL || undefined,
    embeddedDataDir: env.EMBEDDED_PG_DIR || '.data/postgres',
    embeddedPort: intSetting(env, 'EMBEDDED_PG_PORT', 54328, 1),
    gatewayHost,
    unitHost: env.UNIT_HOST || '127.0.0.1',
    gatewayPort,
    unitPorts,
    unitUrls: prefixed(env, 'UNIT_URL_'),
    supergraphFile: env.SUPERGRAPH_FILE || undefined,
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    subgraphTimeoutMs: intSetting(env, 'SUBGRAPH_TIMEOUT_MS', 5000, 100, 600000),
    mergeInFlight: intSetting(env, 'SUBGRAPH_MERGE_IN_FLIGHT', 1, 0, 1) === 1,
    internalSecret,
    outboxIntervalMs: intSetting(env, 'OUTBOX_INTERVAL_MS', 1000, 10, 600000),
    jwtSecret: secretSetting(env, 'JWT_SECRET', mode, TEST_JWT_SECRET),
    keys: keySettings(env, mode, internalSecret),
    pseudonymKey: purposeKey(env, 'PSEUDONYM_KEY', mode, internalSecret),
    pinKey: purposeKey(env, 'PIN_KEY', mode, internalSecret),
    devSignIn,
    oidcProviders: [
      ...oidcProvider(
        'staff',
        'OIDC_STAFF',
        {
          issuer: env.OIDC_STAFF_ISSUER,
          clientId: env.OIDC_STAFF_CLIENT_ID,
          clientSecret: env.OIDC_STAFF_CLIENT_SECRET,
          scope: env.OIDC_STAFF_SCOPE,
        },
        { scope: 'openid email profile' },
      ),
      // LINE Login is OpenID Connect: its channel id and secret are the client's.
      ...oidcProvider(
        'line',
        'LINE_LOGIN',
        {
          issuer: env.LINE_LOGIN_ISSUER,
          clientId: env.LINE_LOGIN_CLIENT_ID,
          clientSecret: env.LINE_LOGIN_CLIENT_SECRET,
          scope: env.LINE_LOGIN_SCOPE,
        },
        { issuer: 'https://access.line.me', scope: 'openid profile email' },
      ),
      ...oidcProvider(
        'public',
        'OIDC_PUBLIC',
        {
          issuer: env.OIDC_PUBLIC_ISSUER,
          clientId: env.OIDC_PUBLIC_CLIENT_ID,
          clientSecret: env.OIDC_PUBLIC_CLIENT_SECRET,
          scope: env.OIDC_PUBLIC_SCOPE,
        },
        { scope: 'openid email profile' },
      ),
    ],
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    sessionMinutes: intSetting(env, 'SESSION_MINUTES', 8 * 60, 5, 7 * 24 * 60),
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
    requestRateLimit: intSetting(env, 'REQUEST_RATE_LIMIT', 600, 1, 100000000),
    trustProxy: intSetting(env, 'TRUST_PROXY', 0, 0, 10),
    trustedProxies: (env.TRUSTED_PROXIES || '127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7')
      .split(',')
      .map((range) => range.trim())
      .filter(Boolean),
    metricsToken: env.METRICS_TOKEN || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'สพม.ศรีสะเกษ ยโสธร <no-reply@localhost>',
    notifyIntervalMs: intSetting(env, 'NOTIFY_INTERVAL_MS', 5000, 10, 3_600_000),
    lineChannelAccessToken: env.LINE_CHANNEL_ACCESS_TOKEN || undefined,
    lineApiUrl: env.LINE_API_URL || 'https://api.line.me',
    sms: {
      apiUrl: env.SMS_API_URL || 'https://api-v2.thaibulksms.com/sms',
      apiKey: env.SMS_API_KEY || undefined,
      apiSecret: env.SMS_API_SECRET || undefined,
      sender: env.SMS_SENDER || 'SMS',
    },
    lateEscalationThreshold: intSetting(env, 'LATE_ESCALATION_THRESHOLD', 5, 1, 100000),
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
    testTier: env.TEST_TIER || undefined,
    replicasSubmissions: intSetting(env, 'REPLICAS_SUBMISSIONS', 400, 10, 1_000_000),
    webDir: env.WEB_DIR || undefined,
    chromiumPath: env.CHROMIUM_PATH || undefined,
    updateScreenshots: env.UPDATE_SCREENSHOTS === '1',
  };
}

/** The settings of the operators' role script (`services/kit/src/db/roles-main.ts`), which needs no others. */
export interface DatabaseRoleSettings {
  /** DATABASE_URL: an administrative role that may create roles and schemas. */
  adminUrl: string | undefined;
  /** Each unit's two connections by slug, whose user names and passwords the script creates. */
  units: Record<string, { poolUrl: string; migrationUrl: string }>;
}

/** UNIT_DATABASE_URL_<slug> (the service role) and UNIT_DATABASE_MIGRATION_URL_<slug> (the owner role), which go together. */
export function loadDatabaseRoleSettings(env: Env = process.env): DatabaseRoleSettings {
  const pool = prefixed(env, 'UNIT_DATABASE_URL_');
  const migration = prefixed(env, 'UNIT_DATABASE_MIGRATION_URL_');
  const units: DatabaseRoleSettings['units'] = {};
  for (const slug of new Set([...Object.keys(pool), ...Object.keys(migration)])) {
    if (!pool[slug] || !migration[slug]) {
      throw new Error(`Settings UNIT_DATABASE_URL_${slug} and UNIT_DATABASE_MIGRATION_URL_${slug} go together; set both`);
    }
    units[slug] = { poolUrl: pool[slug], migrationUrl: migration[slug] };
  }
  return { adminUrl: env.DATABASE_URL || undefined, units };
}

/**
 * Apollo Gateway reports usage to Apollo's servers unless APOLLO_TELEMETRY_DISABLED is set,
 * and reads it only from the environment. The office's gateway talks to nobody outside the
 * deployment, so the gateway switches it off through here, the one module that touches the environment.
 */
export function switchOffApolloUsageReporting(env: Env = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = 'true';
}
