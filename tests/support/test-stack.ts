import {
  GATEWAY_KEY_OWNER,
  generateDeploymentKeys,
  loadConfig,
  officeDirectory,
  signAccessToken,
  type Identity,
  type Logger,
  type Role,
} from '@sesao28/kit';
import { eventually } from './eventually.js';
import { createTestDatabase, postGraphQL, type TestClock } from '@sesao28/kit/testing';
import pg from 'pg';
import { seedNotices, seedParticipation, seedSpectrum, seedUnit, startStack, type Stack } from '@sesao28/infra';

type Query = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphQL<T>>;

export interface TestStack {
  stack: Stack;
  databaseUrl: string;
  /** Through the gateway without a token: the public. */
  query: Query;
  /** Through the gateway with a token for this role (and unit, for unit staff and heads). */
  as: (role: Role, unitCode?: string, extra?: Partial<Identity>) => Query;
  /** As the (named) head of the unit whose root field the query starts with, e.g. `{ personnel { … } }`. */
  staff: Query;
  /** A signed access token, for raw requests. */
  token: (identity: Identity) => Promise<string>;
  /**
   * SQL as the test database's superuser: for looking across the units' schemas, which no unit's
   * own role may (each unit's pool, `stack.units.get(slug).server.db.dataSource`, sees its own schema only).
   */
  sql: <T = Record<string, any>>(text: string, params?: unknown[]) => Promise<T[]>;
  /** SQL statements sent by all nine units so far. */
  statements: () => number;
  /**
   * Resolves once every background job of every unit has finished `runs` more runs: "nothing more
   * was sent" is then said after the sweeps that would have sent it, not after a guessed pause.
   */
  afterJobRuns: (runs?: number) => Promise<void>;
  /** The units' database time: move it on to close a window or pass a deadline. */
  clock: TestClock;
  close: () => Promise<void>;
}

/**
 * Production-mode key settings for a stack in one process: every part's private key (a set, as one
 * process hosts them all here), the public set, the pseudonym and PIN keys; `made` has each owner's key alone.
 */
export function productionKeys() {
  const made = generateDeploymentKeys([GATEWAY_KEY_OWNER, ...officeDirectory.map((u) => u.code)], 'test');
  const env = {
    SIGNING_KEY: JSON.stringify({ keys: Object.values(made.signingKeys).map((k) => JSON.parse(k) as unknown) }),
    TRUSTED_KEYS: made.TRUSTED_KEYS,
    PSEUDONYM_KEY: made.PSEUDONYM_KEY,
    PIN_KEY: made.PIN_KEY,
  };
  return { env, made };
}

/** The whole federation on free ports over a fresh database, seeded like `npm start`. */
export async function startTestStack(
  env: Record<string, string> = {},
  subgraphUrls: Record<string, string> = {},
  /** `asStarted`: also the participation records, notices and the spectrum's samples (a draft, a vote, …) `npm start` adds (the browser tests show them). */
  options: { logger?: (name: string) => Logger; supergraphFile?: string; asStarted?: boolean } = {},
): Promise<TestStack> {
  const database = await createTestDatabase();
  // Every request of a test comes from one address: the per-client request limit is tested on its own (request-limit.test.ts).
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SUBGRAPH_TIMEOUT_MS: '3000',
    REQUEST_RATE_LIMIT: '100000000',
    ...env,
  });
  const stack = await startStack({
    config,
    databaseUrl: database.url,
    ports: 'free',
    subgraphUrls,
    logger: options.logger,
    supergraphFile: options.supergraphFile,
  });
  for (const running of stack.units.values()) {
    await seedUnit(running.unit, running.server.db.dataSource);
    if (options.asStarted) {
      await seedParticipation(running.url, config, running.unit);
      await seedNotices(running.url, config, running.unit);
      await seedSpectrum(running.url, config, running.unit);
    }
  }
  let superuser: pg.Pool | undefined;
  const token = (identity: Identity) => signAccessToken(config.jwtSecret, identity);
  const as: TestStack['as'] = (role, unitCode, extra = {}) => {
    const identity: Identity = {
      role,
      unitCode: unitCode ?? null,
      subject: `test-${role}-${unitCode ?? 'office'}`,
      confidential: false,
      ...extra,
    };
    return async (query, variables) =>
      postGraphQL(stack.gatewayUrl, query, variables, { authorization: `Bearer ${await token(identity)}` });
  };
  return {
    stack,
    databaseUrl: database.url,
    query: (query, variables) => postGraphQL(stack.gatewayUrl, query, variables),
    as,
    staff: (query, variables) => {
      const slug = /\{\s*(\w+)/.exec(query.replace(/^[^{]*/, ''))?.[1];
      const unit = stack.units.get(slug ?? '');
      if (!unit) throw new Error(`staff(): no unit root field in ${query.slice(0, 60)}`);
      return as('UNIT_HEAD', unit.unit.manifest.code, { subject: `head-${slug}`, confidential: true })(query, variables);
    },
    token,
    sql: async (text, params) => {
      superuser ??= new pg.Pool({ connectionString: database.url, max: 2 });
      return (await superuser.query(text, params)).rows;
    },
    statements: () => [...stack.units.values()].reduce((sum, u) => sum + u.server.db.statements.count, 0),
    afterJobRuns: async (runs = 2) => {
      const servers = [...stack.units.values()].map((u) => u.server);
      const before = servers.map((server) => new Map(server.jobRuns));
      await eventually(
        async () =>
          servers.every((server, i) => [...before[i]!].every(([job, done]) => (server.jobRuns.get(job) ?? 0) >= done + runs)) || undefined,
      );
    },
    clock: database.clock,
    close: async () => {
      await superuser?.end();
      await stack.stop();
      await database.drop();
    },
  };
}
