import { describe, expect, it } from 'vitest';
import { codeCount, newParticipantCode, normaliseParticipantCode } from './participant-codes.js';
import { SATISFACTION_TEMPLATE, satisfactionSurvey } from './satisfaction-template.js';
import { surveyInput, type SurveyInputData } from './survey-input.js';

const input = (overrides: Partial<SurveyInputData> = {}): SurveyInputData => ({
  titleTh: 'แบบสำรวจ',
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: '2026-02-01T00:00:00Z',
  questions: [
    { kind: 'SINGLE_CHOICE', textTh: 'เลือก', options: [{ labelTh: 'ก' }, { labelTh: 'ข', labelEn: 'B' }] },
    { kind: 'SCALE_1_5', textTh: 'ให้คะแนน', required: true },
  ],
  ...overrides,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  throw new Error('expected a refusal');
};

describe('surveyInput', () => {
  it('numbers questions and options in order', () => {
    const survey = surveyInput(input());
    expect(survey.questions.map((q) => q.position)).toEqual([1, 2]);
    expect(survey.questions[0]!.options).toEqual([
      { index: 0, labelTh: 'ก', labelEn: null },
      { index: 1, labelTh: 'ข', labelEn: 'B' },
    ]);
    expect(survey.questions[1]!.required).toBe(true);
    expect(survey).toMatchObject({ eligibility: 'OPEN', anonymous: true, template: null });
  });

  it('keeps OPEN surveys anonymous and lets LISTED ones choose', () => {
    expect(surveyInput(input({ anonymous: false })).anonymous).toBe(true);
    expect(surveyInput(input({ eligibility: 'LISTED', anonymous: false })).anonymous).toBe(false);
    expect(surveyInput(input({ eligibility: 'LISTED' })).anonymous).toBe(true);
  });

  it.each<[string, Partial<SurveyInputData>, string, string]>([
    ['an empty title', { titleTh: '  ' }, 'TEXT_REQUIRED', 'titleTh'],
    ['a title over 300 characters', { titleTh: 'ก'.repeat(301) }, 'TEXT_TOO_LONG', 'titleTh'],
    ['closing before opening', { closesAt: '2025-12-31T00:00:00Z' }, 'INVALID_OPEN_WINDOW', 'closesAt'],
    ['closing when opening', { closesAt: '2026-01-01T00:00:00Z' }, 'INVALID_OPEN_WINDOW', 'closesAt'],
    ['no questions', { questions: [] }, 'SURVEY_QUESTION_COUNT', 'questions'],
    ['101 questions', { questions: Array(101).fill({ kind: 'FREE_TEXT', textTh: 'ข้อ' }) }, 'SURVEY_QUESTION_COUNT', 'questions'],
    [
      'a choice question with one option',
      { questions: [{ kind: 'MULTIPLE_CHOICE', textTh: 'ข้อ', options: [{ labelTh: 'ก' }] }] },
      'SURVEY_QUESTION_INVALID',
      'questions[0].options',
    ],
    [
      'options on a scale question',
      { questions: [{ kind: 'SCALE_1_5', textTh: 'ข้อ', options: [{ labelTh: 'ก' }, { labelTh: 'ข' }] }] },
      'SURVEY_QUESTION_INVALID',
      'questions[0].options',
    ],
    ['an empty question', { questions: [{ kind: 'FREE_TEXT', textTh: '' }] }, 'TEXT_REQUIRED', 'questions[0].textTh'],
    [
      'an empty option',
      { questions: [{ kind: 'SINGLE_CHOICE', textTh: 'ข้อ', options: [{ labelTh: 'ก' }, { labelTh: ' ' }] }] },
      'TEXT_REQUIRED',
      'questions[0].options[1].labelTh',
    ],
  ])('refuses %s', (_name, overrides, code, field) => {
    expect(codeOf(() => surveyInput(input(overrides)))).toMatchObject({ code, field });
  });
});

describe('the service-satisfaction template', () => {
  it('has five required 1–5 questions and an optional suggestion, in Thai and English', () => {
    const survey = satisfactionSurvey({ opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' });
    expect(survey.template).toBe('SERVICE_SATISFACTION');
    expect(survey.questions.map((q) => [q.kind, q.required])).toEqual([...Array(5).fill(['SCALE_1_5', true]), ['FREE_TEXT', false]]);
    expect(survey.questions.every((q) => /[\u0E00-\u0E7F]/.test(q.textTh) && q.textEn)).toBe(true);
    expect(survey.titleTh).toBe(SATISFACTION_TEMPLATE.titleTh);
  });

  it('takes a unit title', () => {
    const survey = satisfactionSurvey({
      opensAt: '2026-01-01T00:00:00Z',
      closesAt: '2026-02-01T00:00:00Z',
      titleTh: 'ความพึงพอใจ ไตรมาส ๒',
    });
    expect(survey).toMatchObject({ titleTh: 'ความพึงพอใจ ไตรมาส ๒', titleEn: null });
  });
});

describe('participant codes', () => {
  it('are random, readable and normalise from what people type', () => {
    const codes = Array.from({ length: 200 }, newParticipantCode);
    expect(new Set(codes).size).toBe(200);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(normaliseParticipantCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    }
  });

  it.each(['', 'ABCD-EFG', 'ABCD-EFGHJ', 'ABCD-EF0H', 'ABCD-EFIH', null])('refuses %s', (raw) => {
    expect(normaliseParticipantCode(raw)).toBeNull();
  });

  it('issues 1 to 500 at a time', () => {
    expect(codeCount(500)).toBe(500);
    for (const bad of [0, 501, 1.5]) expect(codeOf(() => codeCount(bad))).toMatchObject({ code: 'SURVEY_CODE_COUNT' });
  });
});
