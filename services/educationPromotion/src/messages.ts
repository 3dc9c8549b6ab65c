import { unitErrors } from '@sesao28/kit';

/** Education Promotion's own error codes, Thai first. */
export const fail = unitErrors({
  INVALID_AMOUNT: {
    th: 'จำนวนเงินต้องอยู่ระหว่าง 0 ถึง 1,000,000,000 บาท และมีทศนิยมไม่เกิน 2 ตำแหน่ง',
    en: 'The amount must be 0 to 1,000,000,000 baht with at most two decimals',
  },
  INVALID_STUDENT_COUNT: {
    th: 'จำนวนนักเรียนที่ได้รับการสนับสนุนต้องเป็นจำนวนเต็ม 0 ถึง 1,000,000 คน',
    en: 'Students supported must be a whole number from 0 to 1,000,000',
  },
  PARTNERSHIP_ALREADY_RECORDED: {
    th: 'บันทึก "{titleTh}" ของภาคีเครือข่ายนี้ในปีงบประมาณ {fiscalYear} มีอยู่แล้วด้วยรายละเอียดอื่น',
    en: '"{titleTh}" of this partner in fiscal year {fiscalYear} was already recorded with other details',
  },
});
