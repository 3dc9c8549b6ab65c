import { EntitySchema } from 'typeorm';

/** IAP2 spectrum, one level per measure of the announcement. */
export const PARTICIPATION_LEVELS = ['INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER'] as const;
export const ACTIVITY_STATUSES = ['DRAFT', 'PUBLISHED', 'OPEN', 'CLOSED', 'ARCHIVED'] as const;
export const FEEDBACK_CATEGORIES = ['OPINION', 'SUGGESTION', 'QUESTION', 'COMPLAINT', 'COMPLIMENT'] as const;
export const FEEDBACK_CHANNELS = ['WEB', 'PHONE', 'LETTER', 'WALK_IN', 'EMAIL', 'LINE', 'MEETING'] as const;
export const FEEDBACK_STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'REJECTED'] as const;
/** Statuses in which a case still waits for the unit. */
export const OPEN_FEEDBACK_STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'] as const;

export type ParticipationLevel = (typeof PARTICIPATION_LEVELS)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export interface ActivityRow {
  id: string;
  titleTh: string;
  titleEn: string | null;
  bodyTh: string | null;
  bodyEn: string | null;
  level: ParticipationLevel;
  status: ActivityStatus;
  startsAt: Date;
  endsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** Its words for search (see search/thai-words.ts); read only by the search query. */
  searchText?: string | null;
}

export interface FeedbackRow extends CaseColumns {
  id: string;
  activityId: string | null;
  category: FeedbackCategory;
  channel: FeedbackChannel;
  message: string;
  status: FeedbackStatus;
  receivedAt: Date;
  answeredAt: Date | null;
  answer: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Words of a published answer and its question for search (see search/thai-words.ts); null otherwise. */
  searchText?: string | null;
}

/** What makes feedback a case: its code, deadlines, progress and where it went. */
export interface CaseColumns {
  caseCode: string | null;
  isPublic: boolean;
  hasContact: boolean;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  dueAcknowledgeAt: Date | null;
  dueAnswerAt: Date | null;
  answerEn: string | null;
  rejectedReason: string | null;
  /** Code of the unit the case was transferred to; the case then leaves this unit's queue. */
  transferredTo: string | null;
  /** Grows with every change, so the intake's tracking copy never goes back in time. */
  version: number;
}

const timestamps = {
  createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
} as const;

// No schema here: each unit's DataSource sets its own (unit_<slug>).
export const ActivityEntity = new EntitySchema<ActivityRow>({
  name: 'Activity',
  tableName: 'activity',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    titleTh: { type: 'text', name: 'title_th' },
    titleEn: { type: 'text', name: 'title_en', nullable: true },
    bodyTh: { type: 'text', name: 'body_th', nullable: true },
    bodyEn: { type: 'text', name: 'body_en', nullable: true },
    level: { type: 'text' },
    status: { type: 'text' },
    startsAt: { type: 'timestamptz', name: 'starts_at' },
    endsAt: { type: 'timestamptz', name: 'ends_at', nullable: true },
    searchText: { type: 'text', name: 'search_text', nullable: true, select: false },
    ...timestamps,
  },
});

export const FeedbackEntity = new EntitySchema<FeedbackRow>({
  name: 'Feedback',
  tableName: 'feedback',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    activityId: { type: 'uuid', name: 'activity_id', nullable: true },
    category: { type: 'text' },
    channel: { type: 'text' },
    message: { type: 'text' },
    status: { type: 'text' },
    receivedAt: { type: 'timestamptz', name: 'received_at' },
    answeredAt: { type: 'timestamptz', name: 'answered_at', nullable: true },
    answer: { type: 'text', nullable: true },
    caseCode: { type: 'text', name: 'case_code', nullable: true },
    isPublic: { type: 'boolean', name: 'is_public', default: false },
    hasContact: { type: 'boolean', name: 'has_contact', default: false },
    acknowledgedAt: { type: 'timestamptz', name: 'acknowledged_at', nullable: true },
    closedAt: { type: 'timestamptz', name: 'closed_at', nullable: true },
    dueAcknowledgeAt: { type: 'timestamptz', name: 'due_acknowledge_at', nullable: true },
    dueAnswerAt: { type: 'timestamptz', name: 'due_answer_at', nullable: true },
    answerEn: { type: 'text', name: 'answer_en', nullable: true },
    rejectedReason: { type: 'text', name: 'rejected_reason', nullable: true },
    transferredTo: { type: 'text', name: 'transferred_to', nullable: true },
    version: { type: 'int', default: 0 },
    searchText: { type: 'text', name: 'search_text', nullable: true, select: false },
    ...timestamps,
  },
});

export const CASE_EVENT_KINDS = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'STARTED',
  'ANSWERED',
  'CLOSED',
  'REJECTED',
  'TRANSFERRED_OUT',
  'TRANSFERRED_IN',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** One step in a case's history: a status change or a move between units. */
export interface CaseEventRow {
  id: string;
  feedbackId: string;
  at: Date;
  kind: CaseEventKind;
  unitCode: string;
  fromStatus: FeedbackStatus | null;
  toStatus: FeedbackStatus;
  note: string | null;
}

export const CaseEventEntity = new EntitySchema<CaseEventRow>({
  name: 'CaseEvent',
  tableName: 'case_event',
  columns: {
    id: { type: 'bigint', primary: true, generated: 'increment' },
    feedbackId: { type: 'uuid', name: 'feedback_id' },
    at: { type: 'timestamptz' },
    kind: { type: 'text' },
    unitCode: { type: 'text', name: 'unit_code' },
    fromStatus: { type: 'text', name: 'from_status', nullable: true },
    toStatus: { type: 'text', name: 'to_status' },
    note: { type: 'text', nullable: true },
  },
});

export interface DeadlinePolicyRow {
  category: FeedbackCategory;
  acknowledgeDays: number;
  answerDays: number;
}

export const DeadlinePolicyEntity = new EntitySchema<DeadlinePolicyRow & { updatedAt: Date }>({
  name: 'DeadlinePolicy',
  tableName: 'deadline_policy',
  columns: {
    category: { type: 'text', primary: true },
    acknowledgeDays: { type: 'int', name: 'acknowledge_days' },
    answerDays: { type: 'int', name: 'answer_days' },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});

export interface AnswerTemplateRow {
  id: string;
  titleTh: string;
  bodyTh: string;
  bodyEn: string | null;
  createdAt: Date;
}

export const AnswerTemplateEntity = new EntitySchema<AnswerTemplateRow>({
  name: 'AnswerTemplate',
  tableName: 'answer_template',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    titleTh: { type: 'text', name: 'title_th' },
    bodyTh: { type: 'text', name: 'body_th' },
    bodyEn: { type: 'text', name: 'body_en', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});

export const kitEntities = [ActivityEntity, FeedbackEntity, CaseEventEntity, DeadlinePolicyEntity, AnswerTemplateEntity];
