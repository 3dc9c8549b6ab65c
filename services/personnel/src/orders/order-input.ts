import { activityDraft, dateOnly, LIMITS, optionalText, PlatformError, requireText, type ActivityDraft } from '@sesao28/kit';
import type { PersonnelOrderInput } from '../__generated__/resolvers-types.js';
import type { NewOrder, OrderKind } from './order-repository.js';

const KIND_TH: Record<OrderKind, string> = {
  APPOINTMENT: 'แต่งตั้ง',
  TRANSFER: 'ย้าย',
  PROMOTION: 'เลื่อนตำแหน่ง',
  RETIREMENT: 'เกษียณอายุราชการ',
};

/** Checks an announcement and words its INFORM activity; nothing is written when any part is wrong. */
export function orderInput(input: PersonnelOrderInput): { order: NewOrder; activity: ActivityDraft } {
  const order: NewOrder = {
    kind: input.kind,
    orderNo: requireText(input.orderNo, 'orderNo', 50),
    orderDate: dateOnly(input.orderDate, 'orderDate'),
    personName: requireText(input.personName, 'personName', LIMITS.name),
    positionTh: requireText(input.positionTh, 'positionTh', LIMITS.title),
    fromSchool: optionalText(input.fromSchool, 'fromSchool', LIMITS.place),
    toSchool: optionalText(input.toSchool, 'toSchool', LIMITS.place),
    effectiveOn: dateOnly(input.effectiveOn, 'effectiveOn'),
  };
  if (order.effectiveOn < order.orderDate) throw new PlatformError('INVALID_DATE_RANGE', {}, 'effectiveOn');
  const moves = [order.fromSchool && `จาก ${order.fromSchool}`, order.toSchool && `ไป ${order.toSchool}`].filter(Boolean);
  const activity = activityDraft({
    level: 'INFORM',
    titleTh: `ประกาศคำสั่ง${KIND_TH[order.kind]}: ${order.personName}`,
    bodyTh: [
      `คำสั่งที่ ${order.orderNo} ลงวันที่ ${order.orderDate}`,
      `ตำแหน่ง ${order.positionTh}`,
      ...moves,
      `มีผลตั้งแต่ ${order.effectiveOn}`,
    ].join('\n'),
    // Midnight of the order date in Bangkok.
    startsAt: new Date(`${order.orderDate}T00:00:00+07:00`),
  });
  return { order, activity };
}
