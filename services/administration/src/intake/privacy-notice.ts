/** The privacy notice (PDPA) identified submitters accept; a new text gets a new version. */
export const PRIVACY_NOTICE = {
  version: '2569-1',
  retentionDays: 730,
  minorRetentionDays: 365,
  textTh:
    'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาศรีสะเกษ ยโสธร เก็บชื่อและช่องทางติดต่อของท่านเพื่อใช้ติดต่อกลับเกี่ยวกับเรื่องที่ท่านแจ้งเท่านั้น ' +
    'แยกเก็บจากเนื้อหาเรื่อง เปิดให้เฉพาะเจ้าหน้าที่ผู้รับผิดชอบ และลบหรือทำให้ไม่สามารถระบุตัวตนได้เมื่อครบ 2 ปี ' +
    'ท่านขอดูหรือขอลบข้อมูลของท่านได้ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 หากไม่ประสงค์ให้ข้อมูล ท่านสามารถแจ้งเรื่องแบบไม่ระบุตัวตนได้',
  textEn:
    'The Sisaket Yasothon Secondary Educational Service Area Office keeps your name and contact details only to reply to you about this case. ' +
    'They are stored apart from the case text, seen only by the staff responsible, and deleted or anonymised after 2 years. ' +
    'You may see or erase your data under the Personal Data Protection Act B.E. 2562 (2019). You may also submit anonymously.',
} as const;
