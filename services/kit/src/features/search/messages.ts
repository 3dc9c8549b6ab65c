/** Error codes of search (SEARCH_TOO_LONG is a core code, shared with the list filters). */
export const SEARCH_MESSAGES = {
  ANALYST_SEARCH_MASKED: {
    th: 'ผู้วิเคราะห์ค้นด้วยตัวเลขหรืออีเมลไม่ได้ (ข้อมูลส่วนนี้ถูกปิดบังไว้) ค้นด้วยถ้อยคำแทน',
    en: 'Analysts cannot search by digits or e-mail addresses (that part of the text is masked); search by words instead',
  },
  SEARCH_TEXT_REQUIRED: {
    th: 'กรุณาพิมพ์คำที่ต้องการค้นหา',
    en: 'Type something to search for',
  },
} as const;
