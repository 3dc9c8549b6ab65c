import type { MigrationInterface } from 'typeorm';
import type { UnitManifest } from '../manifest.js';

/** A migration class of the kit; its class name ends with its timestamp (recorded in every unit's database). */
export type KitMigration = new () => MigrationInterface;

/**
 * One participation feature of the kit, from its own folder (`features/<name>/index.ts`): what it adds
 * to every unit's SDL, resolvers and database. Listed once, in `features/index.ts`.
 */
export interface KitFeature {
  name: string;
  /** Its SDL files of value types, read in this order (`new URL('./x.graphql', import.meta.url)`). */
  sdl: readonly URL[];
  /** Resolvers of its value types (merged field by field with other features'). */
  valueTypes?: object;
  /**
   * Its fields on every unit's own type and its mutations in every unit's namespace: its folder's
   * `unit.graphql` (`new URL('./unit.graphql', import.meta.url)`), holding its part of
   * `type UnitOwnFields { … }` and/or `type UnitMutations { … }` and nothing else (sdl/build-unit-sdl.ts).
   */
  unitSdl?: URL;
  /** Resolvers of its fields on every unit's own type (its unitSdl's UnitOwnFields), one for each. */
  unitFields?: object;
  /** Resolvers of its mutations in every unit's namespace (its unitSdl's UnitMutations), one for each. */
  mutations?: object;
  /** Resolvers of types named after the unit (its record type, its part of Partner). */
  unitTypes?: (manifest: UnitManifest) => Record<string, object>;
  /** The migrations that made its tables. */
  migrations?: readonly KitMigration[];
}

/** The timestamp a migration's class name ends with (TypeORM orders by it too). */
export function migrationTimestamp(migration: KitMigration): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} has no timestamp at the end of its name`);
  return Number(match[1]);
}
