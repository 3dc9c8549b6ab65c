/** Error codes of delegations (measure 5, empower). */
export const DELEGATION_MESSAGES = {
  DELEGATION_NOT_FOUND: {
    th: 'ไม่พบการมอบอำนาจการตัดสินใจที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such delegation',
  },
  DELEGATION_REVIEW_DATE: {
    th: 'วันทบทวนต้องอยู่หลัง {after} และไม่เกิน {years} ปีนับจากวันนั้น',
    en: 'The review date must come after {after} and within {years} years of it',
  },
  DELEGATION_NEXT_REVIEW: {
    th: 'ผลการทบทวน CONTINUE และ AMEND ต้องระบุวันทบทวนครั้งถัดไป ส่วน REVOKE ไม่ต้องระบุ',
    en: 'CONTINUE and AMEND need the next review date; REVOKE takes none',
  },
  DELEGATION_REVOKED: {
    th: 'การมอบอำนาจนี้ถูกยกเลิกแล้ว ไม่สามารถทบทวนได้อีก',
    en: 'This delegation was revoked; it can no longer be reviewed',
  },
} as const;
