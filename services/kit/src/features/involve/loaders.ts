import type DataLoader from 'dataloader';
import { byIdLoader, groupedLoader, pagedLoader } from '../../batch-loaders.js';
import type { PageRequest } from '../../pagination.js';
import {
  emptyTally,
  type DecisionParticipantRow,
  type DraftRow,
  type DraftSuggestionRow,
  type DraftSuggestionTally,
} from './draft-repository.js';
import type { UnitRepositories } from '../../repositories/index.js';

/** Per-request loaders of drafts (measure 3, "involve"): one SQL statement per batch. */
export interface InvolveLoaders {
  draftById: DataLoader<string, DraftRow | null>;
  /** Suggestion count and response summary share one statement. */
  tally: DataLoader<string, DraftSuggestionTally>;
  /** The same page of suggestions of many drafts (one loader per page request). */
  suggestions: (page: PageRequest) => DataLoader<string, DraftSuggestionRow[]>;
  decidedWith: DataLoader<string, DecisionParticipantRow[]>;
}

export function createInvolveLoaders(repos: UnitRepositories): InvolveLoaders {
  return {
    draftById: byIdLoader((ids) => repos.drafts.byIds(ids)),
    tally: groupedLoader((ids) => repos.drafts.tallies(ids), emptyTally),
    suggestions: pagedLoader((ids, page) => repos.drafts.suggestionPages(ids, page)),
    decidedWith: groupedLoader(
      (ids) => repos.drafts.participantsOf(ids),
      () => [],
    ),
  };
}
