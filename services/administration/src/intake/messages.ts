import { unitErrors } from '@sesao28/kit';

/** The front door's own error codes: Thai first, English. */
export const fail = unitErrors({
  PRIVACY_KEY_INVALID: {
    th: 'รหัสติดตามเรื่องหรือรหัสลับส่วนบุคคลไม่ถูกต้อง (รหัสลับอยู่ในใบรับเรื่อง ขึ้นต้นด้วย KEY-)',
    en: 'The case code or the privacy key is not right (the key is on the receipt and starts with KEY-)',
  },
  PRIVACY_KEY_LOCKED: {
    th: 'ใส่รหัสลับผิดหลายครั้ง ระบบระงับการเข้าถึงข้อมูลของเรื่องนี้ไว้ 1 ชั่วโมง หรือติดต่อศูนย์รับเรื่องของสำนักงาน',
    en: 'Too many wrong privacy keys: access to this case is paused for an hour; or contact the office’s complaint centre',
  },
  CASE_ANONYMOUS: {
    th: 'เรื่องนี้แจ้งโดยไม่ระบุตัวตน จึงไม่มีช่องทางแจ้งผลให้ตั้งค่า',
    en: 'This case was sent anonymously: there is no way of telling you to set',
  },
  NOTIFY_LINE_SIGN_IN: {
    th: 'การรับแจ้งทาง LINE ต้องเข้าสู่ระบบด้วย LINE ก่อน (และเพิ่มบัญชีทางการของสำนักงานเป็นเพื่อน)',
    en: 'To be told on LINE, sign in with LINE first (and add the office’s official account as a friend)',
  },
  NOTIFY_NEEDS_ADDRESS: {
    th: 'การรับแจ้งทางอีเมลต้องกรอกอีเมล และทาง SMS ต้องกรอกหมายเลขโทรศัพท์',
    en: 'To be told by e-mail give an e-mail address, and by SMS a phone number',
  },
  STAFF_TOKEN_INVALID: {
    th: 'ลิงก์นี้ไม่ถูกต้อง ใช้ลิงก์จากอีเมลเตือนฉบับล่าสุด',
    en: 'This link is not valid; use the link in the latest reminder',
  },
  OWN_UNIT_CASE: {
    th: 'เจ้าหน้าที่ของหน่วยงานที่ดูแลเรื่องนี้ใช้ช่องทางของผู้แจ้งไม่ได้',
    en: 'Staff of the unit handling this case cannot use the submitter’s self-service',
  },
});
