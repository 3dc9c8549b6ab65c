import { isUuid } from '@sesao28/platform';
import { LIMITS, optionalText, requireText } from '../../text.js';
import { openWindow } from './window.js';
import { PlatformError } from '../../errors.js';
import type { NewSurvey, NewSurveyQuestion, SurveyEligibility, SurveyQuestionKind } from './survey-types.js';

export const MAX_QUESTIONS = 100;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;

export interface SurveyQuestionInputData {
  kind: SurveyQuestionKind;
  textTh: string;
  textEn?: string | null;
  required?: boolean | null;
  options?: readonly { labelTh: string; labelEn?: string | null }[] | null;
}

export interface SurveyInputData {
  titleTh: string;
  titleEn?: string | null;
  descriptionTh?: string | null;
  descriptionEn?: string | null;
  opensAt: Date | string;
  closesAt: Date | string;
  eligibility?: SurveyEligibility | null;
  anonymous?: boolean | null;
  activityId?: string | null;
  questions: readonly SurveyQuestionInputData[];
}

const isChoice = (kind: SurveyQuestionKind) => kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';

function question(input: SurveyQuestionInputData, position: number): NewSurveyQuestion {
  const at = `questions[${position - 1}]`;
  const options = input.options ?? [];
  if (isChoice(input.kind) && (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)) {
    throw new PlatformError(
      'SURVEY_QUESTION_INVALID',
      {
        question: position,
        ruleTh: `คำถามแบบเลือกตอบต้องมีตัวเลือก ${MIN_OPTIONS} ถึง ${MAX_OPTIONS} ตัวเลือก`,
        ruleEn: `a choice question needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options`,
      },
      `${at}.options`,
    );
  }
  if (!isChoice(input.kind) && options.length > 0) {
    throw new PlatformError(
      'SURVEY_QUESTION_INVALID',
      { question: position, ruleTh: 'คำถามชนิดนี้ไม่มีตัวเลือก', ruleEn: 'only choice questions take options' },
      `${at}.options`,
    );
  }
  return {
    position,
    kind: input.kind,
    textTh: requireText(input.textTh, `${at}.textTh`, LIMITS.question),
    textEn: optionalText(input.textEn, `${at}.textEn`, LIMITS.question),
    required: input.required ?? false,
    options: options.map((option, index) => ({
      index,
      labelTh: requireText(option.labelTh, `${at}.options[${index}].labelTh`, LIMITS.option),
      labelEn: optionalText(option.labelEn, `${at}.options[${index}].labelEn`, LIMITS.option),
    })),
  };
}

/**
 * A survey as a unit may create it: 1–100 questions in order, choice questions with
 * 2–20 options. OPEN surveys are always anonymous: nobody is identified to link answers to.
 */
export function surveyInput(input: SurveyInputData, template: NewSurvey['template'] = null): NewSurvey {
  const titleTh = requireText(input.titleTh, 'titleTh', LIMITS.title);
  const titleEn = optionalText(input.titleEn, 'titleEn', LIMITS.title);
  const descriptionTh = optionalText(input.descriptionTh, 'descriptionTh', LIMITS.document);
  const descriptionEn = optionalText(input.descriptionEn, 'descriptionEn', LIMITS.document);
  const { opensAt, closesAt } = openWindow(input.opensAt, input.closesAt);
  if (input.questions.length < 1 || input.questions.length > MAX_QUESTIONS) {
    throw new PlatformError('SURVEY_QUESTION_COUNT', { max: MAX_QUESTIONS }, 'questions');
  }
  const eligibility = input.eligibility ?? 'OPEN';
  if (input.activityId && !isUuid(input.activityId)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'activityId');
  return {
    titleTh,
    titleEn,
    descriptionTh,
    descriptionEn,
    opensAt,
    closesAt,
    eligibility,
    anonymous: eligibility === 'OPEN' || input.anonymous !== false,
    template,
    activityId: input.activityId || null,
    questions: input.questions.map((q, i) => question(q, i + 1)),
  };
}
