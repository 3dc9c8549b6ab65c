import { LIMITS, optionalText, requireText } from '../../text.js';
import type { ActivityStatus, ParticipationLevel } from '../../db/entities.js';
import { PlatformError } from '../../errors.js';
import type { ActivityDraft } from './activity-repository.js';

export interface ActivityInputFields {
  level: ParticipationLevel;
  titleTh: string;
  titleEn?: string | null;
  bodyTh?: string | null;
  bodyEn?: string | null;
  startsAt: Date | string;
  endsAt?: Date | string | null;
  status?: ActivityStatus | null;
}

// 1 Jan 2017 – 1 Jan 2057 (B.E. 2560–2600): anything else is a typo, not a plan.
const EARLIEST = Date.UTC(2017, 0, 1);
const LATEST = Date.UTC(2057, 0, 1);

const inRange = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= EARLIEST && d.getTime() < LATEST;

/** Checks what staff typed for a new activity; nothing is written when any part is wrong. */
export function activityDraft(input: ActivityInputFields): ActivityDraft {
  const startsAt = new Date(input.startsAt);
  const endsAt = input.endsAt == null ? null : new Date(input.endsAt);
  if (!inRange(startsAt) || (endsAt && (!inRange(endsAt) || endsAt < startsAt))) {
    throw new PlatformError('INVALID_ACTIVITY_DATES', {}, endsAt ? 'endsAt' : 'startsAt');
  }
  const status = input.status ?? 'PUBLISHED';
  if (status !== 'DRAFT' && status !== 'PUBLISHED' && status !== 'OPEN') {
    throw new PlatformError('ACTIVITY_STATUS_MOVE', { from: 'DRAFT', to: status }, 'status');
  }
  return {
    level: input.level,
    titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
    titleEn: optionalText(input.titleEn, 'titleEn', LIMITS.title),
    bodyTh: optionalText(input.bodyTh, 'bodyTh', LIMITS.document),
    bodyEn: optionalText(input.bodyEn, 'bodyEn', LIMITS.document),
    startsAt,
    endsAt,
    status,
  };
}
