/** Error codes of moderation: reports and the unit's decisions on contributions. */
export const MODERATION_MESSAGES = {
  CONTRIBUTION_NOT_FOUND: {
    th: 'ไม่พบความคิดเห็นหรือข้อเสนอที่ระบุซึ่งเผยแพร่อยู่ในหน่วยงานนี้',
    en: 'This unit has no such published contribution',
  },
  REPORT_NOTE_REQUIRED: {
    th: 'กรุณาระบุรายละเอียดเมื่อเลือกเหตุผล "อื่น ๆ"',
    en: 'Say what is wrong in the note when the reason is OTHER',
  },
  MODERATION_NOT_HIDDEN: {
    th: 'รายการนี้ไม่ได้ถูกซ่อนอยู่ จึงไม่ต้องแสดงกลับ',
    en: 'This contribution is not hidden, so there is nothing to restore',
  },
  MODERATION_NOTHING_TO_APPROVE: {
    th: 'รายการนี้ไม่ได้รออนุมัติหรือถูกรายงาน (รายการที่ซ่อนแล้วให้ใช้ "แสดงกลับ")',
    en: 'This contribution is neither held nor reported (restore a hidden one instead)',
  },
} as const;
