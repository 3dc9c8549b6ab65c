import type { KitFeature } from '../kit-feature.js';
import { partnerMutations, partnerResolvers, partnerValueTypes } from './resolvers.js';
import { ActivityPartners1764900000000 } from './migrations/1764900000000-activity-partners.js';

/** Partners of activities (Administration's entities): linking one, and each unit's part of a partner. */
export const partners: KitFeature = {
  name: 'partners',
  sdl: [new URL('./partners.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  valueTypes: partnerValueTypes,
  mutations: partnerMutations,
  unitTypes: (manifest) => ({ Partner: partnerResolvers(manifest.slug) }),
  migrations: [ActivityPartners1764900000000],
};
