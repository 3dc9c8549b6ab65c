/** Error codes of votes (measure 5, empower). */
export const VOTE_MESSAGES = {
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
} as const;
