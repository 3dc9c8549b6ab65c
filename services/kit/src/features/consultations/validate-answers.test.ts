import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../errors.js';
import type { SurveyQuestionRow } from './survey-types.js';
import { validateAnswers, type AnswerInputData } from './validate-answers.js';

const option = (index: number) => ({ index, labelTh: `ตัวเลือก ${index}`, labelEn: null });
const q = (position: number, kind: SurveyQuestionRow['kind'], required = false, options = 0): SurveyQuestionRow => ({
  id: `q${position}`,
  surveyId: 's',
  position,
  kind,
  textTh: `คำถาม ${position}`,
  textEn: null,
  required,
  options: Array.from({ length: options }, (_, i) => option(i)),
});

const QUESTIONS = [q(1, 'SINGLE_CHOICE', true, 3), q(2, 'MULTIPLE_CHOICE', false, 4), q(3, 'SCALE_1_5', true), q(4, 'FREE_TEXT')];

function refusal(answers: AnswerInputData[]) {
  try {
    validateAnswers(QUESTIONS, answers);
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return (error as PlatformError).extensions as Record<string, string>;
  }
  throw new Error('expected a refusal');
}

const base: AnswerInputData[] = [
  { questionId: 'q1', choices: [2] },
  { questionId: 'q3', scale: 4 },
];

describe('validateAnswers', () => {
  it('returns the answers in question order, choices sorted, text trimmed but otherwise exact', () => {
    const text = '  ควรเพิ่มช่องทาง LINE 🙏 กรุณาพิจารณา ำ่้  ';
    expect(
      validateAnswers(QUESTIONS, [
        { questionId: 'q4', text },
        { questionId: 'q3', scale: 5 },
        { questionId: 'q2', choices: [3, 0] },
        { questionId: 'q1', choices: [1] },
      ]),
    ).toEqual([
      { questionId: 'q1', choices: [1], scale: null, text: null },
      { questionId: 'q2', choices: [0, 3], scale: null, text: null },
      { questionId: 'q3', choices: null, scale: 5, text: null },
      { questionId: 'q4', choices: null, scale: null, text: text.trim() },
    ]);
  });

  it('treats an empty answer to an optional question as unanswered', () => {
    expect(validateAnswers(QUESTIONS, [...base, { questionId: 'q4', text: '   ' }, { questionId: 'q2', choices: [] }])).toHaveLength(2);
  });

  it.each<[string, AnswerInputData[], string, string]>([
    ['an unknown question', [...base, { questionId: 'nope', scale: 1 }], 'nope', 'no such question'],
    ['a question answered twice', [...base, { questionId: 'q3', scale: 2 }], '3', 'more than once'],
    ['a missing required answer', [{ questionId: 'q1', choices: [0] }], '3', 'must be answered'],
    ['two choices on a single choice', [{ questionId: 'q1', choices: [0, 1] }, base[1]!], '1', 'exactly one'],
    ['an option out of range', [{ questionId: 'q1', choices: [3] }, base[1]!], '1', '0 to 2'],
    ['a negative option', [...base, { questionId: 'q2', choices: [-1] }], '2', '0 to 3'],
    ['an option chosen twice', [...base, { questionId: 'q2', choices: [1, 1] }], '2', 'chosen twice'],
    ['a scale of 0', [base[0]!, { questionId: 'q3', scale: 0 }], '3', '1 to 5'],
    ['a scale of 6', [base[0]!, { questionId: 'q3', scale: 6 }], '3', '1 to 5'],
    ['a scale for a choice question', [{ questionId: 'q1', scale: 3 }, base[1]!], '1', 'kind of question'],
    ['text for a scale question', [base[0]!, { questionId: 'q3', text: 'ดี' }], '3', 'kind of question'],
    ['two values at once', [base[0]!, { questionId: 'q3', scale: 3, text: 'ดี' }], '3', 'kind of question'],
    ['text over 2000 characters', [...base, { questionId: 'q4', text: 'ก'.repeat(2001) }], '4', '2000'],
  ])('refuses %s, naming the question', (_name, answers, question, rule) => {
    const extensions = refusal(answers);
    expect(extensions.code).toBe('SURVEY_ANSWER_INVALID');
    expect(extensions.messageEn).toContain(`question ${question} `);
    expect(extensions.messageEn).toContain(rule);
    expect(extensions.messageTh).toContain(`ข้อ ${question} `);
    expect(extensions.field).toBe('answers');
  });

  it('counts text length in characters as people see code points (2000 Thai characters with marks fit)', () => {
    expect(validateAnswers(QUESTIONS, [...base, { questionId: 'q4', text: 'ก'.repeat(2000) }])).toHaveLength(3);
  });

  it('puts the question id in the error', () => {
    expect(refusal([base[0]!, { questionId: 'q3', scale: 9 }]).questionId).toBe('q3');
  });

  it('refuses a response with no answers at all, before naming required questions', () => {
    const optional = [q(1, 'FREE_TEXT'), q(2, 'SCALE_1_5')];
    expect(() => validateAnswers(optional, [])).toThrow(/at least one/);
    expect(() => validateAnswers(optional, [{ questionId: 'q1', text: ' ' }])).toThrow(/at least one/);
    expect(() => validateAnswers(QUESTIONS, [])).toThrow(/at least one/);
  });
});
