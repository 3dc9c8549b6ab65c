import type { RatedByCodeSpec } from '@sesao28/kit';

export const SUPERVISION_CRITERIA = ['usefulness', 'clarity', 'followUp'] as const;
export type SupervisionCriterion = (typeof SUPERVISION_CRITERIA)[number];

/** A visit is rated once, by the school, with the one code issued when it was recorded. */
export const VISIT_RATINGS: RatedByCodeSpec<SupervisionCriterion> = {
  subjectTable: 'supervision_visit',
  subjectDateColumn: 'visited_on',
  tablePrefix: 'supervision_visit',
  criteria: SUPERVISION_CRITERIA,
};

export const MAX_SUPERVISORS = 20;
