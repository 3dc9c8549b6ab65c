import type { DataSource } from 'typeorm';
import { ActivityRepository } from '../features/activities/activity-repository.js';
import { AuditRepository } from '../features/cases/audit-repository.js';
import { CaseRepository } from '../features/cases/case-repository.js';
import { ConsultationRepository } from '../features/consultations/consultation-repository.js';
import { DraftRepository } from '../features/involve/draft-repository.js';
import { DelegationRepository } from '../features/delegations/delegation-repository.js';
import { DurationRepository } from '../features/cases/duration-repository.js';
import { FeedbackRepository } from '../features/cases/feedback-repository.js';
import { IdempotencyRepository } from './idempotency-repository.js';
import { InitiativeRepository } from '../features/initiatives/initiative-repository.js';
import { ModerationRepository } from '../features/moderation/moderation-repository.js';
import { UnitSettingRepository } from './unit-setting-repository.js';
import { NoticeRepository } from '../features/notices/notice-repository.js';
import { OutcomeRepository } from '../features/outcomes/outcome-repository.js';
import { PartnerLinkRepository } from '../features/partners/partner-link-repository.js';
import { ParticipantRepository } from '../features/activities/participant-repository.js';
import { SearchRepository } from '../features/search/search-repository.js';
import { StatsRepository } from './stats-repository.js';
import { SurveyRepository } from '../features/consultations/survey-repository.js';
import { VoteRepository } from '../features/votes/vote-repository.js';

export interface UnitRepositories {
  activities: ActivityRepository;
  feedback: FeedbackRepository;
  stats: StatsRepository;
  cases: CaseRepository;
  outcomes: OutcomeRepository;
  durations: DurationRepository;
  audit: AuditRepository;
  idempotency: IdempotencyRepository;
  consultations: ConsultationRepository;
  surveys: SurveyRepository;
  partnerLinks: PartnerLinkRepository;
  participants: ParticipantRepository;
  drafts: DraftRepository;
  initiatives: InitiativeRepository;
  votes: VoteRepository;
  delegations: DelegationRepository;
  search: SearchRepository;
  notices: NoticeRepository;
  moderation: ModerationRepository;
  /** The unit's settings row (review interval, holding contributions). */
  settings: UnitSettingRepository;
}

export function createRepositories(dataSource: DataSource): UnitRepositories {
  const participants = new ParticipantRepository(dataSource);
  return {
    activities: new ActivityRepository(dataSource),
    feedback: new FeedbackRepository(dataSource),
    stats: new StatsRepository(dataSource),
    cases: new CaseRepository(dataSource),
    outcomes: new OutcomeRepository(dataSource),
    durations: new DurationRepository(dataSource),
    audit: new AuditRepository(dataSource),
    idempotency: new IdempotencyRepository(dataSource),
    consultations: new ConsultationRepository(dataSource),
    surveys: new SurveyRepository(dataSource, participants),
    partnerLinks: new PartnerLinkRepository(dataSource),
    drafts: new DraftRepository(dataSource),
    initiatives: new InitiativeRepository(dataSource),
    votes: new VoteRepository(dataSource),
    delegations: new DelegationRepository(dataSource),
    participants,
    search: new SearchRepository(dataSource),
    notices: new NoticeRepository(dataSource),
    moderation: new ModerationRepository(dataSource),
    settings: new UnitSettingRepository(dataSource),
  };
}

export { ActivityRepository, CaseRepository, FeedbackRepository, StatsRepository };
export { DEFAULT_DEADLINE } from '../features/cases/case-repository.js';
export type { ActivityQuery, NewActivity, ActivityDraft } from '../features/activities/activity-repository.js';
export type { FeedbackQuery, NewFeedback } from '../features/cases/feedback-repository.js';
export type { UnitStatsRow } from './stats-repository.js';
export { ConsultationRepository, SurveyRepository };
export type { ConsultationQuery, NewComment } from '../features/consultations/consultation-repository.js';
