import { loadConfig } from '../config.js';
import type { UnitModule } from '../manifest.js';
import { createRepositories, type UnitRepositories } from '../repositories/index.js';
import { createUnitServer, type UnitServer } from '../server.js';
import { createTestDatabase } from './database.js';
import { postGraphQL } from './graphql-client.js';

export interface TestUnit {
  server: UnitServer;
  url: string;
  repos: UnitRepositories;
  query: <T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => ReturnType<typeof postGraphQL<T>>;
  /** SQL statements the unit has sent so far. */
  statements: () => number;
  close: () => Promise<void>;
}

/** One unit subgraph on a free port over a fresh, migrated database. */
export async function startTestUnit(unit: UnitModule, databaseUrl?: string): Promise<TestUnit> {
  const database = databaseUrl ? null : await createTestDatabase();
  const server = createUnitServer(unit, {
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    databaseUrl: databaseUrl ?? database!.url,
  });
  const { url } = await server.listen(0);
  return {
    server,
    url,
    repos: createRepositories(server.db.dataSource),
    query: (query, variables) => postGraphQL(url, query, variables),
    statements: () => server.db.statements.count,
    close: async () => {
      await server.stop();
      await database?.drop();
    },
  };
}
