/** Error codes of records rated with one-time codes (supervision visits, trainings). */
export const RATING_MESSAGES = {
  RATING_OUT_OF_RANGE: {
    th: 'คะแนน {criterion} ต้องเป็นจำนวนเต็ม 1 ถึง 5',
    en: 'The {criterion} rating must be a whole number from 1 to 5',
  },
  RATING_CODE_INVALID: {
    th: 'รหัสประเมินไม่ถูกต้อง หรือไม่ใช่รหัสของรายการนี้ กรุณาตรวจสอบรหัสที่ได้รับอีกครั้ง',
    en: 'The rating code is not valid, or not one for this record; please check the code you received',
  },
  RATING_CODE_USED: {
    th: 'รหัสประเมินนี้ใช้ประเมินไปแล้ว แต่ละรหัสประเมินได้หนึ่งครั้ง',
    en: 'This rating code has already been used; each code rates once',
  },
} as const;
