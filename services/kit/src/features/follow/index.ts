import type { KitFeature } from '../kit-feature.js';
import { followMutations } from './resolvers.js';
import { Followers1767400000000 } from './migrations/1767400000000-followers.js';

/** Following a unit's consultations, drafts and votes by e-mail or LINE. */
export const follow: KitFeature = {
  name: 'follow',
  sdl: [new URL('./follow.graphql', import.meta.url)],
  unitSdl: new URL('./unit.graphql', import.meta.url),
  mutations: followMutations,
  migrations: [Followers1767400000000],
};
