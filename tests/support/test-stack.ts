import { loadConfig } from '@sesao28/kit';
import { createTestDatabase, postGraphQL } from '@sesao28/kit/testing';
import { seedUnit, startStack, type Stack } from '@sesao28/infra';

export interface TestStack {
  stack: Stack;
  databaseUrl: string;
  query: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphQL<T>>;
  /** SQL statements sent by all nine units so far. */
  statements: () => number;
  close: () => Promise<void>;
}

/** The whole federation on free ports over a fresh database, seeded like `npm start`. */
export async function startTestStack(
  env: Record<string, string> = {},
  subgraphUrls: Record<string, string> = {},
): Promise<TestStack> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SUBGRAPH_TIMEOUT_MS: '3000', ...env });
  const stack = await startStack({ config, databaseUrl: database.url, ports: 'free', subgraphUrls });
  for (const running of stack.units.values()) await seedUnit(running.unit, running.server.db.dataSource);
  return {
    stack,
    databaseUrl: database.url,
    query: (query, variables) => postGraphQL(stack.gatewayUrl, query, variables),
    statements: () => [...stack.units.values()].reduce((sum, u) => sum + u.server.db.statements.count, 0),
    close: async () => {
      await stack.stop();
      await database.drop();
    },
  };
}
