/** The words of a plan as people read them: in its draft for comments, and as adopted. */

export interface PriorityText {
  titleTh: string;
  descriptionTh: string;
  budgetBaht: number;
}

const baht = (amount: number) => amount.toLocaleString('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Summed in whole satang, so twenty amounts add up exactly. */
const totalBaht = (priorities: readonly PriorityText[]) => priorities.reduce((sum, p) => sum + Math.round(p.budgetBaht * 100), 0) / 100;

const listed = (priorities: readonly PriorityText[], note: (i: number) => string = () => '') =>
  priorities.map((p, i) => `${i + 1}. ${p.titleTh} — ${baht(p.budgetBaht)} บาท${note(i)}\n   ${p.descriptionTh}`).join('\n');

/** The draft people comment on: the summary, then every priority with its budget, in the plan's order. */
export function draftText(summaryTh: string, priorities: readonly PriorityText[]): string {
  return `${summaryTh}\n\nลำดับความสำคัญและงบประมาณ\n${listed(priorities)}\n\nรวมงบประมาณ ${baht(totalBaht(priorities))} บาท`;
}

/** The adopted plan: the summary, then the priorities in their final order, with the votes each received. */
export function adoptedText(summaryTh: string, ranking: readonly { priority: PriorityText; votes: number }[]): string {
  const priorities = ranking.map((r) => r.priority);
  const ranked = listed(priorities, (i) => ` (${ranking[i]!.votes.toLocaleString('th-TH')} คะแนน)`);
  return `${summaryTh}\n\nลำดับความสำคัญตามผลการลงคะแนน\n${ranked}\n\nรวมงบประมาณ ${baht(totalBaht(priorities))} บาท`;
}

/** The priority vote's question, naming the plan. */
export const voteQuestion = (planTitleTh: string) => `${planTitleTh}: ท่านเห็นว่าเรื่องใดควรได้รับความสำคัญและงบประมาณเป็นลำดับแรก`;

/** The priority vote's title (a plan's own title may already use all 300 characters). */
export const voteTitle = (fiscalYear: number) => `จัดลำดับความสำคัญของงบประมาณ แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;

/** A plan as checked, ready to store. */
export interface NewPlan {
  fiscalYear: number;
  titleTh: string;
  summaryTh: string;
  priorities: PriorityText[];
  /** What staff sent, hashed: the same plan sent again is a retry, anything else for the year is refused. */
  inputHash: string;
}
