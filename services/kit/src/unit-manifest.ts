// A unit's names, from its manifest.json: a leaf module (nothing of the kit's), so anything may import it.

/** What a unit folder declares about itself in `manifest.json`. */
export interface UnitManifestData {
  /** Stable code from the announcement's unit table, e.g. FINANCE. */
  code: string;
  /** GraphQL slug, the unit's root field, e.g. financeAssets. */
  slug: string;
  nameTh: string;
  nameEn: string;
  /** Default HTTP port of the unit's subgraph. */
  port: number;
  /** True for the one unit that serves the office directory (`Query.units`). */
  directoryHost?: boolean;
  /** Cases open only to the unit's named staff (Internal Audit's reports). */
  confidential?: boolean;
}

/** A unit as the kit uses it: the manifest plus names derived from it once. */
export interface UnitManifest extends UnitManifestData {
  /** Federation subgraph name, same as the slug. */
  subgraphName: string;
  /** GraphQL object type of the unit, e.g. FinanceAssetsUnit. */
  typeName: string;
  /** GraphQL entity type of the unit's records linked from outcomes, e.g. FinanceAssetsRecord. */
  recordTypeName: string;
  /** GraphQL type of the unit's mutation namespace, e.g. FinanceAssetsMutations. */
  mutationTypeName: string;
  /** PostgreSQL schema that holds all of the unit's tables, e.g. unit_finance_assets. */
  schemaName: string;
}

const SLUG = /^[a-z][a-zA-Z0-9]*$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;

/** The PostgreSQL schema of the unit with this slug: `unit_` and the slug in snake case, e.g. unit_finance_assets. */
export function schemaNameOf(slug: string): string {
  return `unit_${slug.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
}

/**
 * The unit's two PostgreSQL roles as the unit creates them on a superuser URL and the deployment
 * files name them: `<schema>_owner` owns the schema and runs the migrations, `<schema>_app` is the service's.
 */
export function unitRoleNames(schemaName: string): { owner: string; app: string } {
  return { owner: `${schemaName}_owner`, app: `${schemaName}_app` };
}

export function defineManifest(data: UnitManifestData): UnitManifest {
  if (!SLUG.test(data.slug)) throw new Error(`Unit slug "${data.slug}" must be lowerCamelCase`);
  if (!CODE.test(data.code)) throw new Error(`Unit code "${data.code}" must be UPPER_SNAKE_CASE`);
  if (!data.nameTh || !data.nameEn) throw new Error(`Unit ${data.code} needs Thai and English names`);
  const pascal = data.slug[0]!.toUpperCase() + data.slug.slice(1);
  return {
    ...data,
    subgraphName: data.slug,
    typeName: `${pascal}Unit`,
    mutationTypeName: `${pascal}Mutations`,
    recordTypeName: `${pascal}Record`,
    schemaName: schemaNameOf(data.slug),
  };
}
