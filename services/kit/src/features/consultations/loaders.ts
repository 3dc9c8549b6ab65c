import type DataLoader from 'dataloader';
import { byIdLoader, groupedLoader, pagedLoader } from '../../batch-loaders.js';
import type { PageRequest } from '../../pagination.js';
import type { ConsultationCommentRow, ConsultationRow } from './consultation-repository.js';
import type { UnitRepositories } from '../../repositories/index.js';
import type { SurveyQuestionResultRow, SurveyQuestionRow, SurveyRow, SurveyTextRow } from './survey-types.js';

/** Per-request loaders of consultations and surveys: one SQL statement per batch. */
export interface ConsultLoaders {
  consultationById: DataLoader<string, ConsultationRow | null>;
  commentCount: DataLoader<string, number>;
  /** The same page of comments of many consultations (one loader per page request). */
  comments: (page: PageRequest) => DataLoader<string, ConsultationCommentRow[]>;
  surveyById: DataLoader<string, SurveyRow | null>;
  questions: DataLoader<string, SurveyQuestionRow[]>;
  counts: DataLoader<string, { responses: number; codesIssued: number }>;
  results: DataLoader<string, SurveyQuestionResultRow[]>;
  /** The same page of free-text answers of many questions. */
  texts: (page: PageRequest) => DataLoader<string, SurveyTextRow[]>;
}

export function createConsultLoaders(repos: UnitRepositories): ConsultLoaders {
  return {
    consultationById: byIdLoader((ids) => repos.consultations.byIds(ids)),
    commentCount: groupedLoader(
      (ids) => repos.consultations.commentCounts(ids),
      () => 0,
    ),
    comments: pagedLoader((ids, page) => repos.consultations.commentPages(ids, page)),
    surveyById: byIdLoader((ids) => repos.surveys.byIds(ids)),
    questions: groupedLoader(
      (ids) => repos.surveys.questionsOf(ids),
      () => [],
    ),
    counts: groupedLoader(
      (ids) => repos.surveys.counts(ids),
      () => ({ responses: 0, codesIssued: 0 }),
    ),
    results: groupedLoader(
      (ids) => repos.surveys.results(ids),
      () => [],
    ),
    texts: pagedLoader((ids, page) => repos.surveys.textPages(ids, page)),
  };
}
