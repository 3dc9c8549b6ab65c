import { ParticipationModel1764050000000 } from './1764050000000-participation-model.js';
import { CasesAndMessaging1764200000000 } from './1764200000000-cases-and-messaging.js';
import { ConsultationsAndSurveys1764400000000 } from './1764400000000-consultations-and-surveys.js';
import { Outcomes1764500000000 } from './1764500000000-outcomes.js';
import { AccessAudit1764600000000 } from './1764600000000-access-audit.js';
import { IdempotentRequests1764700000000 } from './1764700000000-idempotent-requests.js';
import { StatsIndexes1764800000000 } from './1764800000000-stats-indexes.js';
import { ActivityPartners1764900000000 } from './1764900000000-activity-partners.js';
import { ActivityAuthoring1765050000000 } from './1765050000000-activity-authoring.js';
import { InvolveDrafts1765200000000 } from './1765200000000-involve-drafts.js';
import { Empower1765300000000 } from './1765300000000-empower.js';
import { LadderAndSearch1765400000000 } from './1765400000000-ladder-and-search.js';
import { Notices1765100000000 } from './1765100000000-notices.js';
import { StatsCache1765910000000 } from './1765910000000-stats-cache.js';
import { DueFirstQueue1765600000000 } from './1765600000000-due-first-queue.js';
import { Notifications1767100000000 } from './1767100000000-notifications.js';
import { NotificationChannels1767200000000 } from './1767200000000-notification-channels.js';
import { Followers1767400000000 } from './1767400000000-followers.js';
import { ErasedCases1767700000000 } from './1767700000000-erased-cases.js';
import { Moderation1767800000000 } from './1767800000000-moderation.js';
import { MyParticipation1767950000000 } from './1767950000000-my-participation.js';

/** Migrations of the shared participation model, run in every unit's schema. */
export const kitMigrations = [
  ParticipationModel1764050000000,
  CasesAndMessaging1764200000000,
  ConsultationsAndSurveys1764400000000,
  Outcomes1764500000000,
  AccessAudit1764600000000,
  IdempotentRequests1764700000000,
  StatsIndexes1764800000000,
  ActivityPartners1764900000000,
  ActivityAuthoring1765050000000,
  InvolveDrafts1765200000000,
  Empower1765300000000,
  LadderAndSearch1765400000000,
  Notices1765100000000,
  StatsCache1765910000000,
  DueFirstQueue1765600000000,
  Notifications1767100000000,
  NotificationChannels1767200000000,
  Followers1767400000000,
  ErasedCases1767700000000,
  Moderation1767800000000,
  MyParticipation1767950000000,
];
