import { existsSync, readFileSync } from 'node:fs';
import { officeDirectory } from '@sesao28/platform';
import { defineManifest, type UnitManifest, type UnitModule } from '../manifest.js';
import { buildUnitSdl } from './build-unit-sdl.js';

/** Every unit of the office as a manifest, from the generated directory (in the order of the announcement). */
const officeManifests: readonly UnitManifest[] = officeDirectory.map((entry) =>
  defineManifest({
    code: entry.code,
    slug: entry.slug,
    nameTh: entry.nameTh,
    nameEn: entry.nameEn,
    port: entry.port,
    directoryHost: entry.directoryHost,
    confidential: entry.confidential,
  }),
);

/**
 * A unit's whole subgraph SDL, built in memory when it starts: the kit's SDL, the office directory
 * and the unit's own `src/schema.graphql`, exactly as the generator composes the supergraph from.
 * A unit not yet in the directory (just scaffolded) counts itself in.
 */
export function unitSubgraphSdl(unit: Pick<UnitModule, 'manifest' | 'ownSdlFile'>): string {
  const { manifest } = unit;
  const known = officeManifests.some((m) => m.code === manifest.code);
  const office = known ? officeManifests : [...officeManifests, manifest];
  const ownSdl = unit.ownSdlFile && existsSync(unit.ownSdlFile) ? readFileSync(unit.ownSdlFile, 'utf8') : undefined;
  return buildUnitSdl(manifest, { office, directory: manifest.directoryHost ? office : undefined, ownSdl });
}
