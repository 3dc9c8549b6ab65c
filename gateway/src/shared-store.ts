import { createHash } from 'node:crypto';
import type { Logger, PlatformConfig } from '@sesao28/platform';
import { parse } from 'graphql';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * What the gateway's replicas must share: the submission limit's counts and the texts of automatic
 * persisted queries. With GATEWAY_DATABASE_URL they live in PostgreSQL, in the gateway's own
 * schema, so two gateways count one client once and answer each other's hashes; without it each
 * process keeps its own in memory (one gateway, as on a developer's machine).
 */
export interface SharedStore {
  /** Where the store lives, for the start-up line. */
  readonly where: 'postgres' | 'memory';
  /** A rate limiter counting in this store: at most `points` per key per `duration` seconds. */
  limiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterAbstract;
  persistedQueries: PersistedQueries;
  /** Connects and brings the gateway's schema up to date (nothing in memory). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Automatic persisted queries: each text by its SHA-256, as some gateway's client registered it. */
export interface PersistedQueries {
  textOf(sha256: string): Promise<string | undefined>;
  /** Keeps a text under its hash; one that is not the text's own hash, or that would not parse within the token limit, is not kept. */
  keep(sha256: string, text: string): Promise<void>;
}

export const GATEWAY_SCHEMA = 'gateway';
const SUBMISSION_LIMIT_TABLE = 'submission_limit';
/** Texts each process keeps at hand (and all it keeps without a database); the oldest goes first. */
const TEXTS_AT_HAND = 10_000;
/** Texts the shared table keeps; past it, the oldest go (a client whose hash is gone sends its text again). */
const TEXTS_KEPT = 50_000;
const PRUNE_EVERY = 500;

/** The gateway's schema, step by step; a step is never changed once released, only followed by another. */
const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: '1768100000000-shared-store',
    // submission_limit has the columns rate-limiter-flexible's RateLimiterPostgres reads and writes.
    sql: `CREATE TABLE ${GATEWAY_SCHEMA}.${SUBMISSION_LIMIT_TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);
          CREATE TABLE ${GATEWAY_SCHEMA}.persisted_query (
            sha256 char(64) PRIMARY KEY, query text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
          CREATE INDEX persisted_query_created_at ON ${GATEWAY_SCHEMA}.persisted_query (created_at)`,
  },
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function parses(text: string, maxTokens: number): boolean {
  try {
    parse(text, { maxTokens, noLocation: true });
    return true;
  } catch {
    return false;
  }
}

/** A map that forgets its oldest entry past `size`. */
function bounded(size: number) {
  const map = new Map<string, string>();
  return {
    get: (key: string) => map.get(key),
    set(key: string, value: string) {
      if (map.has(key)) return;
      if (map.size >= size) map.delete(map.keys().next().value!);
      map.set(key, value);
    },
  };
}

type StoreConfig = Pick<PlatformConfig, 'gatewayDatabaseUrl' | 'dbPoolSize' | 'maxTokens'>;

/** The gateway's shared store: in PostgreSQL when GATEWAY_DATABASE_URL is set, else in this process's memory. */
export function createSharedStore(config: StoreConfig, logger: Logger): SharedStore {
  return config.gatewayDatabaseUrl ? postgresStore(config.gatewayDatabaseUrl, config, logger) : memoryStore(config);
}

function memoryStore(config: StoreConfig): SharedStore {
  const texts = bounded(TEXTS_AT_HAND);
  return {
    where: 'memory',
    limiter: (options) => new RateLimiterMemory(options),
    persistedQueries: {
      textOf: async (hash) => texts.get(hash),
      async keep(hash, text) {
        if (texts.get(hash) === undefined && sha256(text) === hash && parses(text, config.maxTokens)) texts.set(hash, text);
      },
    },
    start: async () => {},
    stop: async () => {},
  };
}

function postgresStore(url: string, config: StoreConfig, logger: Logger): SharedStore {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.dbPoolSize,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    application_name: 'sesao28-gateway',
  });
  // An idle client whose server went away must not end the process; the next query reconnects.
  pool.on('error', (error) => logger.warn({ err: error }, 'shared store connection lost'));
  const texts = bounded(TEXTS_AT_HAND);
  let kept = 0;
  const prune = async () => {
    await pool.query(
      `DELETE FROM ${GATEWAY_SCHEMA}.persisted_query WHERE sha256 IN (
         SELECT sha256 FROM ${GATEWAY_SCHEMA}.persisted_query ORDER BY created_at DESC OFFSET ${TEXTS_KEPT})`,
    );
  };
  return {
    where: 'postgres',
    limiter: (options) =>
      new RateLimiterPostgres({
        ...options,
        storeClient: pool,
        storeType: 'pool',
        schemaName: GATEWAY_SCHEMA,
        tableName: SUBMISSION_LIMIT_TABLE,
        // The migration made the table.
        tableCreated: true,
        // While the database cannot answer, each process counts on its own rather than refusing everyone.
        insuranceLimiter: new RateLimiterMemory(options),
      }),
    persistedQueries: {
      // While the database does not answer, a hash is "not found" (the client sends its text again) and a text is kept here only.
      async textOf(hash) {
        const known = texts.get(hash);
        if (known !== undefined) return known;
        try {
          const { rows } = await pool.query<{ query: string }>(`SELECT query FROM ${GATEWAY_SCHEMA}.persisted_query WHERE sha256 = $1`, [
            hash,
          ]);
          if (rows[0]) texts.set(hash, rows[0].query);
          return rows[0]?.query;
        } catch (error) {
          logger.warn({ err: error }, 'shared store: could not read a persisted query');
          return undefined;
        }
      },
      async keep(hash, text) {
        if (texts.get(hash) !== undefined || sha256(text) !== hash || !parses(text, config.maxTokens)) return;
        texts.set(hash, text);
        try {
          const { rowCount } = await pool.query(
            `INSERT INTO ${GATEWAY_SCHEMA}.persisted_query (sha256, query) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING`,
            [hash, text],
          );
          if (rowCount && ++kept % PRUNE_EVERY === 0) await prune();
        } catch (error) {
          logger.warn({ err: error }, 'shared store: could not keep a persisted query');
        }
      },
    },
    async start() {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Replicas starting together: one migrates, the others wait and then find it done.
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('${GATEWAY_SCHEMA}.migrations'))`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${GATEWAY_SCHEMA}`);
        await client.query(
          `CREATE TABLE IF NOT EXISTS ${GATEWAY_SCHEMA}.migrations (name text PRIMARY KEY, run_at timestamptz NOT NULL DEFAULT now())`,
        );
        const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${GATEWAY_SCHEMA}.migrations`);
        const done = new Set(rows.map((r) => r.name));
        for (const migration of MIGRATIONS.filter((m) => !done.has(m.name))) {
          await client.query(migration.sql);
          await client.query(`INSERT INTO ${GATEWAY_SCHEMA}.migrations (name) VALUES ($1)`, [migration.name]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    stop: () => pool.end(),
  };
}

/**
 * Apollo Server's own APQ cache over the same texts, so a hash registered at one gateway is run
 * by hash alone at another. Apollo puts `apq:` before each hash (its PrefixingKeyValueCache).
 */
export function apqCache(queries: PersistedQueries) {
  const hashOf = (key: string) => key.replace(/^apq:/, '');
  return {
    get: (key: string) => queries.textOf(hashOf(key)),
    set: (key: string, value: string) => queries.keep(hashOf(key), value),
    // Texts are only ever added; a hash always names the same text.
    delete: async () => false,
  };
}
