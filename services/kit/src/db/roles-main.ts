import { loadDatabaseRoleSettings } from '@sesao28/platform';
import { schemaNameOf } from '../unit-manifest.js';
import { provisionUnitRoles, roleOf } from './roles.js';

/**
 * The operators' role script (compose's `db-roles` service, the k8s Job `db-roles`, or by hand on a
 * managed PostgreSQL): with DATABASE_URL an administrative URL, creates each unit's owner and
 * service role with the user names and passwords of UNIT_DATABASE_MIGRATION_URL_<slug> and
 * UNIT_DATABASE_URL_<slug>, and the unit's schema owned by the owner. Idempotent: run it again
 * after adding a unit or changing a password. The units give their service roles their rights
 * themselves, after their migrations.
 */
async function main(): Promise<void> {
  const settings = loadDatabaseRoleSettings();
  const units = Object.entries(settings.units);
  if (!settings.adminUrl || units.length === 0) {
    console.error(
      'Set DATABASE_URL (an administrative role) and UNIT_DATABASE_URL_<slug> with UNIT_DATABASE_MIGRATION_URL_<slug> per unit.',
    );
    process.exit(2);
  }
  for (const [slug, access] of units) {
    const schema = schemaNameOf(slug);
    await provisionUnitRoles(settings.adminUrl, schema, access);
    console.log(`${slug}: schema ${schema} owned by ${roleOf(access.migrationUrl)}, service role ${roleOf(access.poolUrl)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`db-roles: ${(error as Error).message}`);
  process.exit(1);
});
