/** Error codes of measure 5 (initiatives, votes, delegations). */
export const EMPOWER_MESSAGES = {
  INITIATIVE_NOT_FOUND: {
    th: 'ไม่พบกิจกรรมที่ผู้มีส่วนได้ส่วนเสียเสนอตามที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such initiative',
  },
  INITIATIVE_STATUS_MOVE: {
    th: 'ไม่สามารถเปลี่ยนสถานะกิจกรรมที่เสนอจาก {from} เป็น {to} ได้',
    en: 'An initiative cannot move from {from} to {to}',
  },
  INITIATIVE_NOT_APPROVED: {
    th: 'บันทึกการสนับสนุนได้เฉพาะกิจกรรมที่อนุมัติแล้วและยังไม่เสร็จสิ้น (สถานะปัจจุบัน {status})',
    en: 'Support can be recorded only for an approved initiative that is not completed (it is {status})',
  },
  SUPPORT_AMOUNT_INVALID: {
    th: 'จำนวนเงินต้องไม่ติดลบ มีทศนิยมไม่เกิน 2 ตำแหน่ง และไม่เกิน {max} บาท (การสนับสนุนด้านงบประมาณต้องระบุจำนวนเงิน)',
    en: 'The amount must be zero or more, with at most two decimals, up to {max} baht (budget support needs an amount)',
  },
  PARTICIPANTS_COUNT_INVALID: {
    th: 'จำนวนผู้เข้าร่วมต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง {max}',
    en: 'The number of participants must be a whole number from 0 to {max}',
  },
  VOTE_NOT_FOUND: {
    th: 'ไม่พบการลงมติที่ระบุในหน่วยงานนี้',
    en: 'This unit has no such vote',
  },
  VOTE_OPTIONS_INVALID: {
    th: 'ตัวเลือกของการลงมติต้องมี {min} ถึง {max} ตัวเลือก และไม่ซ้ำกัน',
    en: 'A vote needs {min} to {max} options, all different',
  },
  VOTE_LEVEL_INVALID: {
    th: 'การลงมติอยู่ในระดับ EMPOWER (มติผูกพัน) หรือ INVOLVE (จัดลำดับความสำคัญ) เท่านั้น',
    en: 'A vote is at level EMPOWER (binding) or INVOLVE (a priority vote) only',
  },
  VOTE_NOT_OPEN: {
    th: 'การลงมตินี้ไม่ได้เปิดรับการลงคะแนนในขณะนี้ (เปิดรับตั้งแต่ {from} ถึง {until} เวลาประเทศไทย)',
    en: 'This vote is not taking votes now (it takes them from {from} until {until}, Bangkok time)',
  },
  VOTE_NOT_ELIGIBLE: {
    th: 'ท่านไม่มีสิทธิ์ลงคะแนนในการลงมตินี้ (ต้องใช้รหัสผู้มีสิทธิ์ที่หน่วยงานออกให้ หรือเข้าสู่ระบบ ตามที่การลงมติกำหนด)',
    en: 'You may not vote in this vote (it takes a code the unit issued, or signing in, as the vote requires)',
  },
  VOTE_ALREADY_CAST: {
    th: 'ผู้มีสิทธิ์นี้ลงคะแนนไปแล้ว แต่ละคนลงคะแนนได้หนึ่งครั้ง',
    en: 'This participant has already voted; each votes once',
  },
  VOTE_OPTION_UNKNOWN: {
    th: 'ไม่พบตัวเลือกที่ระบุในการลงมตินี้',
    en: 'This vote has no such option',
  },
  VOTE_NOT_LISTED: {
    th: 'การลงมตินี้เปิดให้ผู้ที่เข้าสู่ระบบลงคะแนน จึงไม่ต้องออกรหัสผู้มีสิทธิ์',
    en: 'Anyone signed in may vote in this vote; it takes no codes',
  },
  VOTE_CODE_COUNT: {
    th: 'ออกรหัสผู้มีสิทธิ์ลงคะแนนได้ครั้งละ 1 ถึง {max} รหัส',
    en: 'Issue 1 to {max} voter codes at a time',
  },
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
