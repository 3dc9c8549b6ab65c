export { buildUnitSdl, sharedSdl, type UnitSdlOptions } from './build-unit-sdl.js';
export { defineManifest, type UnitManifest, type UnitManifestData } from '../manifest.js';
