import { unitErrors } from '@sesao28/kit';

/** Teacher Development's own error codes: Thai first, English. */
export const fail = unitErrors({
  TRAINING_NOT_FOUND: {
    th: 'ไม่พบการอบรมที่ระบุ',
    en: 'No such training',
  },
  TRAINING_HOURS_INVALID: {
    th: 'จำนวนชั่วโมงอบรมต้องอยู่ระหว่าง 0.5 ถึง {max} ชั่วโมง (ทีละครึ่งชั่วโมง)',
    en: 'Training hours must be 0.5 to {max}, in half hours',
  },
  TRAINING_PARTICIPANTS_INVALID: {
    th: 'จำนวนผู้เข้าอบรมต้องอยู่ระหว่าง 1 ถึง {max} คน',
    en: 'The number of participants must be 1 to {max}',
  },
  EVALUATION_CODES_EXCEED_PARTICIPANTS: {
    th: 'ออกรหัสประเมินได้ไม่เกินจำนวนผู้เข้าอบรม (ออกเพิ่มได้อีก {remaining} รหัส)',
    en: 'Evaluation codes cannot outnumber the participants ({remaining} more can be issued)',
  },
});
