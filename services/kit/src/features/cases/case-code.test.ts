import { describe, expect, it } from 'vitest';
import {
  CASE_CODE_PATTERN,
  newCaseCode,
  newTrackingCode,
  normaliseCaseCode,
  normaliseTrackingCode,
  trackingCodePattern,
} from './case-code.js';

describe('case codes', () => {
  it('are random, readable and never repeat in practice', () => {
    const codes = Array.from({ length: 2000 }, newCaseCode);
    expect(codes.every((c) => CASE_CODE_PATTERN.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.join('')).not.toMatch(/[ILOU]/);
  });

  it('accept what people type back', () => {
    expect(normaliseCaseCode(' ssk-7q4m-9xta-k2pd ')).toBe('SSK-7Q4M-9XTA-K2PD');
    expect(normaliseCaseCode('SSK-1O0L-AAAA-BBBB')).toBe('SSK-1001-AAAA-BBBB');
    expect(normaliseCaseCode('SSK - 7Q4M - 9XTA - K2PD')).toBe('SSK-7Q4M-9XTA-K2PD');
  });
});

describe('tracking codes of other registers', () => {
  it('keeps the prefix letters and normalises the rest as people type it', () => {
    const code = newTrackingCode('ICT');
    expect(code).toMatch(trackingCodePattern('ICT'));
    expect(normaliseTrackingCode('ICT', ` ${code.toLowerCase()} `)).toBe(code);
    expect(normaliseTrackingCode('ICT', 'ict-o1il-0000-0000')).toBe('ICT-0111-0000-0000');
    expect(trackingCodePattern('ICT').test('SSK-0000-0000-0000')).toBe(false);
  });
});
