import { GraphQLError } from 'graphql';

/**
 * Stable error codes with messages in Thai (first) and English. Clients switch
 * on `extensions.code`; people read `extensions.messageTh` / `messageEn`.
 */
export const ERROR_MESSAGES = {
  PAGE_SIZE_OUT_OF_RANGE: {
    th: 'จำนวนรายการต่อหน้าต้องอยู่ระหว่าง 1 ถึง {max}',
    en: 'Items per page must be between 1 and {max}',
  },
  INVALID_CURSOR: {
    th: 'ตัวชี้หน้า (cursor) ไม่ถูกต้อง กรุณาเริ่มจากหน้าแรกใหม่',
    en: 'The page cursor is not valid; start again from the first page',
  },
  INVALID_FISCAL_YEAR: {
    th: 'ปีงบประมาณต้องเป็นปี พ.ศ. ระหว่าง {min} ถึง {max}',
    en: 'The fiscal year must be a Buddhist Era year from {min} to {max}',
  },
  INVALID_DATE_RANGE: {
    th: 'วันที่เริ่มต้นต้องไม่หลังวันที่สิ้นสุด',
    en: 'The start date must not be after the end date',
  },
  SEARCH_TOO_LONG: {
    th: 'คำค้นยาวเกิน {max} ตัวอักษร',
    en: 'The search text is longer than {max} characters',
  },
  INVALID_ID: {
    th: 'รหัสอ้างอิงไม่ถูกต้อง',
    en: 'The identifier is not valid',
  },
  UNKNOWN_UNIT: {
    th: 'ไม่พบหน่วยงานที่ระบุ',
    en: 'No such unit',
  },
  UNIT_UNAVAILABLE: {
    th: 'ข้อมูลของหน่วยงาน {unit} ไม่พร้อมให้บริการชั่วคราว ข้อมูลส่วนอื่นยังแสดงได้ตามปกติ กรุณาลองใหม่ภายหลัง',
    en: 'The {unit} unit is temporarily unavailable; the rest of the answer is complete. Please try again later',
  },
  INTERNAL: {
    th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง',
    en: 'Something went wrong on our side; please try again',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** A user-facing error: English `message`, both languages and a stable code in extensions. */
export class PlatformError extends GraphQLError {
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, field?: string) {
    const template = ERROR_MESSAGES[code];
    const messageEn = fill(template.en, params);
    super(messageEn, {
      extensions: { code, messageTh: fill(template.th, params), messageEn, ...(field ? { field } : {}) },
    });
  }
}
