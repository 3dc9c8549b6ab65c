import type { KitFeature } from '../kit-feature.js';
import { ladderSearchUnitFields, ladderSearchValueTypes } from './resolvers.js';
import { LadderAndSearch1765400000000 } from './migrations/1765400000000-ladder-and-search.js';

/** Search in Thai words over a unit's records, and the statistics' participation ladder. */
export const search: KitFeature = {
  name: 'search',
  sdl: [new URL('./search.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: ladderSearchValueTypes,
  unitFields: ladderSearchUnitFields,
  migrations: [LadderAndSearch1765400000000],
};
