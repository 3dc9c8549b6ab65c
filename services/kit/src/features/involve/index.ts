import type { KitFeature } from '../kit-feature.js';
import { involveMutations, involveUnitFields, involveValueTypes } from './resolvers.js';
import { InvolveDrafts1765200000000 } from './migrations/1765200000000-involve-drafts.js';

/** Involve (measure 3): drafts open for suggestions, the unit's responses and joint decisions. */
export const involve: KitFeature = {
  name: 'involve',
  sdl: [new URL('./involve.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: involveValueTypes,
  unitFields: involveUnitFields,
  mutations: involveMutations,
  migrations: [InvolveDrafts1765200000000],
};
