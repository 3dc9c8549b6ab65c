import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact.js';

describe('pseudonymised text for analysts', () => {
  it('masks email addresses, phone numbers and ID numbers, and keeps the rest exactly', () => {
    const text = 'ติดต่อ somchai@example.co.th หรือ 081-234-5678 เลขบัตร 1 2345 67890 12 3 เรื่องพัสดุ 😞';
    expect(redactPersonalData(text)).toBe('ติดต่อ [อีเมล] หรือ [หมายเลข] เลขบัตร [หมายเลข] เรื่องพัสดุ 😞');
  });

  it('leaves short numbers such as years and amounts', () => {
    expect(redactPersonalData('ปี 2569 งบ 50000 บาท')).toBe('ปี 2569 งบ 50000 บาท');
  });
});
