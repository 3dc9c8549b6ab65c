import { activityDraft, type ActivityInputFields } from '../activities/activity-input.js';
import { bahtAmount } from '../../baht.js';
import { LIMITS, requireText } from '../../text.js';
import { PlatformError } from '../../errors.js';
import type { ActivityDraft } from '../activities/activity-repository.js';
import type { InitiativeStatus, NewInitiative, NewSupport, SupportKind } from './types.js';

/** The largest single support the register takes (numeric(12, 2) in the database). */
export const MAX_SUPPORT_BAHT = 1_000_000_000;
export const MAX_PARTICIPANTS = 1_000_000;

export interface InitiativeInputData {
  titleTh: string;
  titleEn?: string | null;
  bodyTh: string;
  groupName: string;
  partnerId?: string | null;
  startsAt: Date | string;
  endsAt?: Date | string | null;
}

/** The activity an approved initiative stands on; its checks are also the proposal's. */
export function initiativeActivity(
  values: Pick<ActivityInputFields, 'titleTh' | 'titleEn' | 'bodyTh' | 'startsAt' | 'endsAt'>,
): ActivityDraft {
  const { titleTh, titleEn, bodyTh, startsAt, endsAt } = values;
  return activityDraft({ level: 'EMPOWER', status: 'OPEN', titleTh, titleEn, bodyTh, startsAt, endsAt });
}

/** A group's proposal as it may be stored; refuses bad input before anything is written. */
export function initiativeInput(input: InitiativeInputData): NewInitiative {
  const bodyTh = requireText(input.bodyTh, 'bodyTh', LIMITS.document);
  const groupName = requireText(input.groupName, 'groupName', LIMITS.name);
  const draft = initiativeActivity({
    titleTh: input.titleTh,
    titleEn: input.titleEn,
    bodyTh,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  });
  return {
    titleTh: draft.titleTh,
    titleEn: draft.titleEn,
    bodyTh,
    groupName,
    partnerId: input.partnerId?.toLowerCase() || null,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
  };
}

/** PROPOSED → APPROVED | DECLINED → COMPLETED (from APPROVED only). */
const MOVES: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  PROPOSED: ['APPROVED', 'DECLINED'],
  APPROVED: ['COMPLETED'],
  DECLINED: [],
  COMPLETED: [],
};

export function checkInitiativeMove(from: InitiativeStatus, to: InitiativeStatus): void {
  if (!MOVES[from].includes(to)) throw new PlatformError('INITIATIVE_STATUS_MOVE', { from, to }, 'id');
}

/** Baht with at most two decimals, 0 to MAX_SUPPORT_BAHT; BUDGET needs one. */
export function supportAmount(kind: SupportKind, amount: number | null | undefined): number | null {
  if (amount == null) {
    if (kind === 'BUDGET') throw new PlatformError('SUPPORT_AMOUNT_INVALID', { max: MAX_SUPPORT_BAHT }, 'amountBaht');
    return null;
  }
  const baht = bahtAmount(amount, MAX_SUPPORT_BAHT);
  if (baht === null) throw new PlatformError('SUPPORT_AMOUNT_INVALID', { max: MAX_SUPPORT_BAHT }, 'amountBaht');
  return baht;
}

export function supportInput(input: { kind: SupportKind; descriptionTh: string; amountBaht?: number | null }): NewSupport {
  return {
    kind: input.kind,
    descriptionTh: requireText(input.descriptionTh, 'descriptionTh', LIMITS.note),
    amountBaht: supportAmount(input.kind, input.amountBaht),
  };
}

export function completionInput(resultTh: string, participantsCount: number): { resultTh: string; participantsCount: number } {
  const result = requireText(resultTh, 'resultTh', LIMITS.document);
  if (!Number.isInteger(participantsCount) || participantsCount < 0 || participantsCount > MAX_PARTICIPANTS) {
    throw new PlatformError('PARTICIPANTS_COUNT_INVALID', { max: MAX_PARTICIPANTS }, 'participantsCount');
  }
  return { resultTh: result, participantsCount };
}

export const declineReason = (reasonTh: string) => requireText(reasonTh, 'reasonTh', LIMITS.reason);
