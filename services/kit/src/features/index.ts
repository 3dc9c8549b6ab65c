import type { KitFeature } from './kit-feature.js';
import { delegations } from './delegations/index.js';
import { votes } from './votes/index.js';
import { initiatives } from './initiatives/index.js';
import { involve } from './involve/index.js';
import { partners } from './partners/index.js';
import { consultations } from './consultations/index.js';
import { outcomes } from './outcomes/index.js';
import { activities } from './activities/index.js';
import { cases } from './cases/index.js';
import { followMutations } from '../follow/resolvers.js';
import { ladderSearchUnitFields, ladderSearchValueTypes } from '../resolvers/ladder-search.js';
import { noticeMutations, noticeUnitFields, noticeValueTypes } from '../resolvers/notices.js';
import { moderationMutations, moderationUnitFields, moderationValueTypes } from '../resolvers/moderation.js';
import { myParticipationUnitFields, myParticipationValueTypes } from '../mine/resolvers.js';
import { LadderAndSearch1765400000000 } from '../db/migrations/1765400000000-ladder-and-search.js';
import { Notices1765100000000 } from '../db/migrations/1765100000000-notices.js';
import { Followers1767400000000 } from '../db/migrations/1767400000000-followers.js';
import { Moderation1767800000000 } from '../db/migrations/1767800000000-moderation.js';
import { MyParticipation1767950000000 } from '../db/migrations/1767950000000-my-participation.js';

const sdl = (file: string) => [new URL(`../sdl/${file}`, import.meta.url)];

/**
 * Every participation feature every unit has, each from its folder: the kit's resolvers, the SDL
 * (after sdl/rules.graphql and sdl/shared.graphql, in this order) and the migrations derive from
 * this list alone. A new feature is one folder and one line here.
 */
export const KIT_FEATURES: readonly KitFeature[] = [
  activities,
  cases,
  outcomes,
  consultations,
  partners,
  involve,
  initiatives,
  votes,
  delegations,
  {
    name: 'search',
    sdl: sdl('search.graphql'),
    valueTypes: ladderSearchValueTypes,
    unitFields: ladderSearchUnitFields,
    migrations: [LadderAndSearch1765400000000],
  },
  {
    name: 'notices',
    sdl: sdl('notices.graphql'),
    valueTypes: noticeValueTypes,
    unitFields: noticeUnitFields,
    mutations: noticeMutations,
    migrations: [Notices1765100000000],
  },
  { name: 'follow', sdl: sdl('follow.graphql'), mutations: followMutations, migrations: [Followers1767400000000] },
  {
    name: 'moderation',
    sdl: sdl('moderation.graphql'),
    valueTypes: moderationValueTypes,
    unitFields: moderationUnitFields,
    mutations: moderationMutations,
    migrations: [Moderation1767800000000],
  },
  {
    name: 'mine',
    sdl: sdl('mine.graphql'),
    valueTypes: myParticipationValueTypes,
    unitFields: myParticipationUnitFields,
    migrations: [MyParticipation1767950000000],
  },
];
