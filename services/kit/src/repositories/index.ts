import type { DataSource } from 'typeorm';
import { ActivityRepository } from './activity-repository.js';
import { FeedbackRepository } from './feedback-repository.js';
import { StatsRepository } from './stats-repository.js';

export interface UnitRepositories {
  activities: ActivityRepository;
  feedback: FeedbackRepository;
  stats: StatsRepository;
}

export function createRepositories(dataSource: DataSource): UnitRepositories {
  return {
    activities: new ActivityRepository(dataSource),
    feedback: new FeedbackRepository(dataSource),
    stats: new StatsRepository(dataSource),
  };
}

export { ActivityRepository, FeedbackRepository, StatsRepository };
export type { ActivityQuery, NewActivity } from './activity-repository.js';
export type { FeedbackQuery, NewFeedback } from './feedback-repository.js';
export type { UnitStatsRow } from './stats-repository.js';
