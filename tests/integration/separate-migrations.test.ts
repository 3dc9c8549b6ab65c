import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createKeyRing,
  createUnitServer,
  gatewayHeaders,
  loadConfig,
  PUBLIC_IDENTITY,
  provisionUnitRoles,
  unitDatabaseAccess,
  type UnitServer,
} from '@sesao28/kit';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * DATABASE_MIGRATIONS=separate (the k8s init container): the migrate step holds the unit's owner
 * role and exits; the serving process has only the service role and will not serve a schema whose
 * migrations have not run.
 */
describe('migrations as a step of their own', () => {
  const unit = unitRegistry.find((u) => u.manifest.code === 'SUPERVISION')!;
  const schema = unit.manifest.schemaName;
  let database: TestDatabase;
  let access: ReturnType<typeof unitDatabaseAccess>;
  const servers: UnitServer[] = [];
  const serving = (env: Record<string, string> = {}) => {
    const server = createUnitServer(unit, {
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_MIGRATIONS: 'separate', ...env }),
      databaseUrl: access.poolUrl,
    });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    // The operators' role script's part (the db-roles Job): the two roles and the schema, no tables yet.
    access = unitDatabaseAccess(database.url, undefined, schema);
    await provisionUnitRoles(database.url, schema, access);
  });
  afterAll(async () => {
    for (const server of servers) await server.stop().catch(() => {});
    await database?.drop();
  });

  it('refuses to serve before the migrate step, naming it', async () => {
    await expect(serving().start()).rejects.toThrow(/migration\(s\) not yet run .*migrate step/);
  });

  it('refuses an owner role in the serving process', () => {
    expect(() => serving({ DATABASE_MIGRATION_URL: access.migrationUrl })).toThrow(
      /DATABASE_MIGRATION_URL belongs to the migrate step only/,
    );
  });

  it('migrates in `<unit> migrate` as the owner role, then serves as the service role alone', async () => {
    const main = fileURLToPath(new URL(`../../services/${unit.manifest.slug}/src/main.ts`, import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const step = spawnSync(tsx, [main, 'migrate'], {
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: access.poolUrl, DATABASE_MIGRATION_URL: access.migrationUrl },
      encoding: 'utf8',
    });
    expect(step.stderr).toBe('');
    expect(step.status).toBe(0);
    expect(step.stdout).toContain(`schema ${schema} up to date`);

    const server = serving();
    const { url } = await server.listen(0);
    expect((await server.db.dataSource.query('SELECT current_user AS role'))[0].role).toBe(
      decodeURIComponent(new URL(access.poolUrl).username),
    );
    const keys = createKeyRing(loadConfig({ NODE_ENV: 'test' }).keys);
    const answer = await postGraphQL(url, `{ supervision { code } }`, {}, await gatewayHeaders(keys, unit.manifest.code, PUBLIC_IDENTITY));
    expect(answer.data).toEqual({ supervision: { code: 'SUPERVISION' } });
  });
});
