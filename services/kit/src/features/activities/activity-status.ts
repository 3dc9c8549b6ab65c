import type { ActivityStatus } from '../../db/entities.js';

/** The moves an activity may make; ARCHIVED is the end. */
export const ACTIVITY_TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  DRAFT: ['PUBLISHED', 'OPEN', 'ARCHIVED'],
  PUBLISHED: ['OPEN', 'CLOSED', 'ARCHIVED'],
  OPEN: ['CLOSED'],
  CLOSED: ['ARCHIVED'],
  ARCHIVED: [],
};

export const canMoveActivity = (from: ActivityStatus, to: ActivityStatus) => ACTIVITY_TRANSITIONS[from].includes(to);
