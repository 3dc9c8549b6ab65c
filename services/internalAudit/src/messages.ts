import { unitErrors } from '@sesao28/kit';

/** Internal Audit's own error codes, Thai first. */
export const fail = unitErrors({
  FOLLOW_UP_LOCKED: {
    th: 'ใส่ PIN ผิดหลายครั้ง ระงับการติดตามรายงานนี้ไว้ {minutes} นาที',
    en: 'Too many wrong PINs: following this report is paused for {minutes} minutes',
  },
  ONE_PIN_CHECK_PER_REQUEST: {
    th: 'ตรวจ PIN ได้ครั้งละหนึ่งรายงานต่อคำขอ',
    en: 'One PIN check per request',
  },
  REPORT_NOT_FOUND: {
    th: 'ไม่พบรายงานที่ระบุ',
    en: 'No such report',
  },
  AUDIT_PLAN_EMPTY: {
    th: 'แผนการตรวจสอบต้องมีอย่างน้อยหนึ่งเรื่อง',
    en: 'An audit plan needs at least one topic',
  },
  INVALID_QUARTER: {
    th: 'ไตรมาสต้องเป็น 1 ถึง 4 (เรื่องที่ {item})',
    en: 'The quarter must be 1 to 4 (topic {item})',
  },
  UNKNOWN_UNIT_CODE: {
    th: 'ไม่พบหน่วยงานรหัส {unitCode} ในสำนักงาน (เรื่องที่ {item})',
    en: 'The office has no unit with code {unitCode} (topic {item})',
  },
});
