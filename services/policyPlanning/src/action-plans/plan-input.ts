import {
  bahtAmount,
  draftInput,
  fiscalYearRange,
  hasDuplicateLabels,
  LIMITS,
  PlatformError,
  requireText,
  submissionHash,
  voteInput,
  type NewVote,
  type VoteEligibility,
} from '@sesao28/kit';
import type { ActionPlanInput } from '../__generated__/resolvers-types.js';
import { fail } from './messages.js';
import { MAX_PRIORITY_BAHT, PLAN_SUMMARY_MAX, PRIORITY_COUNT, PRIORITY_DESCRIPTION_MAX, PRIORITY_TITLE_MAX } from './plan-rules.js';
import { draftText, voteQuestion, voteTitle, type NewPlan, type PriorityText } from './plan-text.js';

export interface CheckedPlan {
  plan: NewPlan;
  draft: ReturnType<typeof draftInput>;
  vote: NewVote;
}

/** A window's two moments, closing strictly after opening (refused on the closing field). */
function windowOf(opensAt: Date | string, closesAt: Date | string, closingField: string) {
  const window = { opensAt: new Date(opensAt), closesAt: new Date(closesAt) };
  if (!(window.closesAt.getTime() > window.opensAt.getTime())) throw new PlatformError('INVALID_OPEN_WINDOW', {}, closingField);
  return window;
}

function priorityOf(input: PriorityText, i: number): PriorityText {
  const budgetBaht = bahtAmount(input.budgetBaht, MAX_PRIORITY_BAHT);
  if (budgetBaht === null) {
    throw fail('ACTION_PLAN_BUDGET_INVALID', { max: MAX_PRIORITY_BAHT.toLocaleString('en-US') }, `priorities[${i}].budgetBaht`);
  }
  return {
    titleTh: requireText(input.titleTh, `priorities[${i}].titleTh`, PRIORITY_TITLE_MAX),
    descriptionTh: requireText(input.descriptionTh, `priorities[${i}].descriptionTh`, PRIORITY_DESCRIPTION_MAX),
    budgetBaht,
  };
}

/**
 * The plan as staff typed it, checked whole before anything is written: its text and
 * priorities, both windows (the vote opening no earlier than the comments), and the
 * kit's draft (kind PLAN) and INVOLVE vote, whose options are the priorities.
 */
export function planInput(input: ActionPlanInput): CheckedPlan {
  fiscalYearRange(input.fiscalYear);
  const titleTh = requireText(input.titleTh, 'titleTh', LIMITS.title);
  const summaryTh = requireText(input.summaryTh, 'summaryTh', PLAN_SUMMARY_MAX);
  if (input.priorities.length < PRIORITY_COUNT.min || input.priorities.length > PRIORITY_COUNT.max) {
    throw fail('ACTION_PLAN_PRIORITIES_COUNT', PRIORITY_COUNT, 'priorities');
  }
  const priorities = input.priorities.map(priorityOf);
  if (hasDuplicateLabels(priorities.map((p) => p.titleTh))) throw fail('ACTION_PLAN_PRIORITY_DUPLICATE', {}, 'priorities');
  const comments = windowOf(input.commentOpensAt, input.commentClosesAt, 'commentClosesAt');
  const voting = windowOf(input.voteOpensAt, input.voteClosesAt, 'voteClosesAt');
  if (voting.opensAt < comments.opensAt) throw fail('ACTION_PLAN_VOTE_BEFORE_COMMENTS', {}, 'voteOpensAt');

  const draft = draftInput({ kind: 'PLAN', titleTh, bodyTh: draftText(summaryTh, priorities), ...comments });
  const vote = voteInput({
    titleTh: voteTitle(input.fiscalYear),
    questionTh: voteQuestion(titleTh),
    options: priorities.map((p) => ({ labelTh: p.titleTh })),
    ...voting,
    eligibility: input.voteEligibility as VoteEligibility,
    level: 'INVOLVE',
  });
  const inputHash = submissionHash({
    fiscalYear: input.fiscalYear,
    titleTh,
    summaryTh,
    priorities,
    comments,
    voting,
    eligibility: vote.eligibility,
  });
  return { plan: { fiscalYear: input.fiscalYear, titleTh, summaryTh, priorities, inputHash }, draft, vote };
}
