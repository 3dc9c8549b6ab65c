import type { KitFeature } from './kit-feature.js';
import { activities } from './activities/index.js';
import { cases } from './cases/index.js';
import { outcomes } from './outcomes/index.js';
import { consultations } from './consultations/index.js';
import { partners } from './partners/index.js';
import { involve } from './involve/index.js';
import { initiatives } from './initiatives/index.js';
import { votes } from './votes/index.js';
import { delegations } from './delegations/index.js';
import { search } from './search/index.js';
import { notices } from './notices/index.js';
import { follow } from './follow/index.js';
import { moderation } from './moderation/index.js';
import { mine } from './mine/index.js';

/**
 * Every participation feature every unit has, each from its own folder: the kit's resolvers
 * (schema.ts), the SDL (sdl/build-unit-sdl.ts: sdl/rules.graphql and sdl/shared.graphql, then each
 * feature's value types in this order; every unit's fields and mutations from each feature's
 * unit.graphql, in this order too) and kitMigrations (db/migrations, by timestamp) derive from this
 * list alone. A new feature's SDL, resolvers and migrations are one folder and one line here; typed
 * by name, its repository (repositories/index.ts) and its error messages (errors.ts) are listed
 * there. The order is the SDL's (the generated files follow it) and the resolvers' (a later
 * feature's field of a shared type wins).
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
  search,
  notices,
  follow,
  moderation,
  mine,
];
