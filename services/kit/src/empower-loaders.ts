import type DataLoader from 'dataloader';
import { byIdLoader, groupedLoader } from './batch-loaders.js';
import type { DelegationReviewRow, DelegationRow } from './features/delegations/types.js';
import type { InitiativeRow, InitiativeSupportRow, SupportTotals } from './features/initiatives/types.js';
import type { VoteCounts, VoteOptionRow, VoteRow } from './features/votes/types.js';
import type { UnitRepositories } from './repositories/index.js';

/** Per-request loaders of initiatives, votes and delegations: one SQL statement per batch. */
export interface EmpowerLoaders {
  initiativeById: DataLoader<string, InitiativeRow | null>;
  supports: DataLoader<string, InitiativeSupportRow[]>;
  supportTotals: DataLoader<string, SupportTotals>;
  voteById: DataLoader<string, VoteRow | null>;
  voteOptions: DataLoader<string, VoteOptionRow[]>;
  /** Closed votes only; null for a vote still open. */
  closedVoteCounts: DataLoader<string, VoteCounts | null>;
  delegationById: DataLoader<string, DelegationRow | null>;
  reviews: DataLoader<string, DelegationReviewRow[]>;
}

export function createEmpowerLoaders(repos: UnitRepositories): EmpowerLoaders {
  return {
    initiativeById: byIdLoader((ids) => repos.initiatives.byIds(ids)),
    supports: groupedLoader(
      (ids) => repos.initiatives.supportsOf(ids),
      () => [],
    ),
    supportTotals: groupedLoader(
      (ids) => repos.initiatives.totals(ids),
      () => ({ count: 0, budgetBaht: 0 }),
    ),
    voteById: byIdLoader((ids) => repos.votes.byIds(ids)),
    voteOptions: groupedLoader(
      (ids) => repos.votes.optionsOf(ids),
      () => [],
    ),
    closedVoteCounts: groupedLoader<VoteCounts | null>(
      (ids) => repos.votes.closedCounts(ids),
      () => null,
    ),
    delegationById: byIdLoader((ids) => repos.delegations.byIds(ids)),
    reviews: groupedLoader(
      (ids) => repos.delegations.reviewsOf(ids),
      () => [],
    ),
  };
}
