import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/**
 * The test database's clock: `test_clock.now()` is PostgreSQL's time moved on by `shifted`. Units
 * under test find it first on their search path (TEST_CLOCK_SEARCH_PATH in db/data-source.ts), so a
 * test closes a vote or makes a case late by moving the clock, not by sleeping until it happens.
 */
const TEST_CLOCK_SQL = `
  CREATE SCHEMA test_clock;
  CREATE TABLE test_clock.shift (single boolean PRIMARY KEY DEFAULT true CHECK (single), shifted interval NOT NULL DEFAULT '0');
  INSERT INTO test_clock.shift DEFAULT VALUES;
  CREATE FUNCTION test_clock.now() RETURNS timestamptz LANGUAGE sql STABLE
    AS $$ SELECT pg_catalog.now() + (SELECT shifted FROM test_clock.shift) $$;
  GRANT USAGE ON SCHEMA test_clock TO PUBLIC;
  GRANT SELECT ON test_clock.shift TO PUBLIC;`;

export interface TestClock {
  /** Moves every unit's database time on by `ms` (it never goes back). */
  advance(ms: number): Promise<void>;
  /** Moves the database time on to just past `moment` (a no-op once there). */
  passTo(moment: Date | string): Promise<void>;
  /**
   * The database's time as this process reckons it (its own time plus the moves so far): windows a
   * test opens after moving the clock are set from it, or they would already be over.
   */
  now(): Date;
}

export interface TestDatabase {
  url: string;
  clock: TestClock;
  drop: () => Promise<void>;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test run's PostgreSQL server, for one test file, with its own clock. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl)
    throw new Error(
      'This run has no PostgreSQL (the fast tier): a test that starts a database belongs to a database tier (infra/test-tiers.mjs)',
    );
  const name = `test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await onServer(databaseUrl, (client) => client.query(TEST_CLOCK_SQL));
  let shiftedMs = 0;
  const move = (sql: string, param: number | string) =>
    onServer(databaseUrl, async (client) => {
      const { rows } = await client.query<{ ms: number }>(
        `WITH moved AS (${sql} RETURNING shifted) SELECT (extract(epoch FROM shifted) * 1000)::float8 AS ms FROM moved`,
        [param],
      );
      if (rows[0]) shiftedMs = rows[0].ms;
    });
  const clock: TestClock = {
    advance: (ms) => move(`UPDATE test_clock.shift SET shifted = shifted + make_interval(secs => $1)`, ms / 1000),
    passTo: (moment) =>
      move(
        `UPDATE test_clock.shift SET shifted = shifted + ($1::timestamptz - test_clock.now()) + interval '1 millisecond'
         WHERE test_clock.now() <= $1::timestamptz`,
        new Date(moment).toISOString(),
      ),
    now: () => new Date(Date.now() + shiftedMs),
  };
  return {
    url: databaseUrl,
    clock,
    drop: () => onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
