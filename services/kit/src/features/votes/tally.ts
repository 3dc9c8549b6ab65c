import type { VoteCounts, VoteEligibility, VoteOptionRow } from './types.js';

export interface VoteOptionResult {
  option: VoteOptionRow;
  count: number;
  share: number;
}

export interface VoteResults {
  options: VoteOptionResult[];
  turnout: number;
  codesIssued: number;
  turnoutShare: number | null;
}

/** A share from 0 to 1, to four decimals (0.3333); none of nothing is 0, not NaN. */
export const shareOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/**
 * The published result of a closed vote: every option in its order, zeros included, each
 * with its share of the votes cast; for LISTED votes, the turnout over the codes issued.
 */
export function tally(options: readonly VoteOptionRow[], counts: VoteCounts, eligibility: VoteEligibility): VoteResults {
  const ordered = [...options].sort((a, b) => a.position - b.position);
  const turnout = ordered.reduce((sum, option) => sum + (counts.byOption.get(option.id) ?? 0), 0);
  const listed = eligibility === 'LISTED';
  return {
    options: ordered.map((option) => {
      const count = counts.byOption.get(option.id) ?? 0;
      return { option, count, share: shareOf(count, turnout) };
    }),
    turnout,
    codesIssued: listed ? counts.codesIssued : 0,
    turnoutShare: listed && counts.codesIssued > 0 ? shareOf(turnout, counts.codesIssued) : null,
  };
}

/** A closed vote's options by votes, most first; ties keep the options' order. */
export const ranked = (results: VoteResults): VoteOptionResult[] =>
  [...results.options].sort((a, b) => b.count - a.count || a.option.position - b.option.position);
