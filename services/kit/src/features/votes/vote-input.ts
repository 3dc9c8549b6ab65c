import { LIMITS, optionalText, requireText } from '../../text.js';
import { openWindow } from '../consultations/window.js';
import type { ParticipationLevel } from '../../db/entities.js';
import { PlatformError } from '../../errors.js';
import type { NewVote, NewVoteOption, VoteEligibility } from './types.js';

export const VOTE_OPTION_LIMITS = { min: 2, max: 20 } as const;

/** EMPOWER: the unit follows the result; INVOLVE: a priority vote that shapes the unit's choice. */
const VOTE_LEVELS: readonly ParticipationLevel[] = ['EMPOWER', 'INVOLVE'];

export interface VoteInputData {
  titleTh: string;
  titleEn?: string | null;
  questionTh: string;
  options: readonly { labelTh: string; labelEn?: string | null }[];
  opensAt: Date | string;
  closesAt: Date | string;
  eligibility: VoteEligibility;
  level?: ParticipationLevel | null;
}

/** Labels people would read as the same ("ใช่", " ใช่ ", "Yes"/"yes") count as one. */
const sameLabel = (label: string) => label.normalize('NFC').toLocaleLowerCase('th').replace(/\s+/g, ' ');

/** Whether two labels would read as the same to people (a unit's own options, e.g. a plan's priorities, use the same rule). */
export const hasDuplicateLabels = (labels: readonly string[]) => new Set(labels.map(sameLabel)).size !== labels.length;

/** 2 to 20 options, every label within its limit, no two alike (in Thai, nor in English when given). */
export function voteOptions(options: VoteInputData['options']): NewVoteOption[] {
  const refuse = () => new PlatformError('VOTE_OPTIONS_INVALID', VOTE_OPTION_LIMITS, 'options');
  if (options.length < VOTE_OPTION_LIMITS.min || options.length > VOTE_OPTION_LIMITS.max) throw refuse();
  const checked = options.map((option, i) => ({
    labelTh: requireText(option.labelTh, `options[${i}].labelTh`, LIMITS.option),
    labelEn: optionalText(option.labelEn, `options[${i}].labelEn`, LIMITS.option),
  }));
  const english = checked.flatMap((o) => (o.labelEn ? [o.labelEn] : []));
  if (hasDuplicateLabels(checked.map((o) => o.labelTh)) || hasDuplicateLabels(english)) throw refuse();
  return checked;
}

/** A vote as the unit may open it; refuses bad input before anything is written. */
export function voteInput(input: VoteInputData): NewVote {
  const titleTh = requireText(input.titleTh, 'titleTh', LIMITS.title);
  const titleEn = optionalText(input.titleEn, 'titleEn', LIMITS.title);
  const questionTh = requireText(input.questionTh, 'questionTh', LIMITS.question);
  const options = voteOptions(input.options);
  const { opensAt, closesAt } = openWindow(input.opensAt, input.closesAt);
  const level = input.level ?? 'EMPOWER';
  if (!VOTE_LEVELS.includes(level)) throw new PlatformError('VOTE_LEVEL_INVALID', {}, 'level');
  return { titleTh, titleEn, questionTh, options, opensAt, closesAt, eligibility: input.eligibility, level };
}
