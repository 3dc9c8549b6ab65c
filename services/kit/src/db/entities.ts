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
}

export interface FeedbackRow {
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
    ...timestamps,
  },
});

export const kitEntities = [ActivityEntity, FeedbackEntity];
