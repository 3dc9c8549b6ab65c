import type { CaseEventKind, FeedbackCategory, FeedbackChannel, FeedbackStatus } from '../../db/entities.js';

/** A case handed to the unit that owns it (from the front door, or transferred from another unit). */
export const CASE_DELIVER = 'case.deliver';
/** A case's public state, sent to the front door so the submitter can follow it by code. */
export const CASE_TRACK = 'case.track';

export interface CaseEventPayload {
  at: string;
  kind: CaseEventKind;
  unitCode: string;
  fromStatus: FeedbackStatus | null;
  toStatus: FeedbackStatus;
  note: string | null;
}

export interface CaseDeliveryPayload {
  caseId: string;
  caseCode: string;
  category: FeedbackCategory;
  channel: FeedbackChannel;
  message: string;
  activityId: string | null;
  isPublic: boolean;
  hasContact: boolean;
  receivedAt: string;
  /** Unit that handed the case over; null when it came from the front door. */
  fromUnit: string | null;
  note: string | null;
  history: CaseEventPayload[];
  version: number;
}

export interface CaseTrackPayload {
  caseId: string;
  caseCode: string;
  unitCode: string;
  category: FeedbackCategory;
  status: FeedbackStatus;
  version: number;
  isPublic: boolean;
  receivedAt: string;
  dueAcknowledgeAt: string | null;
  dueAnswerAt: string | null;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  answer: string | null;
  answerEn: string | null;
  rejectedReason: string | null;
  /** History without staff notes: what happened, where and when. */
  history: Omit<CaseEventPayload, 'note'>[];
}
