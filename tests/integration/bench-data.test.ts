import { connectAndMigrate, createUnitDataSource, INTAKE_UNIT_CODE, type UnitDatabase, type UnitModule } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import { generatePartners, generateUnitData, MAX_PARTNERS_PER_ACTIVITY, PARTNERED_ACTIVITIES_ONE_IN } from '@sesao28/infra/bench';
import { unitRegistry } from '@sesao28/schema';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VOLUME = { activities: 400, feedback: 2000, partners: 60, seed: 'test' };
const KINDS = ['SCHOOL', 'PARENT_NETWORK', 'SCHOOL_BOARD', 'COMMUNITY_ORGANISATION', 'BUSINESS', 'AGENCY', 'FOUNDATION'];

describe('benchmark data generator', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let unit: UnitDatabase;
  let other: UnitDatabase;
  let admin: UnitDatabase;
  /** The test's own look across schemas (a unit's role sees its own schema only). */
  let inspector: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    inspector = new pg.Client({ connectionString: database.url });
    await inspector.connect();
    const open = (schemaName: string, migrations?: UnitModule['migrations']) =>
      createUnitDataSource({ databaseUrl: database.url, schemaName, poolSize: 2, migrations });
    unit = open('unit_bench');
    other = open('unit_bench_other');
    // Administration's own migrations hold the register of partners.
    admin = open('unit_bench_admin', unitRegistry.find((u) => u.manifest.code === INTAKE_UNIT_CODE)!.migrations);
    for (const db of [unit, other, admin]) await connectAndMigrate(db);
  });
  afterAll(async () => {
    for (const db of [unit, other, admin]) await db?.dataSource.destroy();
    await inspector?.end();
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

  /** One unit's links to the register: how many, how spread, and whether every one names a registered partner. */
  const links = async (db: UnitDatabase) => {
    const s = (db.dataSource.options as { schema: string }).schema;
    const {
      rows: [row],
    } = await inspector.query(`SELECT
      count(*)::int AS links,
      count(DISTINCT ap.activity_id)::int AS activities,
      count(DISTINCT ap.partner_id)::int AS partners,
      count(*) FILTER (WHERE p.id IS NULL)::int AS unknown_partners,
      count(*) FILTER (WHERE length(ap.role_th) = 0 OR ap.role_th !~ '[ก-๙]')::int AS roles_not_thai,
      (SELECT max(n)::int FROM (SELECT count(*) AS n FROM ${s}.activity_partner GROUP BY activity_id) per) AS most_per_activity,
      md5(string_agg(ap.activity_id::text || ap.partner_id::text || ap.role_th, ',' ORDER BY ap.activity_id, ap.partner_id)) AS digest
      FROM ${s}.activity_partner ap LEFT JOIN unit_bench_admin.partner p ON p.id = ap.partner_id`);
    return row as {
      links: number;
      activities: number;
      partners: number;
      unknown_partners: number;
      roles_not_thai: number;
      most_per_activity: number;
      digest: string;
    };
  };

  const register = async () => {
    const [row] = await admin.dataSource.query(`SELECT
      (SELECT count(*)::int FROM unit_bench_admin.partner) AS partners,
      (SELECT count(*)::int FROM unit_bench_admin.partner WHERE name_th ~ '^[ก-๙]') AS thai_names,
      (SELECT array_agg(DISTINCT kind ORDER BY kind) FROM unit_bench_admin.partner) AS kinds,
      (SELECT count(*)::int FROM unit_bench_admin.partner_agreement) AS agreements,
      (SELECT md5(string_agg(id::text || name_th || kind, ',' ORDER BY id)) FROM unit_bench_admin.partner) AS digest`);
    return row as { partners: number; thai_names: number; kinds: string[]; agreements: number; digest: string };
  };

  const generate = async () => {
    await generatePartners(admin.dataSource, 'unit_bench_admin', VOLUME);
    await generateUnitData(unit.dataSource, 'unit_bench', VOLUME);
    await generateUnitData(other.dataSource, 'unit_bench_other', VOLUME);
  };

  it('fills a unit with the asked volume, repeatably, over five fiscal years', async () => {
    await generate();
    const [first] = await census();
    expect(first).toMatchObject({ activities: 400, searchable: 400, feedback: 2000, levels: 5, statuses: 6, fiscal_years: 5 });
    await generate();
    const [again] = await census();
    expect(again).toEqual(first);
  });

  it('fills the register with partners of every kind and names them on one in ten activities of each unit, repeatably', async () => {
    await generate();
    const before = { register: await register(), unit: await links(unit), other: await links(other) };
    expect(before.register).toMatchObject({
      partners: VOLUME.partners,
      thai_names: VOLUME.partners,
      kinds: [...KINDS].sort(),
      agreements: VOLUME.partners / 3,
    });
    for (const counts of [before.unit, before.other]) {
      // About one in ten of 400 activities (the choice is a hash, so roughly), one to three partners each.
      expect(counts.activities).toBeGreaterThan((VOLUME.activities / PARTNERED_ACTIVITIES_ONE_IN) * 0.6);
      expect(counts.activities).toBeLessThan((VOLUME.activities / PARTNERED_ACTIVITIES_ONE_IN) * 1.4);
      expect(counts.links).toBeGreaterThan(counts.activities * 1.5);
      expect(counts.most_per_activity).toBe(MAX_PARTNERS_PER_ACTIVITY);
      expect(counts.partners).toBeGreaterThan(VOLUME.partners / 2);
      expect(counts).toMatchObject({ unknown_partners: 0, roles_not_thai: 0 });
    }
    // Each unit has its own mix: a partner's history differs from unit to unit.
    expect(before.unit.digest).not.toBe(before.other.digest);
    await generate();
    expect({ register: await register(), unit: await links(unit), other: await links(other) }).toEqual(before);
  });
});
