import { activityDraft, directoryEntry, fiscalYearRange, LIMITS, PlatformError, requireText, type ActivityDraft } from '@sesao28/kit';
import type { AuditPlanInput } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import type { PlanItem } from './plan-repository.js';

export const MAX_PLAN_ITEMS = 50;

/** Checks a plan (every topic) and words its INFORM activity; nothing is written when any part is wrong. */
export function planInput(input: AuditPlanInput): { fiscalYear: number; items: PlanItem[]; activity: ActivityDraft } {
  const { from } = fiscalYearRange(input.fiscalYear);
  if (input.items.length === 0) throw fail('AUDIT_PLAN_EMPTY', {}, 'items');
  if (input.items.length > MAX_PLAN_ITEMS) throw new PlatformError('TOO_MANY_ITEMS', { max: MAX_PLAN_ITEMS }, 'items');
  const items = input.items.map((item, i) => {
    const unitCode = item.unitCode.trim().toUpperCase();
    if (!directoryEntry(unitCode)) throw fail('UNKNOWN_UNIT_CODE', { unitCode: item.unitCode, item: i + 1 }, `items.${i}.unitCode`);
    if (!Number.isInteger(item.quarter) || item.quarter < 1 || item.quarter > 4) {
      throw fail('INVALID_QUARTER', { item: i + 1 }, `items.${i}.quarter`);
    }
    return { unitCode, topicTh: requireText(item.topicTh, `items.${i}.topicTh`, LIMITS.title), quarter: item.quarter };
  });
  const activity = activityDraft({
    level: 'INFORM',
    titleTh: `แผนการตรวจสอบภายใน ประจำปีงบประมาณ ${input.fiscalYear}`,
    bodyTh: planText(items),
    startsAt: from,
  });
  return { fiscalYear: input.fiscalYear, items, activity };
}

/** The plan as one text, for the activity everyone reads and searches. */
export const planText = (items: readonly PlanItem[]) =>
  [...items]
    .sort((a, b) => a.quarter - b.quarter)
    .map((i) => `ไตรมาส ${i.quarter}: ${i.unitCode} — ${i.topicTh}`)
    .join('\n');
