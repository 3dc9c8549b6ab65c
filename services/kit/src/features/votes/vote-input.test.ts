import { describe, expect, it } from 'vitest';
import { voteInput, voteOptions } from './vote-input.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  return null;
};

const base = {
  titleTh: 'เลือกหัวข้ออบรมประจำปี',
  questionTh: 'หัวข้อใดควรจัดก่อน',
  options: [{ labelTh: 'วิทยาการคำนวณ' }, { labelTh: 'ภาษาอังกฤษ', labelEn: 'English' }],
  opensAt: '2026-02-01T09:00:00+07:00',
  closesAt: '2026-02-08T09:00:00+07:00',
  eligibility: 'LISTED' as const,
};

describe('voteOptions', () => {
  it('keeps 2 to 20 trimmed options in order', () => {
    expect(voteOptions([{ labelTh: ' ก ' }, { labelTh: 'ข', labelEn: ' B ' }])).toEqual([
      { labelTh: 'ก', labelEn: null },
      { labelTh: 'ข', labelEn: 'B' },
    ]);
    expect(voteOptions(Array.from({ length: 20 }, (_, i) => ({ labelTh: `ตัวเลือก ${i}` })))).toHaveLength(20);
  });

  it('refuses fewer than 2 or more than 20 options', () => {
    expect(codeOf(() => voteOptions([{ labelTh: 'ก' }]))).toMatchObject({ code: 'VOTE_OPTIONS_INVALID', field: 'options' });
    expect(codeOf(() => voteOptions(Array.from({ length: 21 }, (_, i) => ({ labelTh: `${i}` }))))).toMatchObject({
      code: 'VOTE_OPTIONS_INVALID',
    });
  });

  it('refuses options people would read as the same, in Thai or in English', () => {
    expect(codeOf(() => voteOptions([{ labelTh: 'เห็นด้วย' }, { labelTh: ' เห็นด้วย ' }]))?.code).toBe('VOTE_OPTIONS_INVALID');
    expect(
      codeOf(() =>
        voteOptions([
          { labelTh: 'ก', labelEn: 'Yes' },
          { labelTh: 'ข', labelEn: 'yes' },
        ]),
      )?.code,
    ).toBe('VOTE_OPTIONS_INVALID');
    expect(codeOf(() => voteOptions([{ labelTh: 'ก  ข' }, { labelTh: 'ก ข' }]))?.code).toBe('VOTE_OPTIONS_INVALID');
  });

  it('refuses an empty or over-long label, naming it', () => {
    expect(codeOf(() => voteOptions([{ labelTh: 'ก' }, { labelTh: '  ' }]))).toMatchObject({
      code: 'TEXT_REQUIRED',
      field: 'options[1].labelTh',
    });
    expect(codeOf(() => voteOptions([{ labelTh: 'ก'.repeat(201) }, { labelTh: 'ข' }]))?.code).toBe('TEXT_TOO_LONG');
  });
});

describe('voteInput', () => {
  it('defaults to EMPOWER and allows INVOLVE for a priority vote, nothing else', () => {
    expect(voteInput(base).level).toBe('EMPOWER');
    expect(voteInput({ ...base, level: 'INVOLVE' }).level).toBe('INVOLVE');
    expect(codeOf(() => voteInput({ ...base, level: 'CONSULT' }))?.code).toBe('VOTE_LEVEL_INVALID');
  });

  it('refuses a window that closes before it opens', () => {
    expect(codeOf(() => voteInput({ ...base, closesAt: base.opensAt }))?.code).toBe('INVALID_OPEN_WINDOW');
  });
});
