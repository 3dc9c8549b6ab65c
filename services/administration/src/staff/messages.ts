import { unitErrors } from '@sesao28/kit';

/** The staff directory's own error codes: Thai first, English. */
export const fail = unitErrors({
  STAFF_EMAIL_INVALID: {
    th: 'อีเมลไม่ถูกต้อง (ตัวอย่าง: name@sesao28.go.th)',
    en: 'The e-mail address is not valid (for example name@sesao28.go.th)',
  },
  STAFF_UNIT_MISMATCH: {
    th: 'เจ้าหน้าที่และหัวหน้ากลุ่มต้องระบุกลุ่มงาน ส่วนบทบาทอื่นต้องไม่ระบุ',
    en: 'Unit staff and unit heads need a unit; other roles take none',
  },
  STAFF_CONFIDENTIAL_UNIT: {
    th: 'เจ้าหน้าที่ช่องทางลับได้เฉพาะกลุ่มงานที่มีช่องทางลับ (เช่น หน่วยตรวจสอบภายใน)',
    en: 'Only a unit with a confidential channel (such as Internal Audit) has named confidential staff',
  },
  STAFF_MEMBER_NOT_FOUND: {
    th: 'ไม่พบบุคคลนี้ในทำเนียบเจ้าหน้าที่',
    en: 'Nobody with this e-mail is in the staff directory',
  },
});
