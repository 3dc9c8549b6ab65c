import { randomUUID } from 'node:crypto';
import type { UnitManifest } from './manifest.js';
import { createLoaders, type UnitLoaders } from './loaders.js';
import type { UnitRepositories } from './repositories/index.js';

/** What every resolver of a unit receives, built fresh for each request. */
export interface UnitContext {
  unit: UnitManifest;
  repos: UnitRepositories;
  /** Per-request DataLoaders: batching and caching never outlive one request. */
  loaders: UnitLoaders;
  requestId: string;
}

export function createContext(unit: UnitManifest, repos: UnitRepositories, requestId?: string): UnitContext {
  return { unit, repos, loaders: createLoaders(repos), requestId: requestId || randomUUID() };
}
