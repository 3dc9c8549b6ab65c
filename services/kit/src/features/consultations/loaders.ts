import DataLoader from 'dataloader';
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

export const byIdLoader = <T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) =>
  new DataLoader<string, T | null>(async (ids) => {
    const byId = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const groupedLoader = <T>(fetch: (ids: readonly string[]) => Promise<Map<string, T>>, none: () => T) =>
  new DataLoader<string, T>(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? none());
  });

/** One loader per distinct page request, so every list asking the same page shares one statement. */
export function pagedLoader<T>(fetch: (ids: readonly string[], page: PageRequest) => Promise<Map<string, T[]>>) {
  const loaders = new Map<string, DataLoader<string, T[]>>();
  return (page: PageRequest) => {
    const key = `${page.first}|${page.after?.at.toISOString() ?? ''}|${page.after?.id ?? ''}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = groupedLoader(
        (ids) => fetch(ids, page),
        () => [],
      );
      loaders.set(key, loader);
    }
    return loader;
  };
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
