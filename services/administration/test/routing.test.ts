import { describe, expect, it } from 'vitest';
import { routeByKeywords } from '../src/intake/routing.js';

describe('front-door routing by keywords', () => {
  it.each([
    ['ขอทราบความคืบหน้าการจัดซื้อจัดจ้างปรับปรุงอาคาร', 'FINANCE'],
    ['คำร้องขอย้ายกลับภูมิลำเนา', 'PERSONNEL'],
    ['อินเทอร์เน็ตโรงเรียนใช้งานไม่ได้', 'DLICT'],
    ['แจ้งเบาะแสการทุจริตในการสอบ', 'AUDIT'],
    ['ขอบคุณเจ้าหน้าที่ที่ให้บริการดีมาก', 'ADMIN'],
  ])('routes "%s" to %s', (message, code) => {
    expect(routeByKeywords(message)).toBe(code);
  });

  it('sends a message that points to two units equally to the complaint centre', () => {
    expect(routeByKeywords('อบรมเรื่องพัสดุ')).toBe('ADMIN');
  });
});
