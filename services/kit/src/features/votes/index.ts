import type { KitFeature } from '../kit-feature.js';
import { voteMutations, voteUnitFields, voteValueTypes } from './resolvers.js';

/** Votes (measure 5) whose result binds the unit; their tables come with initiatives' migration. */
export const votes: KitFeature = {
  name: 'votes',
  sdl: [new URL('./votes.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: voteValueTypes,
  unitFields: voteUnitFields,
  mutations: voteMutations,
};
