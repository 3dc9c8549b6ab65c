import { isUuid } from '@sesao28/platform';
import { activityDraft } from '../activities/activity-input.js';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { openWindow, windowParams } from '../consultations/window.js';
import { PlatformError } from '../../errors.js';
import type { ActivityDraft } from '../activities/activity-repository.js';

export const DRAFT_KINDS = ['PLAN', 'PROJECT', 'WAY_OF_WORKING'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const SUGGESTION_RESPONSES = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED'] as const;
export type SuggestionResponse = (typeof SUGGESTION_RESPONSES)[number];

/** People named in one joint decision, at most (a committee, not a crowd). */
export const MAX_DECISION_PARTICIPANTS = 50;

export interface DraftInputData {
  kind: DraftKind;
  titleTh: string;
  titleEn?: string | null;
  bodyTh: string;
  bodyEn?: string | null;
  opensAt: Date | string;
  closesAt: Date | string;
}

export interface NewDraft {
  kind: DraftKind;
  titleTh: string;
  titleEn: string | null;
  bodyTh: string;
  bodyEn: string | null;
  opensAt: Date;
  closesAt: Date;
}

/** A draft and the INVOLVE activity it stands on (open for the draft's window); nothing is written when any part is wrong. */
export function draftInput(input: DraftInputData): { draft: NewDraft; activity: ActivityDraft } {
  const titleTh = requireText(input.titleTh, 'titleTh', LIMITS.title);
  const titleEn = optionalText(input.titleEn, 'titleEn', LIMITS.title);
  const bodyTh = requireText(input.bodyTh, 'bodyTh', LIMITS.document);
  const bodyEn = optionalText(input.bodyEn, 'bodyEn', LIMITS.document);
  const { opensAt, closesAt } = openWindow(input.opensAt, input.closesAt);
  const activity = activityDraft({
    level: 'INVOLVE',
    titleTh,
    titleEn,
    bodyTh,
    bodyEn,
    startsAt: opensAt,
    endsAt: closesAt,
    status: 'OPEN',
  });
  return { draft: { kind: input.kind, titleTh, titleEn, bodyTh, bodyEn, opensAt, closesAt }, activity };
}

export interface SuggestionAnswer {
  response: SuggestionResponse;
  reasonTh: string | null;
  reasonEn: string | null;
}

/** A response to a suggestion: anything short of ADOPTED owes the suggester a reason. */
export function suggestionAnswer(response: SuggestionResponse, reasonTh?: string | null, reasonEn?: string | null): SuggestionAnswer {
  const answer = {
    response,
    reasonTh: optionalText(reasonTh, 'reasonTh', LIMITS.reason),
    reasonEn: optionalText(reasonEn, 'reasonEn', LIMITS.reason),
  };
  if (response !== 'ADOPTED' && !answer.reasonTh) throw new PlatformError('SUGGESTION_REASON_REQUIRED', {}, 'reasonTh');
  return answer;
}

export interface DecisionParticipantData {
  name: string;
  role: string;
  partnerId?: string | null;
}

export interface DraftDecisionData {
  decisionTh: string;
  decisionEn?: string | null;
  finalTextTh: string;
  decidedWith: readonly DecisionParticipantData[];
}

export interface DecisionParticipant {
  name: string;
  role: string;
  partnerId: string | null;
}

export interface NewDecision {
  decisionTh: string;
  decisionEn: string | null;
  finalTextTh: string;
  decidedWith: DecisionParticipant[];
}

/** A joint decision as staff typed it: the texts, and at least one person besides staff. */
export function decisionInput(input: DraftDecisionData): NewDecision {
  const decisionTh = requireText(input.decisionTh, 'decisionTh', LIMITS.answer);
  const decisionEn = optionalText(input.decisionEn, 'decisionEn', LIMITS.answer);
  const finalTextTh = requireText(input.finalTextTh, 'finalTextTh', LIMITS.document);
  if (input.decidedWith.length === 0) throw new PlatformError('JOINT_DECISION_NEEDS_PARTICIPANTS', {}, 'decidedWith');
  if (input.decidedWith.length > MAX_DECISION_PARTICIPANTS) {
    throw new PlatformError('TOO_MANY_ITEMS', { max: MAX_DECISION_PARTICIPANTS }, 'decidedWith');
  }
  const decidedWith = input.decidedWith.map((person, i) => {
    const partnerId = person.partnerId?.trim() || null;
    if (partnerId && !isUuid(partnerId)) throw new PlatformError('UNKNOWN_PARTNER', {}, `decidedWith.${i}.partnerId`);
    return {
      name: requireText(person.name, `decidedWith.${i}.name`, LIMITS.name),
      role: requireText(person.role, `decidedWith.${i}.role`, LIMITS.title),
      partnerId: partnerId?.toLowerCase() ?? null,
    };
  });
  return { decisionTh, decisionEn, finalTextTh, decidedWith };
}

/** What the decision needs of the draft, as the database found it under lock. */
export interface DecisionState {
  opensAt: Date;
  closesAt: Date;
  decidedAt: Date | null;
  unanswered: number;
}

/**
 * Whether a draft may be decided now (by the database clock): once, after its window
 * closed, and only when every suggestion has a response. The refusal, or null.
 */
export function decisionRefusal(state: DecisionState, now: Date): PlatformError | null {
  if (state.decidedAt) return new PlatformError('DRAFT_ALREADY_DECIDED', {}, 'draftId');
  if (now.getTime() < new Date(state.closesAt).getTime()) {
    return new PlatformError('DRAFT_STILL_OPEN', windowParams(state), 'draftId');
  }
  if (state.unanswered > 0) return new PlatformError('DRAFT_HAS_UNANSWERED', { count: state.unanswered }, 'draftId');
  return null;
}
