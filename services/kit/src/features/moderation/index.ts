import type { KitFeature } from '../kit-feature.js';
import { moderationMutations, moderationUnitFields, moderationValueTypes } from './resolvers.js';
import { Moderation1767800000000 } from './migrations/1767800000000-moderation.js';

/** Moderation of public contributions: reports, the unit's queue, hidden text with its reason. */
export const moderation: KitFeature = {
  name: 'moderation',
  sdl: [new URL('./moderation.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: moderationValueTypes,
  unitFields: moderationUnitFields,
  mutations: moderationMutations,
  migrations: [Moderation1767800000000],
};
