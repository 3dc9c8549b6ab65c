import { CASE_TRACK, defineUnitModule } from '@sesao28/kit';
import manifest from '../manifest.json' with { type: 'json' };
import { FrontDoor1764300000000 } from './db/1764300000000-front-door.js';
import { feedResolvers } from './feed/resolvers.js';
import { frontDoorOf, frontDoorResolvers } from './intake/resolvers.js';
import { Partners1765000000000 } from './db/1765000000000-partners.js';
import { activityPartnerResolvers, partnerExists, partnerResolvers } from './partners/resolvers.js';
import { partnerApplicationResolvers, partnerApplicationRetention } from './partners/application-resolvers.js';
import { PartnerApplications1767640000000 } from './db/1767640000000-partner-applications.js';
import { MyCases1767900000000 } from './db/1767900000000-my-cases.js';
import { officeSearchResolvers } from './search/resolvers.js';
import { StaffDirectory1766900000000 } from './db/1766900000000-staff-directory.js';
import { PrivacyKey1767000000000 } from './db/1767000000000-privacy-key.js';
import { NotifyChoices1767300000000 } from './db/1767300000000-notify-choices.js';
import { StaffNotices1767500000000 } from './db/1767500000000-staff-notices.js';
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
    PartnerApplication: partnerApplicationResolvers.PartnerApplication,
    ...feedResolvers,
    StaffMember: staffResolvers.StaffMember,
    Query: {
      ...frontDoorResolvers.Query,
      ...partnerResolvers.Query,
      ...partnerApplicationResolvers.Query,
      ...officeSearchResolvers.Query,
      ...feedResolvers.Query,
      ...staffResolvers.Query,
    },
    Mutation: {
      ...frontDoorResolvers.Mutation,
      ...partnerResolvers.Mutation,
      ...partnerApplicationResolvers.Mutation,
      ...staffResolvers.Mutation,
    },
  },
  // Who changed whom in the staff directory: kept as written, whoever runs the unit.
  appendOnlyTables: ['staff_directory_change'],
  migrations: [
    FrontDoor1764300000000,
    Partners1765000000000,
    StaffDirectory1766900000000,
    PrivacyKey1767000000000,
    NotifyChoices1767300000000,
    StaffNotices1767500000000,
    PartnerApplications1767640000000,
    MyCases1767900000000,
  ],
  partnerExists,
  staffDirectory: findStaff,
  messageHandlers: (services) => ({ [CASE_TRACK]: frontDoorOf(services).onTrack }),
  retentionSweep: async (services, retention, now) => {
    await frontDoorOf(services).retentionSweep(retention, now);
    await partnerApplicationRetention(services, retention.contactDays, now);
  },
  // Staff's reminders (the kit sends every unit's notices); they go by e-mail, so only with SMTP_URL.
  backgroundJobs: (services, config) =>
    config.smtpUrl
      ? [
          {
            name: 'case-reminders',
            everyMs: config.notifyIntervalMs,
            run: async () => void (await frontDoorOf(services).reminders.sweep(new Date())),
          },
        ]
      : [],
});
