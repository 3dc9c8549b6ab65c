import { createHmac } from 'node:crypto';
import pg from 'pg';
import { unitRoleNames } from '../unit-manifest.js';
import { quoteIdent } from './sql.js';

/**
 * Least privilege in PostgreSQL, per unit: an owner role that owns the unit's schema and runs its
 * migrations, and a lesser service role the unit's pool connects as (its own schema's rows only:
 * no DDL, no other unit's schema, append-only tables only appended to).
 */

/** The two connections of one unit: its pool (service role) and its migrations (owner role). */
export interface UnitDatabaseAccess {
  /** The service role's URL: what the running unit reads and writes with. */
  poolUrl: string;
  /** The owner role's URL: migrations and the service role's grants. */
  migrationUrl: string;
  /** Set when the unit creates its two roles itself from this administrative URL (development, tests). */
  provisionFrom?: string;
}

/**
 * A role's password when the unit creates its roles itself: derived from the administrative
 * credentials, so every replica and every restart agrees on it without storing it anywhere, and
 * nobody without the administrative password can work it out. The database name is left out: the
 * roles are the server's, shared by every database on it (the tests' many).
 */
function derivedPassword(adminUrl: URL, role: string): string {
  const key = `${decodeURIComponent(adminUrl.username)}:${decodeURIComponent(adminUrl.password)}@${adminUrl.host}`;
  return createHmac('sha256', key).update(`sesao28-role:${role}`).digest('base64url');
}

function asRole(adminUrl: string, role: string): string {
  const url = new URL(adminUrl);
  const password = derivedPassword(url, role);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/**
 * Where a unit connects. With `migrationUrl` (the operator created the roles): the pool on
 * `databaseUrl`, migrations on `migrationUrl`. Without it, `databaseUrl` is an administrative
 * connection (a superuser in development and tests) from which the unit creates its own two roles.
 */
export function unitDatabaseAccess(databaseUrl: string, migrationUrl: string | undefined, schemaName: string): UnitDatabaseAccess {
  if (migrationUrl) return { poolUrl: databaseUrl, migrationUrl };
  const roles = unitRoleNames(schemaName);
  return { poolUrl: asRole(databaseUrl, roles.app), migrationUrl: asRole(databaseUrl, roles.owner), provisionFrom: databaseUrl };
}

/** The user name a connection URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

/** Serialises the role and grant work of one schema between replicas that start at once. */
const ROLE_LOCK = `SELECT pg_advisory_xact_lock(hashtext('sesao28-roles:' || $1))`;

/**
 * Two starts racing on the server's roles: advisory locks hold within one database only, and
 * roles are the server's, so a start that lost a race to a start on another database tries again.
 */
const RACED = new Set(['42710', '23505', '40001', '40P01', 'XX000']);

async function inTransaction(client: pg.Client, schemaName: string, work: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await client.query('BEGIN');
    try {
      await client.query(ROLE_LOCK, [schemaName]);
      await work();
      await client.query('COMMIT');
      return;
    } catch (error) {
      await client.query('ROLLBACK');
      if (attempt >= 5 || !RACED.has((error as { code?: string }).code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'sesao28-roles' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates (or brings up to date) one unit's owner and service roles and its schema, as an
 * administrative role: the owner owns the schema and everything already in it (an installation
 * from before the roles had it all owned by the superuser). Idempotent; safe with replicas that
 * start at once. Used by a unit started on a superuser URL and by the operators' `roles-main.ts`.
 */
export async function provisionUnitRoles(
  adminUrl: string,
  schemaName: string,
  access: Pick<UnitDatabaseAccess, 'poolUrl' | 'migrationUrl'>,
): Promise<void> {
  const owner = roleOf(access.migrationUrl);
  const app = roleOf(access.poolUrl);
  if (owner === app) throw new Error(`Schema ${schemaName}: the owner and the service role must be two roles, got ${owner} for both`);
  await withClient(adminUrl, (client) =>
    inTransaction(client, schemaName, async () => {
      for (const [role, url] of [
        [owner, access.migrationUrl],
        [app, access.poolUrl],
      ] as const) {
        const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
        if (exists.rowCount === 0) await client.query(`CREATE ROLE ${quoteIdent(role)}`);
        const password = (await client.query('SELECT quote_literal($1) AS literal', [passwordOf(url)])).rows[0].literal as string;
        // Only LOGIN and the password: a new role has no other attribute, and a managed server's
        // administrator (not a superuser) may not name the others.
        await client.query(`ALTER ROLE ${quoteIdent(role)} LOGIN PASSWORD ${password}`);
      }
      // A managed server's administrator is no superuser: to hand the schema to the owner it must be able to act as it.
      const superuser = (await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0].rolsuper as boolean;
      if (!superuser) await client.query(`GRANT ${quoteIdent(owner)} TO CURRENT_USER`);
      // CONNECT, where the server does not give it to everyone (nine units starting at once would otherwise all update the database's row).
      const database = quoteIdent((await client.query('SELECT current_database() AS name')).rows[0].name as string);
      for (const role of [owner, app]) {
        const can = await client.query(`SELECT has_database_privilege($1, current_database(), 'CONNECT') AS can`, [role]);
        if (!can.rows[0].can) await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${quoteIdent(role)}`);
      }
      // No temporary tables (PUBLIC has TEMP by default): a unit's roles write nowhere but their own schema.
      const temporary = await client.query(`SELECT has_database_privilege('public', current_database(), 'TEMPORARY') AS can`);
      if (temporary.rows[0].can) await client.query(`REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC`);
      const s = quoteIdent(schemaName);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s} AUTHORIZATION ${quoteIdent(owner)}`);
      await client.query(`ALTER SCHEMA ${s} OWNER TO ${quoteIdent(owner)}`);
      // What an earlier role made in the schema becomes the owner's (a table's indexes and its own sequences follow it).
      const transfers = await client.query<{ statement: string }>(TRANSFER_OWNERSHIP, [schemaName, owner]);
      for (const { statement } of transfers.rows) await client.query(statement);
    }),
  );
}

/** ALTER … OWNER TO statements for the objects in schema $1 not owned by role $2. */
const TRANSFER_OWNERSHIP = `
  WITH target AS (SELECT oid FROM pg_roles WHERE rolname = $2)
  SELECT format('ALTER %s %I.%I OWNER TO %I',
           CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                          WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
           n.nspname, c.relname, $2) AS statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
     AND c.relowner <> (SELECT oid FROM target)
     AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))
  UNION ALL
  SELECT format('ALTER ROUTINE %I.%I(%s) OWNER TO %I', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), $2)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = $1 AND p.proowner <> (SELECT oid FROM target)
  UNION ALL
  SELECT format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, $2)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = $1 AND t.typtype IN ('e', 'd', 'r', 'm') AND t.typowner <> (SELECT oid FROM target)`;

/**
 * The service role's rights in its own schema, given by the owner after its migrations: USAGE on
 * the schema, reading and writing rows of the owner's tables (also of tables added later, through
 * default privileges), its sequences; on the append-only tables only INSERT and SELECT, so that
 * even without their triggers the service role cannot rewrite them. Nothing else: no CREATE, no
 * TRUNCATE, no other schema.
 */
export async function grantServiceRole(
  migrationUrl: string,
  poolUrl: string,
  schemaName: string,
  appendOnlyTables: readonly string[],
): Promise<void> {
  const app = roleOf(poolUrl);
  // One role for both (an operator who kept one role): nothing to grant or take away.
  if (app === roleOf(migrationUrl)) return;
  const s = quoteIdent(schemaName);
  const a = quoteIdent(app);
  await withClient(migrationUrl, (client) =>
    inTransaction(client, schemaName, async () => {
      await client.query(`REVOKE ALL ON SCHEMA ${s} FROM PUBLIC`);
      await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${a}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${a}`);
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE ON SEQUENCES TO ${a}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${a}`);
      await client.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${a}`);
      const present = await client.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = $1 AND c.relname = ANY($2::text[]) AND c.relkind IN ('r', 'p')`,
        [schemaName, appendOnlyTables],
      );
      for (const { name } of present.rows) {
        await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${s}.${quoteIdent(name)} FROM ${a}, PUBLIC`);
      }
    }),
  );
}
