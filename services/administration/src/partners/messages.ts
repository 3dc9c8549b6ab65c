import { unitErrors } from '@sesao28/kit';

/** The register's own error codes (applications to become a partner): Thai first, English. */
export const fail = unitErrors({
  PARTNER_APPLICATION_NOT_FOUND: {
    th: 'ไม่พบใบสมัครเป็นภาคีเครือข่ายที่ระบุ',
    en: 'No such application to become a partner',
  },
  PARTNER_APPLICATION_DECIDED: {
    th: 'ใบสมัครนี้ได้รับการพิจารณาแล้ว ({status}) จึงรับหรือปฏิเสธซ้ำไม่ได้',
    en: 'This application has been decided already ({status}); it cannot be accepted or declined again',
  },
  PARTNER_CONTACT_EMAIL_INVALID: {
    th: 'กรุณากรอกอีเมลที่ถูกต้องสำหรับติดต่อกลับ',
    en: 'Give a valid e-mail address to reply to',
  },
});
