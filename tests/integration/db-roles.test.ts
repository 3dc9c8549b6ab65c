import { randomBytes } from 'node:crypto';
import { connectAndMigrate, createUnitDataSource, provisionUnitRoles, roleOf, type UnitDatabase } from '@sesao28/kit';
import { createTestDatabase } from '@sesao28/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A unit's two PostgreSQL roles over a real server: created by the unit itself from a superuser
 * URL (also over an installation from before the roles, also by two replicas at once), or by the
 * operators' role script with names and passwords of their own.
 */
describe('database roles per unit', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let superuser: pg.Client;
  const opened: UnitDatabase[] = [];
  const operatorRoles: string[] = [];
  const open = (options: Partial<Parameters<typeof createUnitDataSource>[0]> & { schemaName: string }) => {
    const db = createUnitDataSource({ databaseUrl: database.url, poolSize: 2, ...options });
    opened.push(db);
    return db;
  };
  const sql = async (text: string, params: unknown[] = []) => (await superuser.query(text, params)).rows;
  /** Who owns what in the schema: tables, sequences, functions, and the schema itself. */
  const owners = async (schema: string) =>
    (
      await sql(
        `SELECT DISTINCT pg_get_userbyid(owner) AS owner FROM (
           SELECT c.relowner AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1
           UNION ALL SELECT p.proowner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1
           UNION ALL SELECT nspowner FROM pg_namespace WHERE nspname = $1) o`,
        [schema],
      )
    ).map((r) => r.owner as string);
  const whoServes = async (db: UnitDatabase) => (await db.dataSource.query('SELECT current_user AS role'))[0].role as string;

  beforeAll(async () => {
    database = await createTestDatabase();
    superuser = new pg.Client({ connectionString: database.url });
    await superuser.connect();
  });
  afterAll(async () => {
    for (const db of opened) if (db.dataSource.isInitialized) await db.dataSource.destroy();
    await superuser?.end();
    await database?.drop();
    // Roles are the server's, not the database's: the operator's test roles go with the test.
    const server = new pg.Client({ connectionString: database.url.replace(/\/[^/]*$/, '/postgres') });
    await server.connect();
    for (const role of operatorRoles) await server.query(`DROP ROLE IF EXISTS ${role}`);
    await server.end();
  });

  it('takes over an installation from before the roles: what the superuser made becomes the owner’s, and the unit serves as its service role', async () => {
    // As every unit ran before: migrated and served by the superuser itself.
    const before = open({ schemaName: 'unit_legacy', migrationUrl: database.url });
    await connectAndMigrate(before);
    expect(await owners('unit_legacy')).toEqual([roleOf(database.url)]);
    await before.dataSource.query(
      `INSERT INTO unit_legacy.access_audit (actor, role, action, record_ids) VALUES ('old', 'ADMIN', 'READ', '{}')`,
    );
    await before.dataSource.destroy();

    const after = open({ schemaName: 'unit_legacy' });
    await connectAndMigrate(after);
    expect(await owners('unit_legacy')).toEqual(['unit_legacy_owner']);
    expect(await whoServes(after)).toBe('unit_legacy_app');
    // The old rows are there, the trail still grows, and it cannot be rewritten.
    await after.dataSource.query(
      `INSERT INTO unit_legacy.access_audit (actor, role, action, record_ids) VALUES ('new', 'ADMIN', 'READ', '{}')`,
    );
    expect(
      (await after.dataSource.query(`SELECT actor FROM unit_legacy.access_audit ORDER BY at`)).map((r: { actor: string }) => r.actor),
    ).toEqual(['old', 'new']);
    await expect(after.dataSource.query(`DELETE FROM unit_legacy.access_audit`)).rejects.toThrow(/permission denied/);
    // Nowhere else to write either: no temporary tables.
    await expect(after.dataSource.query(`CREATE TEMP TABLE scratch (id int)`)).rejects.toThrow(/permission denied/);
  });

  it('creates its roles and migrates once when two replicas start at once', async () => {
    const [a, b] = [open({ schemaName: 'unit_twins' }), open({ schemaName: 'unit_twins' })];
    await Promise.all([connectAndMigrate(a!), connectAndMigrate(b!)]);
    expect([await whoServes(a!), await whoServes(b!)]).toEqual(['unit_twins_app', 'unit_twins_app']);
    const [{ runs, distinct }] = await sql(
      `SELECT count(*)::int AS runs, count(DISTINCT name)::int AS distinct FROM unit_twins.migrations`,
    );
    expect(runs).toBe(distinct);
    // Both serve: one writes, the other reads it.
    await a!.dataSource.query(`INSERT INTO unit_twins.answer_template (title_th, body_th) VALUES ('ก', 'ข')`);
    expect((await b!.dataSource.query(`SELECT count(*)::int AS n FROM unit_twins.answer_template`))[0].n).toBe(1);
  });

  it('runs on roles an operator made with names and passwords of their own, without any administrative URL', async () => {
    const tag = randomBytes(4).toString('hex');
    const url = (role: string) => {
      const u = new URL(database.url);
      u.username = role;
      u.password = randomBytes(18).toString('hex');
      return u.toString();
    };
    const access = { poolUrl: url(`ops_${tag}_service`), migrationUrl: url(`ops_${tag}_schema_owner`) };
    operatorRoles.push(roleOf(access.poolUrl), roleOf(access.migrationUrl));
    // The role script's work (roles-main.ts), as the administrator; run twice, as every `up` does.
    await provisionUnitRoles(database.url, 'unit_operated', access);
    await provisionUnitRoles(database.url, 'unit_operated', access);
    const unit = open({ schemaName: 'unit_operated', databaseUrl: access.poolUrl, migrationUrl: access.migrationUrl });
    await connectAndMigrate(unit);
    expect(await whoServes(unit)).toBe(`ops_${tag}_service`);
    expect(await owners('unit_operated')).toEqual([`ops_${tag}_schema_owner`]);
    await unit.dataSource.query(`INSERT INTO unit_operated.answer_template (title_th, body_th) VALUES ('ก', 'ข')`);
    await expect(unit.dataSource.query(`CREATE TABLE unit_operated.extra (id int)`)).rejects.toThrow(/permission denied/);
    await expect(unit.dataSource.query(`TRUNCATE unit_operated.answer_template`)).rejects.toThrow(/permission denied/);
    await expect(unit.dataSource.query(`CREATE TEMP TABLE scratch (id int)`)).rejects.toThrow(/permission denied/);
  });
});
