import { CASE_TRACK, defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { FrontDoor1764300000000 } from './db/1764300000000-front-door.js';
import { feedResolvers } from './feed/resolvers.js';
import { frontDoorOf, frontDoorResolvers } from './intake/resolvers.js';
import { Partners1765000000000 } from './db/1765000000000-partners.js';
import { activityPartnerResolvers, partnerExists, partnerResolvers } from './partners/resolvers.js';
import { officeSearchResolvers } from './search/resolvers.js';

/** Administration hosts the office directory (`units`, `unit(code:)`, resolved by the kit) and the front door for feedback. */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: {
    ...frontDoorResolvers,
    ...partnerResolvers,
    ...activityPartnerResolvers,
    ...feedResolvers,
    Query: {
      ...frontDoorResolvers.Query,
      ...partnerResolvers.Query,
      ...officeSearchResolvers.Query,
      ...feedResolvers.Query,
    },
    Mutation: { ...frontDoorResolvers.Mutation, ...partnerResolvers.Mutation },
  },
  migrations: [FrontDoor1764300000000, Partners1765000000000],
  partnerExists,
  messageHandlers: (services) => ({ [CASE_TRACK]: frontDoorOf(services).onTrack }),
  retentionSweep: (services, retention, now) => frontDoorOf(services).retentionSweep(retention, now),
});
