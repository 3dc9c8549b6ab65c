import type { KitFeature } from '../kit-feature.js';
import { initiativeMutations, initiativeUnitFields, initiativeValueTypes } from './resolvers.js';
import { Empower1765300000000 } from './migrations/1765300000000-empower.js';

/** Initiatives (measure 5): activities stakeholders propose and run with the unit's support. */
export const initiatives: KitFeature = {
  name: 'initiatives',
  sdl: [new URL('./initiatives.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: initiativeValueTypes,
  unitFields: initiativeUnitFields,
  mutations: initiativeMutations,
  // Measure 5's one migration (initiatives, votes and delegations): the first of the three keeps it.
  migrations: [Empower1765300000000],
};
