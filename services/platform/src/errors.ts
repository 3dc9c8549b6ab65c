import { GraphQLError } from 'graphql';

/**
 * Error codes of the request itself, which the gateway and every unit answer with: sign-in, abuse
 * limits, malformed requests, a unit out of reach, the unexpected. Thai first, then English; clients
 * switch on `extensions.code`, people read `extensions.messageTh` / `messageEn`. The kit adds the
 * participation domain's codes to these (services/kit/src/errors.ts).
 */
export const PLATFORM_MESSAGES = {
  UNIT_UNAVAILABLE: {
    th: 'ข้อมูลของหน่วยงาน {unit} ไม่พร้อมให้บริการชั่วคราว ข้อมูลส่วนอื่นยังแสดงได้ตามปกติ กรุณาลองใหม่ภายหลัง',
    en: 'The {unit} unit is temporarily unavailable; the rest of the answer is complete. Please try again later',
  },
  UNAUTHENTICATED: {
    th: 'กรุณาเข้าสู่ระบบใหม่ (สิทธิ์การเข้าใช้หมดอายุหรือไม่ถูกต้อง)',
    en: 'Please sign in again (the access token is missing, expired or not valid)',
  },
  FORBIDDEN: {
    th: 'ท่านไม่มีสิทธิ์ดำเนินการนี้กับข้อมูลของหน่วยงานนี้',
    en: "You are not allowed to do this with this unit's data",
  },
  QUERY_TOO_DEEP: {
    th: 'คำสั่งค้นข้อมูลซ้อนกันลึกเกิน {max} ชั้น กรุณาแบ่งเป็นหลายคำสั่ง',
    en: 'The query nests fields more than {max} levels deep; split it into smaller queries',
  },
  TOO_MANY_ALIASES: {
    th: 'คำสั่งค้นข้อมูลใช้ชื่อแฝง (alias) เกิน {max} ชื่อ',
    en: 'The query uses more than {max} aliases',
  },
  QUERY_TOO_LARGE: {
    th: 'คำสั่งค้นข้อมูลยาวเกินไป (เกิน {max} หน่วยคำ)',
    en: 'The query is too long (more than {max} tokens)',
  },
  QUERY_TOO_COSTLY: {
    th: 'คำสั่งค้นข้อมูลขอข้อมูลมากเกินไปในครั้งเดียว (ค่าใช้จ่ายเกิน {max}) กรุณาขอเขตข้อมูลน้อยลงหรือลดจำนวนรายการต่อหน้า',
    en: 'The query asks for too much at once (cost above {max}); ask for fewer fields or smaller pages',
  },
  TOO_MANY_DIRECTIVES: {
    th: 'คำสั่งค้นข้อมูลใช้ directive เกิน {max} รายการ',
    en: 'The query uses more than {max} directives',
  },
  INTROSPECTION_DISABLED: {
    th: 'ระบบนี้ไม่เปิดให้สอบถามโครงสร้าง schema (introspection)',
    en: 'Schema introspection is turned off on this server',
  },
  GRAPHQL_PARSE_FAILED: {
    th: 'คำสั่ง GraphQL เขียนไม่ถูกต้องตามไวยากรณ์',
    en: 'The GraphQL query has a syntax error',
  },
  GRAPHQL_VALIDATION_FAILED: {
    th: 'คำสั่ง GraphQL ไม่ตรงกับ schema ของระบบ',
    en: 'The GraphQL query does not match the schema',
  },
  BAD_USER_INPUT: {
    th: 'ค่าที่ส่งมาไม่ถูกต้องตามชนิดข้อมูลที่กำหนด',
    en: 'A value sent with the query is not valid for its type',
  },
  BAD_REQUEST: {
    th: 'คำขอไม่ถูกต้อง',
    en: 'The request is not valid',
  },
  PAYLOAD_TOO_LARGE: {
    th: 'ข้อมูลที่ส่งมามีขนาดเกิน {max} ไบต์',
    en: 'The request body is larger than {max} bytes',
  },
  BAD_REQUEST_BODY: {
    th: 'เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้องในรหัส UTF-8',
    en: 'The request body is not valid JSON in UTF-8',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    th: 'กรุณาส่งคำขอเป็น application/json (UTF-8)',
    en: 'Send the request as application/json (UTF-8)',
  },
  CSRF_BLOCKED: {
    th: 'คำขอถูกปฏิเสธเพื่อป้องกันการปลอมแปลงคำขอข้ามไซต์ (CSRF) กรุณาส่งเป็น application/json หรือใส่ส่วนหัว apollo-require-preflight',
    en: 'The request was blocked as a possible cross-site request forgery (CSRF); send it as application/json or with an apollo-require-preflight header',
  },
  INVALID_CHARACTERS: {
    th: 'ข้อความมีอักขระที่จัดเก็บไม่ได้ (อักขระว่าง U+0000 หรือรหัส UTF-16 ที่ไม่สมบูรณ์)',
    en: 'The text contains characters that cannot be stored (NUL, or half of a UTF-16 surrogate pair)',
  },
  RATE_LIMITED: {
    th: 'ส่งเรื่องถี่เกินไป (ไม่เกิน {max} ครั้งต่อนาที) กรุณารอ {seconds} วินาทีแล้วลองใหม่',
    en: 'Too many submissions (at most {max} a minute); please wait {seconds} seconds and try again',
  },
  REQUEST_RATE_LIMITED: {
    th: 'ส่งคำขอถี่เกินไป (ไม่เกิน {max} ครั้งต่อนาที) กรุณารอ {seconds} วินาทีแล้วลองใหม่',
    en: 'Too many requests (at most {max} a minute); please wait {seconds} seconds and try again',
  },
  // The gateway's public download of a notice's file (attachment-download.ts).
  ATTACHMENT_NOT_FOUND: {
    th: 'ไม่พบไฟล์แนบที่ระบุ',
    en: 'No such attachment',
  },
  INTERNAL: {
    th: 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง',
    en: 'Something went wrong on our side; please try again',
  },
} as const;

export type PlatformErrorCode = keyof typeof PLATFORM_MESSAGES;

/** Messages of error codes: Thai first, English; `{name}` is filled from the params. */
export type ErrorMessages = Record<string, { readonly th: string; readonly en: string }>;

/** A message template with its `{name}` placeholders filled from the params. */
export function fillMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/**
 * A user-facing error: English `message`, both languages and a stable code in extensions.
 * Subgraphs and the gateway pass every BilingualError through as it is (format-error.ts).
 */
export class BilingualError extends GraphQLError {
  constructor(code: string, template: { th: string; en: string }, params: Record<string, string | number> = {}, field?: string) {
    const messageEn = fillMessage(template.en, params);
    super(messageEn, {
      extensions: { code, messageTh: fillMessage(template.th, params), messageEn, ...(field ? { field } : {}) },
    });
  }
}

/** An error of the platform's own codes (a unit's domain codes are the kit's PlatformError). */
export const requestError = (code: PlatformErrorCode, params: Record<string, string | number> = {}) =>
  new BilingualError(code, PLATFORM_MESSAGES[code], params);

/** A unit's own error codes: `const fail = unitErrors(MESSAGES); throw fail('CODE', {…}, 'field')`. */
export function unitErrors<M extends ErrorMessages>(messages: M) {
  return (code: keyof M & string, params: Record<string, string | number> = {}, field?: string) =>
    new BilingualError(code, messages[code]!, params, field);
}
