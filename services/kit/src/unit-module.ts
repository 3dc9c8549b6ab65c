import { fileURLToPath } from 'node:url';
import { defineManifest, type UnitManifestData, type UnitModule } from './manifest.js';

/**
 * Declares a unit from its folder: `manifest.json` plus whatever the unit adds.
 * `moduleUrl` is the unit's `src/index.ts` (import.meta.url); its own SDL, if it has
 * one, is `schema.graphql` beside it.
 */
export function defineUnitModule(
  manifest: UnitManifestData,
  moduleUrl: string,
  extras: Omit<UnitModule, 'manifest' | 'ownSdlFile'> = {},
): UnitModule {
  return {
    manifest: defineManifest(manifest),
    ownSdlFile: fileURLToPath(new URL('./schema.graphql', moduleUrl)),
    ...extras,
  };
}
