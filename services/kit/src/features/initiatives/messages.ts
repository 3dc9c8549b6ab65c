/** Error codes of initiatives (measure 5, empower). */
export const INITIATIVE_MESSAGES = {
  INITIATIVE_NOT_FOUND: {
    th: 'ไม่พบกิจกรรมที่ผู้มีส่วนได้ส่วนเสียเสนอตามที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such initiative',
  },
  INITIATIVE_STATUS_MOVE: {
    th: 'ไม่สามารถเปลี่ยนสถานะกิจกรรมที่เสนอจาก {from} เป็น {to} ได้',
    en: 'An initiative cannot move from {from} to {to}',
  },
  INITIATIVE_NOT_APPROVED: {
    th: 'บันทึกการสนับสนุนได้เฉพาะกิจกรรมที่อนุมัติแล้วและยังไม่เสร็จสิ้น (สถานะปัจจุบัน {status})',
    en: 'Support can be recorded only for an approved initiative that is not completed (it is {status})',
  },
  SUPPORT_AMOUNT_INVALID: {
    th: 'จำนวนเงินต้องไม่ติดลบ มีทศนิยมไม่เกิน 2 ตำแหน่ง และไม่เกิน {max} บาท (การสนับสนุนด้านงบประมาณต้องระบุจำนวนเงิน)',
    en: 'The amount must be zero or more, with at most two decimals, up to {max} baht (budget support needs an amount)',
  },
  PARTICIPANTS_COUNT_INVALID: {
    th: 'จำนวนผู้เข้าร่วมต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง {max}',
    en: 'The number of participants must be a whole number from 0 to {max}',
  },
} as const;
