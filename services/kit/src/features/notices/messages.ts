/** Error codes of notices and their attachments (measure 1, "inform"). */
export const NOTICE_MESSAGES = {
  NOTICE_NOT_FOUND: {
    th: 'ไม่พบประกาศหรือข่าวที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such notice',
  },
  REVIEW_INTERVAL_OUT_OF_RANGE: {
    th: 'รอบการทบทวนความถูกต้องของประกาศต้องอยู่ระหว่าง {min} ถึง {max} วัน',
    en: 'The review interval of notices must be {min} to {max} days',
  },
  ATTACHMENT_TOO_LARGE: {
    th: 'ไฟล์แนบมีขนาดเกิน {max} ไบต์ (2 MiB)',
    en: 'The attachment is larger than {max} bytes (2 MiB)',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    th: 'ไม่รับไฟล์ชนิดนี้ รับเฉพาะ PDF, PNG, JPEG, WEBP, DOCX, XLSX, PPTX, TXT และ CSV',
    en: 'This type of file is not accepted; attach PDF, PNG, JPEG, WEBP, DOCX, XLSX, PPTX, TXT or CSV',
  },
  ATTACHMENT_NAME_MISMATCH: {
    th: 'ชื่อไฟล์ต้องลงท้ายด้วยนามสกุลของชนิดไฟล์ที่ระบุ ({extensions})',
    en: "The file's name must end as its declared type's do ({extensions})",
  },
  ATTACHMENT_TYPE_MISMATCH: {
    th: 'เนื้อหาของไฟล์ไม่ตรงกับชนิดไฟล์ที่ระบุ ({mimeType})',
    en: "The file's content is not what its declared type ({mimeType}) says",
  },
  ATTACHMENT_CHECKSUM_MISMATCH: {
    th: 'ค่า SHA-256 ที่ส่งมาไม่ตรงกับเนื้อหาไฟล์ที่ได้รับ ไฟล์อาจเสียหายระหว่างส่ง กรุณาส่งใหม่',
    en: 'The SHA-256 sent does not match the content received; the file may have been damaged on the way, please send it again',
  },
  ATTACHMENT_NOT_BASE64: {
    th: 'เนื้อหาไฟล์ต้องเข้ารหัสแบบ base64 และต้องไม่ว่าง',
    en: 'The file content must be non-empty base64',
  },
  ALT_TEXT_REQUIRED: {
    th: 'ไฟล์ภาพต้องมีคำบรรยายภาพภาษาไทย (altTextTh) สำหรับผู้ที่มองไม่เห็นภาพ',
    en: 'An image needs a Thai description (altTextTh) for people who cannot see it',
  },
} as const;
