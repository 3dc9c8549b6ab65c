import type { ParticipationLevel } from '../../db/entities.js';

export type VoteEligibility = 'LISTED' | 'SIGNED_IN';
export type VoteStatus = 'UPCOMING' | 'OPEN' | 'CLOSED';

export interface NewVoteOption {
  labelTh: string;
  labelEn: string | null;
}

export interface NewVote {
  titleTh: string;
  titleEn: string | null;
  questionTh: string;
  options: NewVoteOption[];
  opensAt: Date;
  closesAt: Date;
  eligibility: VoteEligibility;
  level: ParticipationLevel;
}

export interface VoteRow extends Omit<NewVote, 'options'> {
  id: string;
  activityId: string;
  createdAt: Date;
  /** By the database clock at the time of the query. */
  status: VoteStatus;
}

export interface VoteOptionRow extends NewVoteOption {
  id: string;
  voteId: string;
  position: number;
}

export interface VoteReceiptRow {
  id: string;
  voteId: string;
  castAt: Date;
}

/** What SQL counts for a closed vote; tally.ts makes the published result of it. */
export interface VoteCounts {
  /** Ballots per option id (options without any are missing). */
  byOption: Map<string, number>;
  codesIssued: number;
}
