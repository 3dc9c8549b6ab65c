import type { ParticipationLevel } from '../gql/graphql';
import { SERVICE_PATHS } from '../pages/unit-services/service-links';

/**
 * The office's founding announcement (15 March B.E. 2561): the Thai text as published, beside the
 * working English rendering (shared/mission/announcement-th.txt and announcement-en.md), and for
 * each of its five measures the pages where the units do it. The page (AnnouncementPage) only lays
 * this out; the words live here, Thai and English side by side.
 */
export interface Bilingual<T = string> {
  th: T;
  en: T;
}

/** The nine units as the announcement names them (unit 1 with its standard name; see TYPO_NOTE). */
export const ANNOUNCED_UNITS: readonly { code: string; name: Bilingual }[] = [
  { code: 'ADMIN', name: { th: 'กลุ่มอำนวยการ', en: 'Administration' } },
  { code: 'POLICY', name: { th: 'กลุ่มนโยบายและแผน', en: 'Policy and Planning' } },
  {
    code: 'DLICT',
    name: { th: 'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร', en: 'Distance Education, ICT and Communication Promotion' },
  },
  { code: 'FINANCE', name: { th: 'กลุ่มบริหารการเงินและสินทรัพย์', en: 'Finance and Asset Management' } },
  { code: 'PERSONNEL', name: { th: 'กลุ่มบริหารงานบุคคล', en: 'Personnel Management' } },
  { code: 'TEACHER_DEV', name: { th: 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา', en: 'Teacher and Education Personnel Development' } },
  {
    code: 'SUPERVISION',
    name: { th: 'กลุ่มนิเทศ ติดตาม และประเมินผลการจัดการศึกษา', en: 'Educational Supervision, Monitoring and Evaluation' },
  },
  { code: 'PROMOTION', name: { th: 'กลุ่มส่งเสริมการจัดการศึกษา', en: 'Education Promotion' } },
  { code: 'AUDIT', name: { th: 'หน่วยตรวจสอบภายใน', en: 'Internal Audit Unit' } },
];

/** A page of the portal where a measure is done (only addresses in routes.tsx). */
export interface MeasurePage {
  to: string;
  label: Bilingual;
  /** The unit whose page it is; none for the office's shared pages. */
  unit?: string;
}

export interface Measure {
  level: ParticipationLevel;
  /** The measure's number as the announcement prints it (Thai digits) and in Arabic digits. */
  number: Bilingual;
  /** The IAP2 name of the level. */
  name: Bilingual;
  /** The measure's own words: Thai as published, English as rendered. */
  text: Bilingual;
  /** Where it happens beyond the unit pages filtered to its level. */
  pages: readonly MeasurePage[];
  /** What the unit pages show for it besides the activities, when anything. */
  hint?: Bilingual;
}

export const MEASURES: readonly Measure[] = [
  {
    level: 'INFORM',
    number: { th: '๑', en: '1' },
    name: { th: 'ให้ข้อมูลข่าวสาร', en: 'Inform' },
    text: {
      th: 'ให้ข้อมูลข่าวสารแก่ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียเกี่ยวกับกิจกรรมต่าง ๆ ของหน่วยงาน โดยต้องนำเสนอข้อมูลที่เป็นจริง ถูกต้อง ทันสมัย และผู้รับบริการสามารถเข้าถึงได้',
      en: "Give service recipients and stakeholders information about the office's activities. The information must be true, correct, up to date, and reachable by those it serves.",
    },
    pages: [
      { to: '/news', label: { th: 'ข่าวสารจากทุกหน่วยงาน', en: 'News from every unit' } },
      {
        to: SERVICE_PATHS.disclosures,
        unit: 'FINANCE',
        label: { th: 'การเปิดเผยข้อมูลการเงินและพัสดุ', en: 'Finance and procurement disclosures' },
      },
      { to: SERVICE_PATHS.personnelOrders, unit: 'PERSONNEL', label: { th: 'คำสั่งด้านบุคลากร', en: 'Personnel orders' } },
      { to: SERVICE_PATHS.auditPlan, unit: 'AUDIT', label: { th: 'แผนการตรวจสอบภายใน', en: 'Internal audit plan' } },
      { to: '/evidence', label: { th: 'ชุดหลักฐาน ITA', en: 'ITA evidence pack' } },
    ],
  },
  {
    level: 'CONSULT',
    number: { th: '๒', en: '2' },
    name: { th: 'รับฟังความคิดเห็น', en: 'Consult' },
    text: {
      th: 'เปิดโอกาสให้ผู้มีส่วนได้ส่วนเสียแสดงความคิดเห็นเกี่ยวกับการดำเนินการ/การปฏิบัติงานของหน่วยงานอย่างอิสระและเป็นระบบ โดยจัดให้มีกระบวนการรับฟังความคิดเห็น การปรึกษาหารือ ทั้งเป็นทางการและไม่เป็นทางการ และนำข้อเสนอแนะ ความคิดเห็น ของผู้มีส่วนได้ส่วนเสียประกอบการปรับปรุงนโยบาย การตัดสินใจ และการพัฒนาวิธีการปฏิบัติงานในหน่วยงาน',
      en: "Let stakeholders express opinions on the office's operations freely and systematically: hold processes for hearing opinions and for consultation, formal and informal, and use their suggestions and opinions to improve policy, decisions and ways of working.",
    },
    hint: {
      th: 'การรับฟังความคิดเห็นและแบบสำรวจที่เปิดอยู่ และ “ท่านเสนอ เราทำ” อยู่ในหน้าของแต่ละหน่วยงาน',
      en: 'Open consultations and surveys, and "you said, we did", are on each unit\'s page.',
    },
    pages: [
      { to: '/feedback', label: { th: 'แสดงความคิดเห็น / ร้องเรียน', en: 'Feedback / complaint' } },
      {
        to: SERVICE_PATHS.trainings,
        unit: 'TEACHER_DEV',
        label: { th: 'การประเมินการอบรมและการสำรวจความต้องการ', en: 'Training evaluations and the needs survey' },
      },
      {
        to: SERVICE_PATHS.rateVisit,
        unit: 'SUPERVISION',
        label: { th: 'โรงเรียนประเมินการนิเทศ', en: 'A school rates its supervision visit' },
      },
    ],
  },
  {
    level: 'INVOLVE',
    number: { th: '๓', en: '3' },
    name: { th: 'ร่วมกำหนดนโยบายและวางแผน', en: 'Involve' },
    text: {
      th: 'เปิดโอกาสให้ประชาชนเข้ามามีส่วนร่วมหรือเกี่ยวข้องในกระบวนการกำหนดนโยบาย การวางแผนงานโครงการ และวิธีการทำงาน โดยเจ้าหน้าที่จัดระบบอำนวยความสะดวก ยอมรับการเสนอแนะและการตัดสินใจร่วมกับภาคประชาชน',
      en: 'Let the public take part in, or be involved in, setting policy, planning projects and designing ways of working; staff arrange facilitation, accept suggestions and decide together with the public.',
    },
    hint: {
      th: 'ร่างที่เปิดรับข้อเสนอและการลงมติอยู่ในหน้าของแต่ละหน่วยงาน',
      en: "Drafts open for suggestions and votes are on each unit's page.",
    },
    pages: [
      {
        to: SERVICE_PATHS.actionPlan,
        unit: 'POLICY',
        label: { th: 'แผนปฏิบัติการประจำปี: ร่างและการลงมติจัดลำดับ', en: 'The annual action plan: its draft and priority vote' },
      },
    ],
  },
  {
    level: 'COLLABORATE',
    number: { th: '๔', en: '4' },
    name: { th: 'ภาคีเครือข่ายความร่วมมือ', en: 'Collaborate' },
    text: {
      th: 'เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียเป็นภาคีเครือข่ายในการดำเนินกิจกรรมของสำนักงานเขตพื้นที่การศึกษาตามความเหมาะสม',
      en: "Let service recipients and stakeholders become network partners (ภาคีเครือข่าย) in the office's activities, as suits each.",
    },
    pages: [
      {
        to: SERVICE_PATHS.scholarships,
        unit: 'PROMOTION',
        label: { th: 'ภาคีเครือข่ายทุนการศึกษาและสนับสนุนนักเรียน', en: 'Scholarship and student-support partners' },
      },
    ],
  },
  {
    level: 'EMPOWER',
    number: { th: '๕', en: '5' },
    name: { th: 'เสริมอำนาจให้ดำเนินการเอง', en: 'Empower' },
    text: {
      th: 'เปิดโอกาสให้ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียมีบทบาทเต็มในการตัดสินใจ การบริหารงาน และการดำเนินกิจกรรมใดๆ เน้นให้ผู้รับบริการหรือผู้มีส่วนได้เสียเป็นผู้ดำเนินการกิจและสำนักงานเขตพื้นที่การศึกษา มีหน้าที่ในการส่งเสริมสนับสนุน',
      en: "Let service recipients and stakeholders take full roles in decision-making, administration and any activity: they run the activity, and the office's duty is to promote and support them.",
    },
    pages: [],
  },
];

/** The announcement as a whole: heading, preamble, the units, the measures (MEASURES), and its close. */
export const ANNOUNCEMENT = {
  /** Lines of the heading; the first is the page's heading for that language's text. */
  heading: {
    th: [
      'ประกาศสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๘',
      'เรื่อง มาตรการ กลไกการมีส่วนร่วมของผู้รับบริการหรือผู้มีส่วนได้ส่วนเสีย',
      'ของสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๘',
    ],
    en: [
      'Announcement of the Secondary Educational Service Area Office 28',
      'Subject: Measures and mechanisms for the participation of service recipients and stakeholders',
    ],
  } satisfies Bilingual<readonly string[]>,
  preamble: {
    th: 'ตามเจตนารมณ์ของแนวทางการบริหารงานแบบมีส่วนร่วมของสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๘ กำหนดให้ส่วนราชการต้องคำนึงถึงความรับผิดชอบของผู้ปฏิบัติงาน การมีส่วนร่วมของประชาชน การเปิดเผยข้อมูลติดตามตรวจสอบและประเมินผลการปฏิบัติงานตามความเหมาะสมของภารกิจ นั้น',
    en: 'Following the participatory-management approach of the office, government agencies must take into account the accountability of those who do the work, public participation, disclosure of information, and the monitoring, auditing and evaluation of performance as suits each mission.',
  } satisfies Bilingual,
  /** The Thai lists the units inside its sentence (as printed, unit 1 included); the English lists them after. */
  units: {
    th: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา เขต ๒๘ จึงกำหนดมาตรการเพื่อสร้างการมีส่วนร่วมของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ตามภารกิจหรือลักษณะงาน ดังนี้ ๑) กลุ่มอำนาจการ ๒) กลุ่มนโยบายและแผน ๓) กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร ๔) กลุ่มบริหารการเงินและสินทรัพย์ ๕) กลุ่มบริหารงานบุคคล ๖) กลุ่มพัฒนาครูและบุคลากรทางการศึกษา ๗) กลุ่มนิเทศ ติดตาม และประเมินผลการจัดการศึกษา ๘) กลุ่มส่งเสริมการจัดการศึกษา ๙) หน่วยตรวจสอบภายใน',
    en: 'The office therefore sets measures to build the participation of service recipients and stakeholders, by mission and kind of work, in these nine units:',
  } satisfies Bilingual,
  howIntro: {
    th: 'วิธีการดำเนินการ เพื่อถือปฏิบัติและดำเนินการ ดังนี้',
    en: 'How they shall act:',
  } satisfies Bilingual,
  closing: {
    th: 'จึงประกาศให้ทราบโดยทั่วกัน',
    en: 'Announced for all to know.',
  } satisfies Bilingual,
  dated: {
    th: 'ประกาศ ณ วันที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๑',
    en: 'Given on 15 March B.E. 2561 (2018).',
  } satisfies Bilingual,
  /** The signer's name stays in Thai in both texts. */
  signer: '(นายภัทศาสน์ มาสกุล)',
  signerTitle: {
    th: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเขต ๒๘',
    en: 'Director of the Secondary Educational Service Area Office 28',
  } satisfies Bilingual,
  /** The IAP2 correspondence, said once under the English measures. */
  iap2: {
    th: 'มาตรการทั้ง ๕ ข้อตรงกับระดับการมีส่วนร่วมของ IAP2 ข้อต่อข้อ: INFORM, CONSULT, INVOLVE, COLLABORATE, EMPOWER',
    en: 'These five measures are, one for one, the IAP2 Spectrum of Public Participation: INFORM, CONSULT, INVOLVE, COLLABORATE, EMPOWER.',
  } satisfies Bilingual,
} as const;

/** The known misprint in the published Thai text, kept as printed and explained beside it. */
export const TYPO_NOTE: Bilingual = {
  th: 'หมายเหตุ: ต้นฉบับพิมพ์ชื่อหน่วยงานที่ ๑ ว่า “กลุ่มอำนาจการ” ซึ่งพิมพ์ผิดจาก “กลุ่มอำนวยการ” ชื่อมาตรฐานของกลุ่มงานนี้ในสำนักงานเขตพื้นที่การศึกษาทุกแห่ง ข้อความข้างต้นคงไว้ตามที่เผยแพร่',
  en: 'Note: the Thai original prints unit 1 as “กลุ่มอำนาจการ”, a typo for กลุ่มอำนวยการ (Administration), the standard name of the administration group in every Thai educational service area office. The Thai text above keeps it as published.',
};
