import { fileURLToPath } from 'node:url';
import { defineManifest, type UnitManifestData, type UnitModule } from './manifest.js';

/**
 * Declares a unit from its folder: `manifest.json` plus whatever the unit adds.
 * `moduleUrl` is the unit's `src/index.ts` (import.meta.url); its generated SDL
 * sits beside it in `__generated__/`.
 */
export function defineUnitModule(
  manifest: UnitManifestData,
  moduleUrl: string,
  extras: Omit<UnitModule, 'manifest' | 'schemaFile'> = {},
): UnitModule {
  return {
    manifest: defineManifest(manifest),
    schemaFile: fileURLToPath(new URL('./__generated__/schema.graphql', moduleUrl)),
    ...extras,
  };
}
