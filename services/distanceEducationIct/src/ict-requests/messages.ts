import { unitErrors } from '@sesao28/kit';

/** The help desk's own error codes: Thai first, English. */
export const fail = unitErrors({
  ICT_SCHOOL_CODE_INVALID: {
    th: 'รหัสโรงเรียนต้องเป็นตัวเลข 10 หลัก',
    en: 'The school code must be 10 digits',
  },
  ICT_REQUEST_NOT_FOUND: {
    th: 'ไม่พบคำขอรับบริการด้าน ICT ที่ระบุ',
    en: 'No such ICT support request',
  },
  ICT_CODE_INVALID: {
    th: 'รหัสติดตามคำขอไม่ถูกต้อง (รูปแบบ ICT-XXXX-XXXX-XXXX)',
    en: 'The request code is not valid (it looks like ICT-XXXX-XXXX-XXXX)',
  },
  ICT_STATUS_MOVE: {
    th: 'ไม่สามารถเปลี่ยนสถานะคำขอจาก {from} เป็น {to} ได้',
    en: 'A request cannot move from {from} to {to}',
  },
});
