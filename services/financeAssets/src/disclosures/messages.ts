import { unitErrors } from '@sesao28/kit';

/** Finance and Assets' own error codes: Thai first, English. */
export const fail = unitErrors({
  DISCLOSURE_AMOUNT_INVALID: {
    th: 'จำนวนเงินต้องไม่ติดลบ มีทศนิยมไม่เกิน 2 ตำแหน่ง และไม่เกิน {max} บาท',
    en: 'The amount must not be negative, have at most two decimals and be at most {max} baht',
  },
  DISCLOSURE_NOT_FOUND: {
    th: 'ไม่พบรายการเปิดเผยข้อมูลที่ระบุ',
    en: 'No such disclosure',
  },
  DISCLOSURE_QUESTION_NOT_FOUND: {
    th: 'ไม่พบคำถามที่ระบุ',
    en: 'No such question',
  },
  DISCLOSURE_QUESTION_ANSWERED: {
    th: 'คำถามนี้ได้รับคำตอบแล้ว',
    en: 'This question has already been answered',
  },
});
