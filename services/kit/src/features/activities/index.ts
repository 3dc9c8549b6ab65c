import type { KitFeature } from '../kit-feature.js';
import { activityMutations, activityUnitFields, activityValueTypes } from './resolvers.js';
import { ParticipationModel1764050000000 } from './migrations/1764050000000-participation-model.js';
import { ActivityAuthoring1765050000000 } from './migrations/1765050000000-activity-authoring.js';

/** Activities: a unit's list of them and staff writing them. Their types are the shared ones (sdl/shared.graphql). */
export const activities: KitFeature = {
  name: 'activities',
  sdl: [],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: activityValueTypes,
  unitFields: activityUnitFields,
  mutations: activityMutations,
  migrations: [ParticipationModel1764050000000, ActivityAuthoring1765050000000],
};
