import type { KitFeature } from '../kit-feature.js';
import { delegationMutations, delegationUnitFields, delegationValueTypes } from './resolvers.js';

/** Delegations (measure 5): decisions delegated to a group and their reviews; tables from initiatives' migration. */
export const delegations: KitFeature = {
  name: 'delegations',
  sdl: [new URL('./delegations.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: delegationValueTypes,
  unitFields: delegationUnitFields,
  mutations: delegationMutations,
};
