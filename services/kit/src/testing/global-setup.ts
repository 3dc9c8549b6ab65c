import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '@sesao28/platform';
import { startEmbeddedPostgres } from '../embedded-postgres.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway PostgreSQL server of this test run. */
    postgresUrl: string;
  }
}

/**
 * One throwaway real PostgreSQL per test run (each test file then creates its
 * own database). TEST_DATABASE_URL points the run at an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { testDatabaseUrl: external, testTier } = loadConfig();
  // The fast tier's tests need no database; one that asks for it fails (createTestDatabase says why).
  if (testTier === 'fast') return async () => {};
  if (external) {
    project.provide('postgresUrl', external);
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sesao28-test-pg-'));
  chmodSync(dataDir, 0o755); // as root, the server runs as the postgres user and must enter it
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, 'data'),
    port: await freePort(),
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '400' },
  });
  project.provide('postgresUrl', postgres.url);
  return async () => {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
