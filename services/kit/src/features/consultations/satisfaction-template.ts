import type { SurveyEligibility } from './survey-types.js';
import { surveyInput, type SurveyInputData } from './survey-input.js';

const scale = (textTh: string, textEn: string) => ({ kind: 'SCALE_1_5' as const, textTh, textEn, required: true });

/**
 * The kit's service-satisfaction survey, the same in every unit so that
 * UnitStats.satisfactionAverage means the same everywhere: five 1–5 questions
 * and a free-text suggestion.
 */
export const SATISFACTION_TEMPLATE: Omit<SurveyInputData, 'opensAt' | 'closesAt'> = {
  titleTh: 'แบบสำรวจความพึงพอใจต่อการให้บริการ',
  titleEn: 'Service satisfaction survey',
  descriptionTh: 'โปรดให้คะแนนความพึงพอใจต่อการให้บริการของหน่วยงาน (1 = น้อยที่สุด, 5 = มากที่สุด) คำตอบของท่านไม่ระบุตัวตน',
  descriptionEn: "Rate the unit's service (1 = least satisfied, 5 = most satisfied). Your answers are anonymous.",
  questions: [
    scale('ความรวดเร็วในการให้บริการ', 'Speed of service'),
    scale('ความสุภาพและความเต็มใจในการให้บริการของเจ้าหน้าที่', 'Courtesy and helpfulness of staff'),
    scale('ความชัดเจนของข้อมูลและคำแนะนำที่ได้รับ', 'Clarity of the information and guidance you received'),
    scale('ความเป็นธรรมและความโปร่งใสในการให้บริการ', 'Fairness and transparency of the service'),
    scale('ความพึงพอใจโดยรวมต่อการให้บริการ', 'Overall satisfaction with the service'),
    {
      kind: 'FREE_TEXT',
      textTh: 'ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ',
      textEn: 'Suggestions to improve the service',
      required: false,
    },
  ],
};

export function satisfactionSurvey(args: {
  opensAt: Date | string;
  closesAt: Date | string;
  titleTh?: string | null;
  eligibility?: SurveyEligibility | null;
}) {
  return surveyInput(
    {
      ...SATISFACTION_TEMPLATE,
      titleTh: args.titleTh ?? SATISFACTION_TEMPLATE.titleTh,
      titleEn: args.titleTh ? null : SATISFACTION_TEMPLATE.titleEn,
      opensAt: args.opensAt,
      closesAt: args.closesAt,
      eligibility: args.eligibility,
    },
    'SERVICE_SATISFACTION',
  );
}
