/** Error codes of search (SEARCH_TOO_LONG is a core code, shared with the list filters). */
export const SEARCH_MESSAGES = {
  SEARCH_TEXT_REQUIRED: {
    th: 'กรุณาพิมพ์คำที่ต้องการค้นหา',
    en: 'Type something to search for',
  },
} as const;
