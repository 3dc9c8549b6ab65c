import type { KitFeature } from '../kit-feature.js';
import { outcomeMutations, outcomeUnitFields, outcomeValueTypes, ownRecordResolvers } from './resolvers.js';
import { Outcomes1764500000000 } from './migrations/1764500000000-outcomes.js';

/** Outcomes: what came of participation, their progress and the records (of any unit) they link. */
export const outcomes: KitFeature = {
  name: 'outcomes',
  sdl: [new URL('./outcomes.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: outcomeValueTypes,
  unitFields: outcomeUnitFields,
  mutations: outcomeMutations,
  // The unit's own records, as the federated entity named after it.
  unitTypes: (manifest) => ({ [manifest.recordTypeName]: ownRecordResolvers }),
  migrations: [Outcomes1764500000000],
};
