import { randomUUID } from 'node:crypto';
import { FEEDBACK_CATEGORIES, FEEDBACK_CHANNELS, PARTICIPATION_LEVELS, type FeedbackStatus } from '../db/entities.js';
import type { NewActivity, NewFeedback } from '../repositories/index.js';

const DAY = 24 * 60 * 60 * 1000;

/** An activity with Thai text; index picks level and start date so rows differ. */
export function makeActivity(index: number, overrides: Partial<NewActivity> = {}): NewActivity {
  return {
    id: randomUUID(),
    titleTh: `กิจกรรมทดสอบที่ ${index + 1} 🙂`,
    titleEn: `Test activity ${index + 1}`,
    bodyTh: 'รายละเอียดกิจกรรมภาษาไทย สระ ำ ่ ้ ๊ ๋',
    bodyEn: 'Activity details',
    level: PARTICIPATION_LEVELS[index % PARTICIPATION_LEVELS.length]!,
    status: 'PUBLISHED',
    startsAt: new Date(Date.UTC(2026, 0, 1) + index * DAY),
    endsAt: null,
    ...overrides,
  };
}

/** Feedback received `index` days after 1 Jan 2026; answered after `answerDays` when given. */
export function makeFeedback(
  index: number,
  options: {
    activityId?: string | null;
    answerDays?: number | null;
    status?: FeedbackStatus;
    /** Acknowledged this many days after receipt. */
    ackDays?: number | null;
    /** Due for an answer this many days after receipt. */
    dueDays?: number | null;
  } = {},
): NewFeedback {
  const receivedAt = new Date(Date.UTC(2026, 0, 1) + index * DAY);
  const answered = options.answerDays != null;
  return {
    id: randomUUID(),
    activityId: options.activityId ?? null,
    category: FEEDBACK_CATEGORIES[index % FEEDBACK_CATEGORIES.length]!,
    channel: FEEDBACK_CHANNELS[index % FEEDBACK_CHANNELS.length]!,
    message: `ความคิดเห็นที่ ${index + 1}: ขอให้ปรับปรุงการให้บริการ`,
    status: options.status ?? (answered ? 'ANSWERED' : 'RECEIVED'),
    receivedAt,
    answeredAt: answered ? new Date(receivedAt.getTime() + options.answerDays! * DAY) : null,
    answer: answered ? 'ขอบคุณสำหรับข้อเสนอแนะ หน่วยงานได้ดำเนินการแล้ว' : null,
    acknowledgedAt: options.ackDays != null ? new Date(receivedAt.getTime() + options.ackDays * DAY) : null,
    dueAnswerAt: options.dueDays != null ? new Date(receivedAt.getTime() + options.dueDays * DAY) : null,
  };
}
