import { describe, expect, it } from 'vitest';
import {
  decisionInput,
  decisionRefusal,
  draftInput,
  suggestionAnswer,
  type DraftDecisionData,
  type DraftInputData,
} from './draft-input.js';

const draft = (overrides: Partial<DraftInputData> = {}): DraftInputData => ({
  kind: 'PLAN',
  titleTh: ' ร่างแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ',
  bodyTh: 'ยุทธศาสตร์ที่ ๑ พัฒนาคุณภาพผู้เรียน',
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: '2026-01-31T00:00:00Z',
  ...overrides,
});

const decision = (overrides: Partial<DraftDecisionData> = {}): DraftDecisionData => ({
  decisionTh: 'เห็นชอบร่างแผนตามที่ปรับปรุง',
  finalTextTh: 'แผนฉบับสุดท้าย',
  decidedWith: [{ name: 'นางสาวสมใจ ใจดี', role: 'ผู้แทนผู้ปกครอง' }],
  ...overrides,
});

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string; messageTh: string } }).extensions;
  }
  throw new Error('expected a refusal');
};

describe('draftInput', () => {
  it('trims the texts and stands the draft on an OPEN INVOLVE activity spanning its window', () => {
    const { draft: values, activity } = draftInput(draft());
    expect(values).toEqual({
      kind: 'PLAN',
      titleTh: 'ร่างแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
      titleEn: null,
      bodyTh: 'ยุทธศาสตร์ที่ ๑ พัฒนาคุณภาพผู้เรียน',
      bodyEn: null,
      opensAt: new Date('2026-01-01T00:00:00Z'),
      closesAt: new Date('2026-01-31T00:00:00Z'),
    });
    expect(activity).toMatchObject({
      level: 'INVOLVE',
      status: 'OPEN',
      titleTh: values.titleTh,
      bodyTh: values.bodyTh,
      startsAt: values.opensAt,
      endsAt: values.closesAt,
    });
  });

  it.each<[string, Partial<DraftInputData>, string, string]>([
    ['an empty title', { titleTh: '  ' }, 'TEXT_REQUIRED', 'titleTh'],
    ['an empty draft text', { bodyTh: '' }, 'TEXT_REQUIRED', 'bodyTh'],
    ['a draft text over 20,000 characters', { bodyTh: 'ก'.repeat(20001) }, 'TEXT_TOO_LONG', 'bodyTh'],
    ['an English text over 20,000 characters', { bodyEn: 'a'.repeat(20001) }, 'TEXT_TOO_LONG', 'bodyEn'],
    ['a window closing when it opens', { closesAt: '2026-01-01T00:00:00Z' }, 'INVALID_OPEN_WINDOW', 'closesAt'],
    ['a window closing before it opens', { closesAt: '2025-12-01T00:00:00Z' }, 'INVALID_OPEN_WINDOW', 'closesAt'],
    ['a year typed in B.E.', { opensAt: '2569-01-01T00:00:00Z', closesAt: '2569-02-01T00:00:00Z' }, 'INVALID_ACTIVITY_DATES', 'endsAt'],
  ])('refuses %s', (_name, overrides, code, field) => {
    expect(refusal(() => draftInput(draft(overrides)))).toMatchObject({ code, field });
  });

  it('takes a draft text of exactly 20,000 Thai characters', () => {
    expect(draftInput(draft({ bodyTh: 'ก'.repeat(20000) })).draft.bodyTh).toHaveLength(20000);
  });
});

describe('suggestionAnswer', () => {
  it('takes ADOPTED without a reason', () => {
    expect(suggestionAnswer('ADOPTED')).toEqual({ response: 'ADOPTED', reasonTh: null, reasonEn: null });
  });

  it.each(['PARTLY_ADOPTED', 'NOT_ADOPTED'] as const)('asks a reason in Thai for %s', (response) => {
    expect(refusal(() => suggestionAnswer(response, '   ', 'English only'))).toMatchObject({
      code: 'SUGGESTION_REASON_REQUIRED',
      field: 'reasonTh',
      messageTh: expect.stringMatching(/เหตุผล/),
    });
    expect(suggestionAnswer(response, ' งบประมาณไม่เพียงพอ ')).toEqual({ response, reasonTh: 'งบประมาณไม่เพียงพอ', reasonEn: null });
  });

  it('refuses a reason over 2,000 characters', () => {
    expect(refusal(() => suggestionAnswer('NOT_ADOPTED', 'ก'.repeat(2001)))).toMatchObject({ code: 'TEXT_TOO_LONG', field: 'reasonTh' });
  });
});

describe('decisionInput', () => {
  it('keeps the participants in order, partners in lower case', () => {
    const partnerId = 'A1B2C3D4-0000-4000-8000-000000000001';
    const values = decisionInput(
      decision({
        decidedWith: [
          { name: ' ก ', role: 'ผู้แทนครู' },
          { name: 'ข', role: 'ผู้แทนภาคี', partnerId },
        ],
      }),
    );
    expect(values.decidedWith).toEqual([
      { name: 'ก', role: 'ผู้แทนครู', partnerId: null },
      { name: 'ข', role: 'ผู้แทนภาคี', partnerId: partnerId.toLowerCase() },
    ]);
  });

  it.each<[string, Partial<DraftDecisionData>, string, string]>([
    ['no one besides staff', { decidedWith: [] }, 'JOINT_DECISION_NEEDS_PARTICIPANTS', 'decidedWith'],
    ['more than 50 people', { decidedWith: Array.from({ length: 51 }, () => ({ name: 'ก', role: 'ข' })) }, 'TOO_MANY_ITEMS', 'decidedWith'],
    ['a participant without a name', { decidedWith: [{ name: ' ', role: 'ผู้แทนผู้ปกครอง' }] }, 'TEXT_REQUIRED', 'decidedWith.0.name'],
    ['a participant without a role', { decidedWith: [{ name: 'ก', role: '' }] }, 'TEXT_REQUIRED', 'decidedWith.0.role'],
    ['a malformed partner id', { decidedWith: [{ name: 'ก', role: 'ข', partnerId: 'x' }] }, 'UNKNOWN_PARTNER', 'decidedWith.0.partnerId'],
    ['an empty decision', { decisionTh: '' }, 'TEXT_REQUIRED', 'decisionTh'],
    ['an empty final text', { finalTextTh: ' ' }, 'TEXT_REQUIRED', 'finalTextTh'],
  ])('refuses %s', (_name, overrides, code, field) => {
    expect(refusal(() => decisionInput(decision(overrides)))).toMatchObject({ code, field });
  });
});

describe('decisionRefusal', () => {
  const window = { opensAt: new Date('2026-01-01T00:00:00Z'), closesAt: new Date('2026-01-31T00:00:00Z') };
  const state = (overrides: { decidedAt?: Date | null; unanswered?: number } = {}) => ({
    ...window,
    decidedAt: null,
    unanswered: 0,
    ...overrides,
  });
  const code = (error: unknown) => (error as { extensions: { code: string } } | null)?.extensions.code ?? null;

  it('lets a closed draft with every suggestion answered be decided, from the closing moment on', () => {
    expect(decisionRefusal(state(), window.closesAt)).toBeNull();
    expect(decisionRefusal(state(), new Date('2026-02-01T00:00:00Z'))).toBeNull();
  });

  it('refuses before the window closes, naming the closing time in Bangkok', () => {
    const error = decisionRefusal(state(), new Date(window.closesAt.getTime() - 1));
    expect(code(error)).toBe('DRAFT_STILL_OPEN');
    expect(error?.extensions.messageTh).toContain('2026-01-31 07:00');
  });

  it('names how many suggestions still wait for a response', () => {
    const error = decisionRefusal(state({ unanswered: 3 }), window.closesAt);
    expect(code(error)).toBe('DRAFT_HAS_UNANSWERED');
    expect(error?.extensions.messageTh).toContain('3 รายการ');
  });

  it('decides once only, before any other rule', () => {
    expect(code(decisionRefusal(state({ decidedAt: window.closesAt, unanswered: 2 }), window.opensAt))).toBe('DRAFT_ALREADY_DECIDED');
  });
});
