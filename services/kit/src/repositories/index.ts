import type { DataSource } from 'typeorm';
import { ActivityRepository } from './activity-repository.js';
import { AuditRepository } from './audit-repository.js';
import { CaseRepository } from './case-repository.js';
import { ConsultationRepository } from './consultation-repository.js';
import { DurationRepository } from './duration-repository.js';
import { FeedbackRepository } from './feedback-repository.js';
import { IdempotencyRepository } from './idempotency-repository.js';
import { NoticeRepository } from './notice-repository.js';
import { OutcomeRepository } from './outcome-repository.js';
import { PartnerLinkRepository } from './partner-link-repository.js';
import { ParticipantRepository } from './participant-repository.js';
import { StatsRepository } from './stats-repository.js';
import { SurveyRepository } from './survey-repository.js';

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
  notices: NoticeRepository;
}

export function createRepositories(dataSource: DataSource): UnitRepositories {
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
    surveys: new SurveyRepository(dataSource),
    partnerLinks: new PartnerLinkRepository(dataSource),
    participants: new ParticipantRepository(dataSource),
    notices: new NoticeRepository(dataSource),
  };
}

export { ActivityRepository, CaseRepository, FeedbackRepository, StatsRepository };
export { DEFAULT_DEADLINE } from './case-repository.js';
export type { ActivityQuery, NewActivity, ActivityDraft } from './activity-repository.js';
export type { FeedbackQuery, NewFeedback } from './feedback-repository.js';
export type { UnitStatsRow } from './stats-repository.js';
export { ConsultationRepository, SurveyRepository };
export type { ConsultationQuery, NewComment } from './consultation-repository.js';
