/** Error codes of following a consultation, draft or vote. */
export const FOLLOW_MESSAGES = {
  FOLLOW_TARGET_NOT_FOUND: {
    th: 'ไม่พบรายการที่ต้องการติดตามในหน่วยงานนี้',
    en: 'This unit has nothing like that to follow',
  },
  FOLLOW_NEEDS_CHANNEL: {
    th: 'กรอกอีเมลที่ถูกต้อง หรือเลือกรับแจ้งทาง LINE (ต้องเข้าสู่ระบบด้วย LINE)',
    en: 'Give a valid e-mail address, or choose LINE (after signing in with LINE)',
  },
  FOLLOW_TOKEN_INVALID: {
    th: 'ลิงก์เลิกติดตามไม่ถูกต้อง ใช้ลิงก์จากข้อความล่าสุดที่ได้รับ',
    en: 'This stop link is not valid; use the link in the latest message you received',
  },
} as const;
