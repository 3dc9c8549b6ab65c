import type { MigrationInterface } from 'typeorm';
import type { EntitySchema } from 'typeorm';
import type { PlatformConfig } from './config.js';
import type { UnitServices } from './context.js';
import type { MessageHandler } from './messaging/inbox.js';
import type { UnitResolvers } from './resolvers/types.js';
import type { Action } from './auth/policy.js';
import type { StaffDirectoryEntry, StaffLookup } from './auth/identity.js';

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

/** Everything a unit contributes beyond the shared participation model. */
export interface UnitModule {
  manifest: UnitManifest;
  /** Absolute path of the unit's own SDL (`src/schema.graphql`), added to the kit's when the unit starts; may not exist. */
  ownSdlFile?: string;
  resolvers?: UnitResolvers;
  /** Access rules of the fields the unit adds to its own type (`extend type FinanceAssetsUnit`). */
  fieldRules?: Record<string, Action>;
  /** Access rules of the mutations the unit adds to its namespace (`extend type FinanceAssetsMutations`). */
  mutationRules?: Record<string, Action>;
  entities?: EntitySchema[];
  migrations?: (new () => MigrationInterface)[];
  /** Messages the unit receives beyond the kit's own (e.g. the front door's tracking copies). */
  messageHandlers?: (services: UnitServices) => Record<string, MessageHandler>;
  /** The office's register of partners (the directory host): whether a partner exists, for `/internal/partners/:id`. */
  partnerExists?: (services: UnitServices, id: string) => Promise<boolean>;
  /** The office's staff directory (its host): who a signed-in person is, for `/internal/staff-directory`. */
  staffDirectory?: (services: UnitServices, who: StaffLookup) => Promise<StaffDirectoryEntry | null>;
  /** Work the unit repeats while it runs (e.g. sending notices that are due); each must be safe with several replicas. */
  backgroundJobs?: (services: UnitServices, config: PlatformConfig) => BackgroundJob[];
  /** The unit's own retention work (beyond the kit's case texts), run on every sweep. */
  retentionSweep?: (services: UnitServices, retention: PlatformConfig['retention'], now: Date) => Promise<void>;
}

/** A unit's repeating work: run every `everyMs` (never two runs of one job at once in a process). */
export interface BackgroundJob {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

const SLUG = /^[a-z][a-zA-Z0-9]*$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;

export function defineManifest(data: UnitManifestData): UnitManifest {
  if (!SLUG.test(data.slug)) throw new Error(`Unit slug "${data.slug}" must be lowerCamelCase`);
  if (!CODE.test(data.code)) throw new Error(`Unit code "${data.code}" must be UPPER_SNAKE_CASE`);
  if (!data.nameTh || !data.nameEn) throw new Error(`Unit ${data.code} needs Thai and English names`);
  const pascal = data.slug[0]!.toUpperCase() + data.slug.slice(1);
  const snake = data.slug.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return {
    ...data,
    subgraphName: data.slug,
    typeName: `${pascal}Unit`,
    mutationTypeName: `${pascal}Mutations`,
    recordTypeName: `${pascal}Record`,
    schemaName: `unit_${snake}`,
  };
}
