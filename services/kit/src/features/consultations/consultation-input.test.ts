import { describe, expect, it } from 'vitest';
import { consultationInput, type ConsultationInputData } from './consultation-input.js';
import { bangkokMinute } from './window.js';

const input = (overrides: Partial<ConsultationInputData> = {}): ConsultationInputData => ({
  titleTh: 'ร่างแผนปฏิบัติราชการ พ.ศ. ๒๕๗๐',
  kind: 'ONLINE_COMMENTS',
  opensAt: '2026-01-01T00:00:00Z',
  closesAt: '2026-01-31T00:00:00Z',
  ...overrides,
});

const refusal = (overrides: Partial<ConsultationInputData>) => {
  try {
    consultationInput(input(overrides));
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  throw new Error('expected a refusal');
};

describe('consultationInput', () => {
  it('keeps Thai text exactly and optional fields as null', () => {
    expect(consultationInput(input())).toEqual({
      titleTh: 'ร่างแผนปฏิบัติราชการ พ.ศ. ๒๕๗๐',
      titleEn: null,
      descriptionTh: null,
      descriptionEn: null,
      kind: 'ONLINE_COMMENTS',
      opensAt: new Date('2026-01-01T00:00:00Z'),
      closesAt: new Date('2026-01-31T00:00:00Z'),
      hearingAt: null,
      place: null,
      activityId: null,
    });
  });

  it('takes a formal hearing with its date and place', () => {
    const hearing = consultationInput(input({ kind: 'FORMAL_HEARING', hearingAt: '2026-01-15T02:00:00Z', place: 'ห้องประชุม ๑' }));
    expect(hearing).toMatchObject({ hearingAt: new Date('2026-01-15T02:00:00Z'), place: 'ห้องประชุม ๑' });
  });

  it.each<[string, Partial<ConsultationInputData>, string, string]>([
    ['an empty title', { titleTh: ' ' }, 'TEXT_REQUIRED', 'titleTh'],
    ['a title over 300 characters', { titleTh: 'ก'.repeat(301) }, 'TEXT_TOO_LONG', 'titleTh'],
    ['a description over 20000 characters', { descriptionTh: 'ก'.repeat(20001) }, 'TEXT_TOO_LONG', 'descriptionTh'],
    ['closing before opening', { closesAt: '2025-12-01T00:00:00Z' }, 'INVALID_OPEN_WINDOW', 'closesAt'],
    ['a hearing without a place', { kind: 'FORMAL_HEARING', hearingAt: '2026-01-15T02:00:00Z' }, 'HEARING_DETAILS_REQUIRED', 'place'],
    ['a hearing without a date', { kind: 'FORMAL_HEARING', place: 'ห้องประชุม' }, 'HEARING_DETAILS_REQUIRED', 'hearingAt'],
    ['a malformed activity id', { activityId: 'x' }, 'UNKNOWN_ACTIVITY', 'activityId'],
  ])('refuses %s', (_name, overrides, code, field) => {
    expect(refusal(overrides)).toMatchObject({ code, field });
  });

  it('names moments in Bangkok time', () => {
    expect(bangkokMinute('2026-01-31T17:30:00Z')).toBe('2026-02-01 00:30');
  });
});
