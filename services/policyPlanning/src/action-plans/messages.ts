import { unitErrors } from '@sesao28/kit';

/** Policy and Planning's own error codes: Thai first, English. */
export const fail = unitErrors({
  ACTION_PLAN_EXISTS: {
    th: 'ปีงบประมาณ {fiscalYear} มีแผนปฏิบัติการประจำปีแล้ว (ปีละหนึ่งแผน)',
    en: 'Fiscal year {fiscalYear} already has an annual action plan (one a year)',
  },
  ACTION_PLAN_NOT_FOUND: {
    th: 'ไม่พบแผนปฏิบัติการประจำปีงบประมาณที่ระบุ',
    en: 'There is no action plan for this fiscal year',
  },
  ACTION_PLAN_PRIORITIES_COUNT: {
    th: 'แผนต้องมีลำดับความสำคัญ {min} ถึง {max} เรื่อง',
    en: 'A plan needs {min} to {max} priorities',
  },
  ACTION_PLAN_PRIORITY_DUPLICATE: {
    th: 'ชื่อลำดับความสำคัญต้องไม่ซ้ำกัน (ใช้เป็นตัวเลือกในการลงคะแนน)',
    en: "Priority titles must differ from each other (they are the vote's options)",
  },
  ACTION_PLAN_BUDGET_INVALID: {
    th: 'งบประมาณต้องไม่ติดลบ มีทศนิยมไม่เกิน 2 ตำแหน่ง และไม่เกิน {max} บาท',
    en: 'The budget must not be negative, have at most two decimals and be at most {max} baht',
  },
  ACTION_PLAN_VOTE_BEFORE_COMMENTS: {
    th: 'การลงคะแนนจัดลำดับความสำคัญต้องไม่เริ่มก่อนเปิดรับความคิดเห็นต่อแผน',
    en: 'The priority vote must not open before the plan opens for comments',
  },
  ACTION_PLAN_VOTE_OPEN: {
    th: 'ยังประกาศใช้แผนไม่ได้จนกว่าการลงคะแนนจัดลำดับความสำคัญจะปิด ({until} เวลาประเทศไทย)',
    en: 'The plan can be adopted only once the priority vote has closed ({until}, Bangkok time)',
  },
  ACTION_PLAN_ADOPTED: {
    th: 'แผนปฏิบัติการประจำปีนี้ประกาศใช้แล้ว',
    en: 'This action plan has already been adopted',
  },
});
