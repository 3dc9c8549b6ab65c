import { createHash } from 'node:crypto';
import {
  createRepositories,
  DEFAULT_DEADLINE,
  dueAfterWorkingDays,
  FEEDBACK_CHANNELS,
  type FeedbackStatus,
  type NewActivity,
  type NewFeedback,
  type UnitModule,
} from '@sesao28/kit';
import type { DataSource } from 'typeorm';
import { SEED_ACTIVITIES, SEED_FEEDBACK } from './seed-data.js';

const DAY = 86_400_000;
/** Seed dates are fixed (not "now") so that running the seed again changes nothing. */
const ANCHOR = Date.UTC(2025, 9, 1, 2); // 1 Oct 2025 09:00 in Bangkok: start of fiscal year 2569

/** A stable UUID from a name, so each seed row has the same id on every run. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function seedRows(unit: UnitModule): { activities: NewActivity[]; feedback: NewFeedback[] } {
  const { code } = unit.manifest;
  const topics = SEED_ACTIVITIES[code] ?? [];
  const activities: NewActivity[] = topics.map((topic, i) => {
    const startsAt = new Date(ANCHOR + (i * 45 - 120) * DAY);
    return {
      id: stableUuid(`${code}:activity:${i}`),
      ...topic,
      status: i === topics.length - 1 ? 'OPEN' : i === 0 ? 'CLOSED' : 'PUBLISHED',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * DAY),
    };
  });
  // Each unit gets a different slice of the sample feedback; some answered, some still open.
  const feedback: NewFeedback[] = Array.from({ length: 10 }, (_, i) => {
    const sample = SEED_FEEDBACK[(i * 4 + code.length) % SEED_FEEDBACK.length]!;
    const receivedAt = new Date(ANCHOR + (i * 17 + code.length) * DAY);
    const answerDays = i % 3 === 0 ? null : 2 + ((i * 5 + code.length) % 14);
    const status: FeedbackStatus = answerDays == null ? (i % 2 ? 'ACKNOWLEDGED' : 'RECEIVED') : 'ANSWERED';
    return {
      id: stableUuid(`${code}:feedback:${i}`),
      activityId: activities.length ? activities[i % activities.length]!.id : null,
      category: sample.category,
      channel: FEEDBACK_CHANNELS[i % FEEDBACK_CHANNELS.length]!,
      message: sample.message,
      status,
      receivedAt,
      answeredAt: answerDays == null ? null : new Date(receivedAt.getTime() + answerDays * DAY),
      answer: answerDays == null ? null : sample.answer,
      acknowledgedAt: status === 'RECEIVED' ? null : new Date(receivedAt.getTime() + DAY / 2),
      dueAcknowledgeAt: dueAfterWorkingDays(receivedAt, DEFAULT_DEADLINE.acknowledgeDays),
      dueAnswerAt: dueAfterWorkingDays(receivedAt, DEFAULT_DEADLINE.answerDays),
    };
  });
  return { activities, feedback };
}

/**
 * Inserts the unit's sample activities and feedback. Rows have fixed ids and are
 * inserted only when missing, so a second run (or a run cut short) is safe.
 */
export async function seedUnit(unit: UnitModule, dataSource: DataSource): Promise<void> {
  const repos = createRepositories(dataSource);
  const { activities, feedback } = seedRows(unit);
  await repos.activities.insertMany(activities);
  await repos.feedback.insertMany(feedback);
}
