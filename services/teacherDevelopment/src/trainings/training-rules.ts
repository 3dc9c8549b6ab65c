import type { RatedByCodeSpec } from '@sesao28/kit';

export const TRAINING_CRITERIA = ['content', 'trainer', 'usefulness', 'organisation'] as const;
export type TrainingCriterion = (typeof TRAINING_CRITERIA)[number];

/** Each participant evaluates once, with one of the codes issued for that training. */
export const TRAINING_EVALUATIONS: RatedByCodeSpec<TrainingCriterion> = {
  subjectTable: 'teacher_training',
  subjectDateColumn: 'starts_on',
  tablePrefix: 'teacher_training',
  criteria: TRAINING_CRITERIA,
};

export const MAX_HOURS = 1000;
export const MAX_PARTICIPANTS = 10000;
