import type { DataSource } from 'typeorm';
import { ActivityRepository } from './activity-repository.js';
import { CaseRepository } from './case-repository.js';
import { FeedbackRepository } from './feedback-repository.js';
import { StatsRepository } from './stats-repository.js';

export interface UnitRepositories {
  activities: ActivityRepository;
  feedback: FeedbackRepository;
  stats: StatsRepository;
  cases: CaseRepository;
}

export function createRepositories(dataSource: DataSource): UnitRepositories {
  return {
    activities: new ActivityRepository(dataSource),
    feedback: new FeedbackRepository(dataSource),
    stats: new StatsRepository(dataSource),
    cases: new CaseRepository(dataSource),
  };
}

export { ActivityRepository, CaseRepository, FeedbackRepository, StatsRepository };
export { DEFAULT_DEADLINE } from './case-repository.js';
export type { ActivityQuery, NewActivity } from './activity-repository.js';
export type { FeedbackQuery, NewFeedback } from './feedback-repository.js';
export type { UnitStatsRow } from './stats-repository.js';
