import { INTAKE_UNIT_CODE } from '@sesao28/kit';

/**
 * Words that point a case to the unit that owns the matter, for people who do not
 * know the org chart. No match goes to the complaint centre (Administration), whose
 * staff transfer it by hand.
 */
const KEYWORDS: Record<string, readonly string[]> = {
  POLICY: ['แผนปฏิบัติการ', 'นโยบาย', 'งบประมาณประจำปี', 'จัดตั้งงบ', 'action plan', 'policy'],
  DLICT: ['อินเทอร์เน็ต', 'คอมพิวเตอร์', 'เว็บไซต์', 'ระบบสารสนเทศ', 'ไวไฟ', 'wifi', 'dltv', 'internet', 'website', 'computer'],
  FINANCE: ['พัสดุ', 'จัดซื้อ', 'จัดจ้าง', 'เบิกจ่าย', 'การเงิน', 'procurement', 'payment', 'reimburse'],
  PERSONNEL: ['ย้าย', 'บรรจุ', 'แต่งตั้ง', 'วิทยฐานะ', 'เลื่อนเงินเดือน', 'วินัย', 'transfer of teacher', 'appointment'],
  TEACHER_DEV: ['อบรม', 'พัฒนาครู', 'คูปองครู', 'training', 'teacher development'],
  SUPERVISION: ['นิเทศ', 'ประเมินผล', 'o-net', 'คุณภาพการศึกษา', 'supervision'],
  PROMOTION: ['ทุนการศึกษา', 'นักเรียนยากจน', 'กิจกรรมนักเรียน', 'ลูกเสือ', 'ความปลอดภัย', 'รับนักเรียน', 'scholarship', 'admission'],
  AUDIT: ['ทุจริต', 'ตรวจสอบภายใน', 'คอร์รัปชัน', 'corruption', 'fraud'],
};

/** The unit a message most likely belongs to: most keyword hits wins; ties and none go to the centre. */
export function routeByKeywords(message: string): string {
  const text = message.toLowerCase();
  let best: { code: string; hits: number } = { code: INTAKE_UNIT_CODE, hits: 0 };
  let tie = false;
  for (const [code, words] of Object.entries(KEYWORDS)) {
    const hits = words.filter((word) => text.includes(word)).length;
    if (hits > best.hits) {
      best = { code, hits };
      tie = false;
    } else if (hits > 0 && hits === best.hits) {
      tie = true;
    }
  }
  return tie ? INTAKE_UNIT_CODE : best.code;
}
