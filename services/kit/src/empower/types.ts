import type { ParticipationLevel } from '../db/entities.js';

export type InitiativeStatus = 'PROPOSED' | 'APPROVED' | 'DECLINED' | 'COMPLETED';
export type SupportKind = 'BUDGET' | 'VENUE' | 'EQUIPMENT' | 'STAFF_TIME' | 'ADVICE' | 'PUBLICITY';

export interface NewInitiative {
  titleTh: string;
  titleEn: string | null;
  bodyTh: string;
  groupName: string;
  partnerId: string | null;
  startsAt: Date;
  endsAt: Date | null;
}

export interface InitiativeRow extends NewInitiative {
  id: string;
  status: InitiativeStatus;
  activityId: string | null;
  declineReasonTh: string | null;
  resultTh: string | null;
  participantsCount: number | null;
  proposedAt: Date;
  decidedAt: Date | null;
  completedAt: Date | null;
  /** The proposer as a participant key (activities/participants.ts), never a name. */
  proposerKey: string;
}

export interface NewSupport {
  kind: SupportKind;
  descriptionTh: string;
  amountBaht: number | null;
}

export interface InitiativeSupportRow extends NewSupport {
  id: string;
  initiativeId: string;
  recordedAt: Date;
}

export interface SupportTotals {
  count: number;
  budgetBaht: number;
}

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

export type DelegationStatus = 'ACTIVE' | 'REVOKED';
export type DelegationOutcome = 'CONTINUE' | 'AMEND' | 'REVOKE';

export interface NewDelegation {
  scopeTh: string;
  scopeEn: string | null;
  delegateName: string;
  partnerId: string | null;
  /** YYYY-MM-DD. */
  startsOn: string;
  reviewOn: string;
}

export interface DelegationRow extends NewDelegation {
  id: string;
  status: DelegationStatus;
  activityId: string;
  createdAt: Date;
}

export interface DelegationReviewRow {
  id: string;
  delegationId: string;
  outcome: DelegationOutcome;
  noteTh: string;
  nextReviewOn: string | null;
  reviewedAt: Date;
}
