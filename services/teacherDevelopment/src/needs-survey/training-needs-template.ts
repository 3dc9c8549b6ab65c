import { fiscalYearRange, surveyInput, type NewSurvey } from '@sesao28/kit';

const options = (labels: [string, string][]) => labels.map(([labelTh, labelEn]) => ({ labelTh, labelEn }));

/** The unit's yearly training-needs survey: which topics, in what format, and anything else. */
export function trainingNeedsSurvey(args: { fiscalYear: number; opensAt: Date | string; closesAt: Date | string }): NewSurvey {
  fiscalYearRange(args.fiscalYear); // a real B.E. fiscal year, or INVALID_FISCAL_YEAR
  return surveyInput({
    titleTh: `แบบสำรวจความต้องการในการพัฒนาครูและบุคลากรทางการศึกษา ปีงบประมาณ ${args.fiscalYear}`,
    titleEn: `Training needs of teachers and education personnel, fiscal year ${args.fiscalYear}`,
    descriptionTh: 'ผลการสำรวจใช้วางแผนการอบรมพัฒนาของสำนักงานในปีงบประมาณนี้ คำตอบของท่านไม่ระบุตัวตน',
    descriptionEn: "The answers plan the office's trainings for the fiscal year. Your answers are anonymous.",
    opensAt: args.opensAt,
    closesAt: args.closesAt,
    questions: [
      {
        kind: 'MULTIPLE_CHOICE',
        textTh: 'หัวข้อที่ท่านต้องการได้รับการพัฒนา (เลือกได้มากกว่าหนึ่งข้อ)',
        textEn: 'Topics you want training on (choose any)',
        required: true,
        options: options([
          ['การจัดการเรียนรู้เชิงรุก (Active Learning)', 'Active learning'],
          ['หลักสูตรฐานสมรรถนะ', 'Competency-based curriculum'],
          ['การวัดและประเมินผลการเรียนรู้', 'Assessment of learning'],
          ['เทคโนโลยีดิจิทัลเพื่อการจัดการเรียนรู้', 'Digital technology for teaching'],
          ['การวิจัยในชั้นเรียน', 'Classroom research'],
          ['ระบบการดูแลช่วยเหลือนักเรียน', 'Student care and support'],
          ['ภาษาอังกฤษเพื่อการสื่อสาร', 'English for communication'],
          ['การประเมินตำแหน่งและวิทยฐานะ (ว PA)', 'Performance agreements and academic standing (PA)'],
        ]),
      },
      {
        kind: 'SINGLE_CHOICE',
        textTh: 'รูปแบบการอบรมที่ท่านสะดวกที่สุด',
        textEn: 'The training format that suits you best',
        required: true,
        options: options([
          ['อบรมแบบพบหน้า (ในห้องประชุม)', 'In person'],
          ['อบรมออนไลน์', 'Online'],
          ['แบบผสมผสาน', 'Blended'],
          ['ชุมชนการเรียนรู้ทางวิชาชีพ (PLC) ในโรงเรียน', 'Professional learning community (PLC) at school'],
        ]),
      },
      {
        kind: 'FREE_TEXT',
        textTh: 'หัวข้ออื่นหรือข้อเสนอแนะเกี่ยวกับการพัฒนาที่ท่านต้องการ',
        textEn: 'Other topics or suggestions',
        required: false,
      },
    ],
  });
}
