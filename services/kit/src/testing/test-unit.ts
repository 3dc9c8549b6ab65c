import { createKeyRing, gatewayHeaders, type Identity, loadConfig } from '@sesao28/platform';
import type { UnitModule } from '../manifest.js';
import { createRepositories, type UnitRepositories } from '../repositories/index.js';
import { createUnitServer, type UnitServer } from '../server.js';
import { quoteIdent } from '../db/sql.js';
import { createTestDatabase, type TestClock } from './database.js';
import { postGraphQL } from './graphql-client.js';

export interface TestUnit {
  server: UnitServer;
  url: string;
  repos: UnitRepositories;
  query: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphQL<T>>;
  /** The same, as someone else (the gateway's signed assertion of `identity`). */
  queryAs: <T = Record<string, any>>(
    identity: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ) => ReturnType<typeof postGraphQL<T>>;
  /** SQL statements the unit has sent so far. */
  statements: () => number;
  /** Rows in one of the unit's tables (to show a refused input wrote nothing). */
  count: (table: string) => Promise<number>;
  /** The database's clock (a unit started on a database of its own; null on a given one). */
  clock: TestClock | null;
  close: () => Promise<void>;
}

/** The unit's head, named for confidential cases too: allowed everything the unit does. */
export const unitHead = (unit: UnitModule): Identity => ({
  role: 'UNIT_HEAD',
  unitCode: unit.manifest.code,
  subject: `head-${unit.manifest.slug}`,
  confidential: true,
});

/**
 * One unit subgraph on a free port over a fresh, migrated database. `query` calls it
 * as the gateway would for the unit's head.
 */
export async function startTestUnit(unit: UnitModule, databaseUrl?: string): Promise<TestUnit> {
  const database = databaseUrl ? null : await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const server = createUnitServer(unit, {
    config,
    databaseUrl: databaseUrl ?? database!.url,
  });
  const { url } = await server.listen(0);
  const keys = createKeyRing(config.keys);
  const as = (identity: Identity) => gatewayHeaders(keys, unit.manifest.code, identity);
  return {
    server,
    url,
    repos: createRepositories(server.db.dataSource),
    query: async (query, variables) => postGraphQL(url, query, variables, as(unitHead(unit))),
    queryAs: async (identity, query, variables) => postGraphQL(url, query, variables, as(identity)),
    statements: () => server.db.statements.count,
    count: async (table) => {
      const [row]: { n: number }[] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM ${quoteIdent(unit.manifest.schemaName)}.${quoteIdent(table)}`,
      );
      return row!.n;
    },
    clock: database?.clock ?? null,
    close: async () => {
      await server.stop();
      await database?.drop();
    },
  };
}
