import type { MigrationInterface } from 'typeorm';
import type { EntitySchema } from 'typeorm';
import type { PlatformConfig, StaffDirectoryEntry, StaffLookup } from '@sesao28/platform';
import type { UnitServices } from './context.js';
import type { MessageHandler } from './messaging/inbox.js';
import type { UnitResolvers } from './resolvers/types.js';
import type { UnitManifest } from './unit-manifest.js';

export { defineManifest, type UnitManifest, type UnitManifestData } from './unit-manifest.js';

/** Everything a unit contributes beyond the shared participation model. */
export interface UnitModule {
  manifest: UnitManifest;
  /** Absolute path of the unit's own SDL (`src/schema.graphql`), added to the kit's when the unit starts; may not exist. */
  ownSdlFile?: string;
  resolvers?: UnitResolvers;
  entities?: EntitySchema[];
  migrations?: (new () => MigrationInterface)[];
  /** The unit's own append-only tables (beside the kit's access_audit): its service role may only INSERT into and SELECT them. */
  appendOnlyTables?: readonly string[];
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
  /** Keys only this unit needs (checked when it starts), e.g. Internal Audit's PIN key. */
  needsKeys?: readonly 'pinKey'[];
}

/** A unit's repeating work: run every `everyMs` (never two runs of one job at once in a process). */
export interface BackgroundJob {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}
