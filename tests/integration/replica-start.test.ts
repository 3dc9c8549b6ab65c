import { createUnitServer, loadConfig, type UnitServer } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { unitRegistry } from '@sesao28/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A Deployment's pods start together: each replica of a unit creates its schema and runs its
 * migrations on start. Without a lock between them, the second fails on the first's CREATE.
 */
describe('replicas of a unit starting at the same moment on a fresh database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const servers: UnitServer[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it('all start: one migrates, the others find it done', async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const unit = unitRegistry.find((u) => u.manifest.code === 'FINANCE')!;
    for (let i = 0; i < 3; i++) servers.push(createUnitServer(unit, { config, databaseUrl: database.url }));
    const started = await Promise.allSettled(servers.map((s) => s.start()));
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual(['started', 'started', 'started']);
    const rows: { name: string; n: number }[] = await servers[0]!.db.dataSource.query(
      `SELECT name, count(*)::int AS n FROM ${unit.manifest.schemaName}.migrations GROUP BY name HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
  });
});
