import { connectAndMigrate, createUnitDataSource, type UnitDatabase } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { generateUnitData } from '@sesao28/infra/bench';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('benchmark data generator', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let unit: UnitDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    unit = createUnitDataSource({ databaseUrl: database.url, schemaName: 'unit_bench', poolSize: 2 });
    await connectAndMigrate(unit);
  });
  afterAll(async () => {
    await unit?.dataSource.destroy();
    await database?.drop();
  });

  const census = () =>
    unit.dataSource.query(`SELECT
      (SELECT count(*)::int FROM unit_bench.activity) AS activities,
      (SELECT count(*)::int FROM unit_bench.feedback) AS feedback,
      (SELECT count(DISTINCT level)::int FROM unit_bench.activity) AS levels,
      (SELECT count(*)::int FROM unit_bench.activity WHERE search_vector @@ to_tsquery('simple', 'ครั้ง & ที่')) AS searchable,
      (SELECT count(DISTINCT status)::int FROM unit_bench.feedback) AS statuses,
      (SELECT count(DISTINCT extract(year FROM received_at + interval '3 months'))::int FROM unit_bench.feedback) AS fiscal_years,
      (SELECT md5(string_agg(id::text || message, ',' ORDER BY id)) FROM unit_bench.feedback) AS digest`);

  it('fills a unit with the asked volume, repeatably, over five fiscal years', async () => {
    await generateUnitData(unit.dataSource, 'unit_bench', { activities: 200, feedback: 2000, seed: 'test' });
    const [first] = await census();
    expect(first).toMatchObject({ activities: 200, searchable: 200, feedback: 2000, levels: 5, statuses: 6, fiscal_years: 5 });
    await generateUnitData(unit.dataSource, 'unit_bench', { activities: 200, feedback: 2000, seed: 'test' });
    const [again] = await census();
    expect(again).toEqual(first);
  });
});
