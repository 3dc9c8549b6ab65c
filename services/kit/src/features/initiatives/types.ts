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
