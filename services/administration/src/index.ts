import { CASE_TRACK, createSenders, defineUnitModule, type BackgroundJob } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { FrontDoor1764300000000 } from './db/1764300000000-front-door.js';
import { feedResolvers } from './feed/resolvers.js';
import { frontDoorOf, frontDoorResolvers } from './intake/resolvers.js';
import { Partners1765000000000 } from './db/1765000000000-partners.js';
import { activityPartnerResolvers, partnerExists, partnerResolvers } from './partners/resolvers.js';
import { officeSearchResolvers } from './search/resolvers.js';
import { StaffDirectory1766900000000 } from './db/1766900000000-staff-directory.js';
import { PrivacyKey1767000000000 } from './db/1767000000000-privacy-key.js';
import { NotifyChoices1767300000000 } from './db/1767300000000-notify-choices.js';
import { findStaff, staffResolvers } from './staff/resolvers.js';

/**
 * Administration hosts the office directory (`units`, `unit(code:)`, resolved by the kit), the front
 * door for feedback, the register of partners and the staff directory people's roles come from.
 */
export const unit = defineUnitModule(manifest, import.meta.url, {
  resolvers: {
    ...frontDoorResolvers,
    ...partnerResolvers,
    ...activityPartnerResolvers,
    ...feedResolvers,
    StaffMember: staffResolvers.StaffMember,
    Query: {
      ...frontDoorResolvers.Query,
      ...partnerResolvers.Query,
      ...officeSearchResolvers.Query,
      ...feedResolvers.Query,
      ...staffResolvers.Query,
    },
    Mutation: { ...frontDoorResolvers.Mutation, ...partnerResolvers.Mutation, ...staffResolvers.Mutation },
  },
  migrations: [
    FrontDoor1764300000000,
    Partners1765000000000,
    StaffDirectory1766900000000,
    PrivacyKey1767000000000,
    NotifyChoices1767300000000,
  ],
  partnerExists,
  staffDirectory: findStaff,
  messageHandlers: (services) => ({ [CASE_TRACK]: frontDoorOf(services).onTrack }),
  retentionSweep: (services, retention, now) => frontDoorOf(services).retentionSweep(retention, now),
  // Notices to submitters and staff on the channels whose settings are given (until then they wait,
  // unsent); staff's reminders need e-mail. Both are safe with several replicas (see their classes).
  backgroundJobs: (services, config) => {
    const senders = createSenders(config);
    const door = frontDoorOf(services);
    const jobs: BackgroundJob[] = [];
    if (Object.keys(senders).length > 0) {
      jobs.push({ name: 'notices', everyMs: config.notifyIntervalMs, run: async () => void (await door.notices.sendDue(senders)) });
    }
    if (senders.EMAIL) {
      jobs.push({
        name: 'case-reminders',
        everyMs: config.notifyIntervalMs,
        run: async () => void (await door.reminders.sweep(new Date())),
      });
    }
    return jobs;
  },
});
