import { BilingualError, PLATFORM_MESSAGES } from '@sesao28/platform';
import { ACTIVITY_MESSAGES } from './features/activities/messages.js';
import { INVOLVE_MESSAGES } from './features/involve/messages.js';
import { INITIATIVE_MESSAGES } from './features/initiatives/messages.js';
import { VOTE_MESSAGES } from './features/votes/messages.js';
import { DELEGATION_MESSAGES } from './features/delegations/messages.js';
import { SEARCH_MESSAGES } from './features/search/messages.js';
import { NOTICE_MESSAGES } from './features/notices/messages.js';
import { MODERATION_MESSAGES } from './features/moderation/messages.js';
import { FOLLOW_MESSAGES } from './features/follow/messages.js';
import { RATING_MESSAGES } from './ratings/messages.js';

/**
 * The participation domain's error codes, with messages in Thai (first) and English. Clients switch
 * on `extensions.code`; people read `extensions.messageTh` / `messageEn`. The request's own codes
 * (sign-in, limits, UNIT_UNAVAILABLE, INTERNAL) are the platform's (services/platform/src/errors.ts).
 */
const CORE_MESSAGES = {
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
  INVALID_DATE: {
    th: 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว (ค.ศ.) และเป็นวันที่มีอยู่จริง',
    en: 'The date must be a real date written YYYY-MM-DD',
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
  CASE_NOT_FOUND: {
    th: 'ไม่พบเรื่องที่ระบุในหน่วยงานนี้ (อาจถูกส่งต่อไปยังหน่วยงานอื่นแล้ว)',
    en: 'No such case in this unit (it may have been transferred to another unit)',
  },
  CASE_CODE_NOT_FOUND: {
    th: 'ไม่พบเรื่องตามรหัสที่ระบุ กรุณาตรวจสอบรหัสติดตามเรื่องอีกครั้ง',
    en: 'No case has this code; please check the tracking code and try again',
  },
  ILLEGAL_STATUS_MOVE: {
    th: 'ไม่สามารถเปลี่ยนสถานะเรื่องจาก {from} เป็น {to} ได้',
    en: 'A case cannot move from {from} to {to}',
  },
  CASE_NOT_TRANSFERABLE: {
    th: 'เรื่องที่มีสถานะ {status} แล้วไม่สามารถส่งต่อได้',
    en: 'A case that is {status} can no longer be transferred',
  },
  CASE_NOT_PUBLISHABLE: {
    th: 'เผยแพร่เรื่องนี้ต่อสาธารณะไม่ได้ ผู้แจ้งไม่ได้ยินยอมให้เผยแพร่ (หรือเป็นเรื่องของผู้เยาว์)',
    en: 'This case cannot be made public: its submitter did not allow it (or it is a minor’s)',
  },
  TRANSFER_TO_SELF: {
    th: 'เรื่องนี้อยู่ที่หน่วยงานนี้แล้ว กรุณาเลือกหน่วยงานอื่น',
    en: 'The case is already with this unit; choose another unit',
  },
  TEXT_REQUIRED: {
    th: 'กรุณากรอก {field}',
    en: 'Please fill in {field}',
  },
  TEXT_TOO_LONG: {
    th: '{field} ยาวเกิน {max} ตัวอักษร',
    en: '{field} is longer than {max} characters',
  },
  UNKNOWN_ACTIVITY: {
    th: 'ไม่พบกิจกรรมที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such activity',
  },
  ACTIVITY_NEEDS_UNIT: {
    th: 'เมื่อระบุกิจกรรม กรุณาระบุหน่วยงานเจ้าของกิจกรรมด้วย',
    en: 'When you name an activity, also name the unit that runs it',
  },
  TEMPLATE_NOT_FOUND: {
    th: 'ไม่พบแบบคำตอบที่ระบุ',
    en: 'No such answer template',
  },
  INVALID_DEADLINE: {
    th: 'กำหนดเวลาต้องเป็นวันทำการ ตอบรับ 1–60 วัน และตอบ 1–120 วัน โดยตอบรับต้องไม่ช้ากว่าการตอบ',
    en: 'Deadlines are working days: acknowledge in 1–60, answer in 1–120, and acknowledging may not come after answering',
  },
  CONSENT_REQUIRED: {
    th: 'หากต้องการให้ข้อมูลติดต่อ กรุณาอ่านและยินยอมตามประกาศความเป็นส่วนตัวฉบับปัจจุบัน หรือส่งเรื่องแบบไม่ระบุตัวตน',
    en: 'To leave contact details, read and accept the current privacy notice, or submit anonymously',
  },
  CONTACT_INCOMPLETE: {
    th: 'กรุณาให้ช่องทางติดต่อกลับอย่างน้อยหนึ่งช่องทาง (อีเมลหรือโทรศัพท์) ที่ถูกต้อง',
    en: 'Give at least one valid way to reach you (email or phone)',
  },
  IDEMPOTENCY_KEY_REUSED: {
    th: 'รหัสการส่งนี้ถูกใช้กับเรื่องอื่นแล้ว กรุณาส่งใหม่อีกครั้ง',
    en: 'This submission key was already used for a different submission; please submit again',
  },
  INVALID_IDEMPOTENCY_KEY: {
    th: 'รหัสการส่ง (idempotency key) ต้องยาว 8–100 ตัวอักษร',
    en: 'The idempotency key must be 8 to 100 characters long',
  },
  TOO_MANY_ITEMS: {
    th: 'เลือกได้ไม่เกิน {max} รายการต่อครั้ง',
    en: 'Choose at most {max} items at a time',
  },
  OUTCOME_NOT_FOUND: {
    th: 'ไม่พบบันทึกผลการนำความคิดเห็นไปใช้ที่ระบุ',
    en: 'No such outcome record',
  },
  UNKNOWN_PARTNER: {
    th: 'ไม่พบภาคีเครือข่ายที่ระบุในทะเบียนภาคีเครือข่ายของสำนักงาน',
    en: "The office's register of partners has no such partner",
  },
  UNKNOWN_RECORD: {
    th: 'ไม่พบเรื่อง การรับฟังความคิดเห็น หรือแบบสำรวจที่อ้างถึง ({kind} ของหน่วยงาน {unit})',
    en: 'The linked record does not exist ({kind} of unit {unit})',
  },
  CONSULTATION_NOT_FOUND: {
    th: 'ไม่พบการรับฟังความคิดเห็นที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such consultation',
  },
  CONSULTATION_NOT_OPEN: {
    th: 'การรับฟังความคิดเห็นนี้ไม่ได้เปิดรับความคิดเห็นในขณะนี้ (เปิดรับตั้งแต่ {from} ถึง {until} เวลาประเทศไทย)',
    en: 'This consultation is not taking comments now (it takes them from {from} until {until}, Bangkok time)',
  },
  CONSULTATION_NOT_CLOSED: {
    th: 'เผยแพร่สรุปผลได้หลังปิดรับฟังความคิดเห็นแล้วเท่านั้น (ปิดรับ {until} เวลาประเทศไทย)',
    en: 'A summary can be published only after the consultation closes ({until}, Bangkok time)',
  },
  CONSULTATION_NOT_HEARING: {
    th: 'บันทึกรายงานการประชุมได้เฉพาะการรับฟังความคิดเห็นแบบจัดเวทีประชุมเท่านั้น',
    en: 'Minutes can be recorded only for a formal hearing',
  },
  HEARING_DETAILS_REQUIRED: {
    th: 'การรับฟังความคิดเห็นแบบจัดเวทีประชุมต้องระบุวันเวลาและสถานที่จัด',
    en: 'A formal hearing needs a date and time and a place',
  },
  INVALID_OPEN_WINDOW: {
    th: 'วันเวลาปิดรับต้องอยู่หลังวันเวลาเปิดรับ',
    en: 'The closing time must come after the opening time',
  },
  SURVEY_NOT_FOUND: {
    th: 'ไม่พบแบบสำรวจที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such survey',
  },
  SURVEY_NOT_OPEN: {
    th: 'แบบสำรวจนี้ไม่ได้เปิดรับคำตอบในขณะนี้ (เปิดรับตั้งแต่ {from} ถึง {until} เวลาประเทศไทย)',
    en: 'This survey is not taking responses now (it takes them from {from} until {until}, Bangkok time)',
  },
  SURVEY_CODE_INVALID: {
    th: 'แบบสำรวจนี้ตอบได้เฉพาะผู้ที่ได้รับรหัสผู้ตอบจากหน่วยงาน กรุณาตรวจสอบรหัสอีกครั้ง',
    en: 'This survey takes responses only with a participant code the unit issued; please check the code',
  },
  SURVEY_ALREADY_ANSWERED: {
    th: 'รหัสผู้ตอบนี้ตอบแบบสำรวจไปแล้ว แต่ละรหัสตอบได้หนึ่งครั้ง',
    en: 'This participant code has already answered the survey; each code answers once',
  },
  SURVEY_ANSWER_INVALID: {
    th: 'คำตอบข้อ {question} ไม่ถูกต้อง: {ruleTh}',
    en: 'The answer to question {question} is not valid: {ruleEn}',
  },
  SURVEY_RESPONSE_EMPTY: {
    th: 'กรุณาตอบคำถามอย่างน้อยหนึ่งข้อ',
    en: 'Answer at least one question',
  },
  SURVEY_QUESTION_INVALID: {
    th: 'คำถามข้อ {question} ไม่ถูกต้อง: {ruleTh}',
    en: 'Question {question} is not valid: {ruleEn}',
  },
  SURVEY_QUESTION_COUNT: {
    th: 'แบบสำรวจต้องมีคำถาม 1 ถึง {max} ข้อ',
    en: 'A survey needs 1 to {max} questions',
  },
  SURVEY_NOT_LISTED: {
    th: 'แบบสำรวจนี้เปิดให้ทุกคนตอบ จึงไม่ต้องออกรหัสผู้ตอบ',
    en: 'Anyone may answer this survey; it takes no participant codes',
  },
  SURVEY_CODE_COUNT: {
    th: 'ออกรหัสผู้ตอบได้ครั้งละ 1 ถึง {max} รหัส',
    en: 'Issue 1 to {max} participant codes at a time',
  },
  GUARDIAN_CONSENT_REQUIRED: {
    th: 'ผู้แจ้งอายุต่ำกว่า 20 ปี ต้องได้รับความยินยอมจากผู้ปกครองก่อนให้ข้อมูลติดต่อ หรือส่งเรื่องแบบไม่ระบุตัวตน',
    en: 'A submitter under 20 needs a parent or guardian’s consent to leave contact details, or may submit anonymously',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    th: 'คำขอเดียวกันนี้กำลังดำเนินการอยู่ กรุณารอสักครู่แล้วลองใหม่',
    en: 'The same request is still being processed; wait a moment and try again',
  },
} as const;

/** Each feature keeps its own codes beside it; one spread line each here. */
export const ERROR_MESSAGES = {
  ...PLATFORM_MESSAGES,
  ...CORE_MESSAGES,
  ...ACTIVITY_MESSAGES,
  ...INVOLVE_MESSAGES,
  ...INITIATIVE_MESSAGES,
  ...VOTE_MESSAGES,
  ...DELEGATION_MESSAGES,
  ...SEARCH_MESSAGES,
  ...NOTICE_MESSAGES,
  ...MODERATION_MESSAGES,
  ...FOLLOW_MESSAGES,
  ...RATING_MESSAGES,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** An error of the kit's own codes (the platform's included). */
export class PlatformError extends BilingualError {
  constructor(code: ErrorCode, params: Record<string, string | number> = {}, field?: string) {
    super(code, ERROR_MESSAGES[code], params, field);
  }
}
