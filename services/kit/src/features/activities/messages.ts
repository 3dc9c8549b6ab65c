/** Error codes of activity authoring (createActivity, setActivityStatus). */
export const ACTIVITY_MESSAGES = {
  ACTIVITY_STATUS_MOVE: {
    th: 'ไม่สามารถเปลี่ยนสถานะกิจกรรมจาก {from} เป็น {to} ได้',
    en: 'An activity cannot move from {from} to {to}',
  },
  INVALID_ACTIVITY_DATES: {
    th: 'วันสิ้นสุดกิจกรรมต้องไม่ก่อนวันเริ่ม และวันที่ต้องอยู่ระหว่างปี พ.ศ. 2560 ถึง 2600',
    en: 'An activity must not end before it starts, and its dates must fall between 2017 and 2057',
  },
} as const;
