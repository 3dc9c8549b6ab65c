import { describe, expect, it } from 'vitest';
import { LIMITS, textLength } from '@sesao28/kit';
import {
  MAX_PRIORITY_BAHT,
  PLAN_SUMMARY_MAX,
  PRIORITY_COUNT,
  PRIORITY_DESCRIPTION_MAX,
  PRIORITY_TITLE_MAX,
} from '../src/action-plans/plan-rules.js';
import { adoptedText, draftText, voteQuestion } from '../src/action-plans/plan-text.js';

const longest = Array.from({ length: PRIORITY_COUNT.max }, (_, i) => ({
  titleTh: `${i}`.padEnd(PRIORITY_TITLE_MAX, 'ก'),
  descriptionTh: 'ข'.repeat(PRIORITY_DESCRIPTION_MAX),
  budgetBaht: MAX_PRIORITY_BAHT,
}));

describe('action plan texts', () => {
  it("lists every priority with its budget and the total, in the plan's order", () => {
    const text = draftText('สรุปแผน', [
      { titleTh: 'พัฒนาคุณภาพผู้เรียน', descriptionTh: 'ยกระดับผลสัมฤทธิ์', budgetBaht: 1500000.5 },
      { titleTh: 'ลดความเหลื่อมล้ำ', descriptionTh: 'ทุนการศึกษา', budgetBaht: 0.1 },
    ]);
    expect(text).toBe(
      'สรุปแผน\n\nลำดับความสำคัญและงบประมาณ\n1. พัฒนาคุณภาพผู้เรียน — 1,500,000.50 บาท\n   ยกระดับผลสัมฤทธิ์\n' +
        '2. ลดความเหลื่อมล้ำ — 0.10 บาท\n   ทุนการศึกษา\n\nรวมงบประมาณ 1,500,000.60 บาท',
    );
  });

  it('orders the adopted text by the ranking, with the votes', () => {
    const a = { titleTh: 'ก', descriptionTh: 'คำอธิบาย ก', budgetBaht: 10 };
    const b = { titleTh: 'ข', descriptionTh: 'คำอธิบาย ข', budgetBaht: 20 };
    expect(
      adoptedText('สรุป', [
        { priority: b, votes: 1200 },
        { priority: a, votes: 3 },
      ]),
    ).toContain('1. ข — 20.00 บาท (1,200 คะแนน)\n   คำอธิบาย ข\n2. ก — 10.00 บาท (3 คะแนน)');
  });

  it("keeps the longest plan within a draft's text limit, and the vote question within its own", () => {
    const summary = 'ค'.repeat(PLAN_SUMMARY_MAX);
    expect(textLength(draftText(summary, longest))).toBeLessThanOrEqual(LIMITS.document);
    const ranking = longest.map((priority) => ({ priority, votes: 999_999 }));
    expect(textLength(adoptedText(summary, ranking))).toBeLessThanOrEqual(LIMITS.document);
    expect(textLength(voteQuestion('ง'.repeat(LIMITS.title)))).toBeLessThanOrEqual(LIMITS.question);
  });
});
