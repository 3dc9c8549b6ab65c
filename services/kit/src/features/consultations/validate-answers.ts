import { LIMITS, textLength } from '../../text.js';
import { PlatformError } from '../../errors.js';
import type { SurveyQuestionRow, ValidAnswer } from './survey-types.js';

export interface AnswerInputData {
  questionId: string;
  choices?: readonly number[] | null;
  scale?: number | null;
  text?: string | null;
}

type Rule = { th: string; en: string };

const RULES = {
  unknown: { th: 'ไม่มีคำถามนี้ในแบบสำรวจ', en: 'the survey has no such question' },
  repeated: { th: 'ตอบข้อเดียวกันมากกว่าหนึ่งครั้ง', en: 'the question is answered more than once' },
  required: { th: 'ต้องตอบข้อนี้', en: 'this question must be answered' },
  kind: { th: 'รูปแบบคำตอบไม่ตรงกับชนิดของคำถาม', en: 'the answer does not match the kind of question' },
  single: { th: 'ต้องเลือกหนึ่งตัวเลือกเท่านั้น', en: 'choose exactly one option' },
  chosenTwice: { th: 'เลือกตัวเลือกเดียวกันซ้ำ', en: 'an option is chosen twice' },
  scale: { th: 'คะแนนต้องเป็นจำนวนเต็ม 1 ถึง 5', en: 'the scale must be a whole number from 1 to 5' },
  textTooLong: {
    th: `ข้อความยาวเกิน ${LIMITS.surveyText} ตัวอักษร`,
    en: `the text is longer than ${LIMITS.surveyText} characters`,
  },
} satisfies Record<string, Rule>;

const optionRange = (count: number): Rule => ({
  th: `ตัวเลือกต้องเป็นเลข 0 ถึง ${count - 1}`,
  en: `choices must be option numbers 0 to ${count - 1}`,
});

/** SURVEY_ANSWER_INVALID naming the question by its number, with its id in `extensions.questionId`. */
export function answerError(question: Pick<SurveyQuestionRow, 'id' | 'position'> | string, rule: Rule): PlatformError {
  const id = typeof question === 'string' ? question : question.id;
  const error = new PlatformError(
    'SURVEY_ANSWER_INVALID',
    { question: typeof question === 'string' ? question : question.position, ruleTh: rule.th, ruleEn: rule.en },
    'answers',
  );
  Object.assign(error.extensions, { questionId: id });
  return error;
}

/** The value an answer gives, or null when it gives none (an unanswered question). */
function valueOf(question: SurveyQuestionRow, answer: AnswerInputData): ValidAnswer | null {
  const choices = answer.choices?.length ? [...answer.choices] : null;
  const scale = answer.scale ?? null;
  const text = answer.text?.trim() || null;
  const given = [choices, scale, text].filter((v) => v !== null).length;
  if (given === 0) return null;
  const none = { questionId: question.id, choices: null, scale: null, text: null };
  if (given > 1) throw answerError(question, RULES.kind);
  switch (question.kind) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE': {
      if (!choices) throw answerError(question, RULES.kind);
      if (question.kind === 'SINGLE_CHOICE' && choices.length !== 1) throw answerError(question, RULES.single);
      const count = question.options.length;
      if (choices.some((c) => !Number.isInteger(c) || c < 0 || c >= count)) throw answerError(question, optionRange(count));
      if (new Set(choices).size !== choices.length) throw answerError(question, RULES.chosenTwice);
      return { ...none, choices: choices.sort((a, b) => a - b) };
    }
    case 'SCALE_1_5':
      if (scale === null) throw answerError(question, RULES.kind);
      if (!Number.isInteger(scale) || scale < 1 || scale > 5) throw answerError(question, RULES.scale);
      return { ...none, scale };
    case 'FREE_TEXT':
      if (text === null) throw answerError(question, RULES.kind);
      if (textLength(text) > LIMITS.surveyText) throw answerError(question, RULES.textTooLong);
      return { ...none, text };
  }
}

/**
 * Checks a response against its survey's questions: every answer to a question of
 * the survey, at most once, of the question's kind; at least one answer; every
 * required question answered. Returns the answers in question order, or throws naming the
 * first bad question.
 */
export function validateAnswers(questions: readonly SurveyQuestionRow[], answers: readonly AnswerInputData[]): ValidAnswer[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const valid = new Map<string, ValidAnswer>();
  const seen = new Set<string>();
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question) throw answerError(answer.questionId, RULES.unknown);
    if (seen.has(question.id)) throw answerError(question, RULES.repeated);
    seen.add(question.id);
    const value = valueOf(question, answer);
    if (value) valid.set(question.id, value);
  }
  if (valid.size === 0) throw new PlatformError('SURVEY_RESPONSE_EMPTY', {}, 'answers');
  const ordered = [...questions].sort((a, b) => a.position - b.position);
  const missing = ordered.find((q) => q.required && !valid.has(q.id));
  if (missing) throw answerError(missing, RULES.required);
  return ordered.filter((q) => valid.has(q.id)).map((q) => valid.get(q.id)!);
}
