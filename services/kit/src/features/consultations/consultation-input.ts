import { isUuid } from '@sesao28/platform';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { PlatformError } from '../../errors.js';
import { openWindow } from './window.js';

export const CONSULTATION_KINDS = ['FORMAL_HEARING', 'ONLINE_COMMENTS'] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

export interface ConsultationInputData {
  titleTh: string;
  titleEn?: string | null;
  descriptionTh?: string | null;
  descriptionEn?: string | null;
  kind: ConsultationKind;
  opensAt: Date | string;
  closesAt: Date | string;
  hearingAt?: Date | string | null;
  place?: string | null;
  activityId?: string | null;
}

export interface NewConsultation {
  titleTh: string;
  titleEn: string | null;
  descriptionTh: string | null;
  descriptionEn: string | null;
  kind: ConsultationKind;
  opensAt: Date;
  closesAt: Date;
  hearingAt: Date | null;
  place: string | null;
  activityId: string | null;
}

/** A consultation as the unit may open it; refuses bad input before anything is written. */
export function consultationInput(input: ConsultationInputData): NewConsultation {
  const titleTh = requireText(input.titleTh, 'titleTh', LIMITS.title);
  const titleEn = optionalText(input.titleEn, 'titleEn', LIMITS.title);
  const descriptionTh = optionalText(input.descriptionTh, 'descriptionTh', LIMITS.document);
  const descriptionEn = optionalText(input.descriptionEn, 'descriptionEn', LIMITS.document);
  const place = optionalText(input.place, 'place', LIMITS.place);
  const { opensAt, closesAt } = openWindow(input.opensAt, input.closesAt);
  const hearingAt = input.hearingAt == null ? null : new Date(input.hearingAt);
  if (input.kind === 'FORMAL_HEARING' && (!hearingAt || !place)) {
    throw new PlatformError('HEARING_DETAILS_REQUIRED', {}, hearingAt ? 'place' : 'hearingAt');
  }
  if (input.activityId && !isUuid(input.activityId)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
  return {
    titleTh,
    titleEn,
    descriptionTh,
    descriptionEn,
    kind: input.kind,
    opensAt,
    closesAt,
    hearingAt,
    place,
    activityId: input.activityId || null,
  };
}
