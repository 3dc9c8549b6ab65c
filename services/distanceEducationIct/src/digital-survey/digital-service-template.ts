import { surveyInput, type NewSurvey, type SurveyInputData } from '@sesao28/kit';

const scale = (textTh: string, textEn: string) => ({ kind: 'SCALE_1_5' as const, textTh, textEn, required: true });

/**
 * The unit's digital-service satisfaction survey: the office's e-services, its website
 * and the DLTV support schools receive, each rated 1–5, and a suggestion.
 */
export const DIGITAL_SERVICE_TEMPLATE: Omit<SurveyInputData, 'opensAt' | 'closesAt'> = {
  titleTh: 'แบบสำรวจความพึงพอใจต่อการให้บริการดิจิทัล',
  titleEn: 'Digital service satisfaction survey',
  descriptionTh: 'โปรดให้คะแนนความพึงพอใจต่อบริการดิจิทัลของสำนักงาน (1 = น้อยที่สุด, 5 = มากที่สุด) คำตอบของท่านไม่ระบุตัวตน',
  descriptionEn: "Rate the office's digital services (1 = least satisfied, 5 = most satisfied). Your answers are anonymous.",
  questions: [
    scale('ความสะดวกในการใช้บริการอิเล็กทรอนิกส์ (e-Service) ของสำนักงาน', "Ease of using the office's e-services"),
    scale('ความครบถ้วนและทันสมัยของข้อมูลบนเว็บไซต์สำนักงาน', "Completeness and currency of the office's website"),
    scale('ความรวดเร็วในการแก้ไขปัญหาระบบเครือข่ายและคอมพิวเตอร์', 'Speed of fixing network and computer problems'),
    scale('การสนับสนุนการจัดการเรียนการสอนทางไกลผ่านดาวเทียม (DLTV)', 'Support for distance learning television (DLTV)'),
    scale('ความพึงพอใจโดยรวมต่อบริการดิจิทัล', 'Overall satisfaction with the digital services'),
    {
      kind: 'FREE_TEXT',
      textTh: 'ข้อเสนอแนะเพื่อพัฒนาบริการดิจิทัล',
      textEn: 'Suggestions to improve the digital services',
      required: false,
    },
  ],
};

export const digitalServiceSurvey = (args: { opensAt: Date | string; closesAt: Date | string }): NewSurvey =>
  surveyInput({ ...DIGITAL_SERVICE_TEMPLATE, opensAt: args.opensAt, closesAt: args.closesAt });
