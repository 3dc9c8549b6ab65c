/** Error codes of drafts, suggestions and joint decisions (measure 3, "involve"). */
export const INVOLVE_MESSAGES = {
  DRAFT_NOT_FOUND: {
    th: 'ไม่พบร่างที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such draft',
  },
  DRAFT_NOT_OPEN: {
    th: 'ร่างนี้ไม่ได้เปิดรับข้อเสนอแนะในขณะนี้ (เปิดรับตั้งแต่ {from} ถึง {until} เวลาประเทศไทย)',
    en: 'This draft is not taking suggestions now (it takes them from {from} until {until}, Bangkok time)',
  },
  DRAFT_STILL_OPEN: {
    th: 'ตัดสินใจร่วมได้หลังปิดรับข้อเสนอแนะแล้วเท่านั้น (ปิดรับ {until} เวลาประเทศไทย)',
    en: 'The joint decision can be made only after the draft stops taking suggestions ({until}, Bangkok time)',
  },
  DRAFT_HAS_UNANSWERED: {
    th: 'ยังมีข้อเสนอแนะที่ยังไม่ได้ตอบ {count} รายการ กรุณาตอบทุกข้อเสนอแนะก่อนตัดสินใจ',
    en: '{count} suggestion(s) still have no response; respond to every suggestion before deciding',
  },
  DRAFT_ALREADY_DECIDED: {
    th: 'ร่างนี้ได้ตัดสินใจร่วมไปแล้ว',
    en: 'This draft has already been decided',
  },
  SUGGESTION_NOT_FOUND: {
    th: 'ไม่พบข้อเสนอแนะที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such suggestion',
  },
  SUGGESTION_REASON_REQUIRED: {
    th: 'กรุณาระบุเหตุผลเมื่อนำข้อเสนอแนะไปใช้บางส่วนหรือไม่นำไปใช้',
    en: 'Give a reason when a suggestion is taken only in part or not at all',
  },
  JOINT_DECISION_NEEDS_PARTICIPANTS: {
    th: 'การตัดสินใจร่วมต้องระบุผู้ร่วมตัดสินใจที่ไม่ใช่เจ้าหน้าที่อย่างน้อย 1 คน',
    en: "A joint decision needs at least one participant besides the unit's staff",
  },
} as const;
