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
