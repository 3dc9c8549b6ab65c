import { activityDraft, fiscalYearRange, LIMITS, PlatformError, requireText, type ActivityDraft } from '@sesao28/kit';
import type { ScholarshipPartnershipInput } from '../__generated__/resolvers-types.js';
import { fail } from '../messages.js';
import type { NewPartnership, PartnershipKind } from './partnership-repository.js';

const MAX_SCHOOLS = 50;
const MAX_AMOUNT = 1_000_000_000;
const MAX_STUDENTS = 1_000_000;

/** The partner's role on the activity, by kind of support. */
export const ROLE_TH: Record<PartnershipKind, string> = {
  SCHOLARSHIP: 'ผู้ให้ทุนการศึกษา',
  LUNCH: 'ผู้สนับสนุนอาหารกลางวัน',
  EQUIPMENT: 'ผู้สนับสนุนอุปกรณ์การเรียน',
  TRANSPORT: 'ผู้สนับสนุนการเดินทางของนักเรียน',
  MENTORING: 'พี่เลี้ยงและที่ปรึกษานักเรียน',
};

function amountOf(value: number | null | undefined): number | null {
  if (value == null) return null;
  const ok = Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
  if (!ok) throw fail('INVALID_AMOUNT', {}, 'amountBaht');
  return value;
}

/** Checks a partnership and words its COLLABORATE activity; nothing is written when any part is wrong. */
export function partnershipInput(input: ScholarshipPartnershipInput): { partnership: NewPartnership; activity: ActivityDraft } {
  const { from } = fiscalYearRange(input.fiscalYear);
  if (!Number.isInteger(input.studentsSupported) || input.studentsSupported < 0 || input.studentsSupported > MAX_STUDENTS) {
    throw fail('INVALID_STUDENT_COUNT', {}, 'studentsSupported');
  }
  const schools = input.schoolsTh ?? [];
  if (schools.length > MAX_SCHOOLS) throw new PlatformError('TOO_MANY_ITEMS', { max: MAX_SCHOOLS }, 'schoolsTh');
  const partnership: NewPartnership = {
    partnerId: input.partnerId.toLowerCase(),
    titleTh: requireText(input.titleTh, 'titleTh', LIMITS.title),
    kind: input.kind,
    fiscalYear: input.fiscalYear,
    amountBaht: amountOf(input.amountBaht),
    studentsSupported: input.studentsSupported,
    schoolsTh: schools.map((name, i) => requireText(name, `schoolsTh.${i}`, LIMITS.place)),
  };
  const lines = [
    `${ROLE_TH[partnership.kind]} ปีงบประมาณ ${partnership.fiscalYear}`,
    `นักเรียนที่ได้รับการสนับสนุน ${partnership.studentsSupported} คน`,
    partnership.amountBaht == null ? null : `มูลค่า ${partnership.amountBaht.toLocaleString('th-TH')} บาท`,
    partnership.schoolsTh.length ? `โรงเรียน: ${partnership.schoolsTh.join(', ')}` : null,
  ];
  const activity = activityDraft({
    level: 'COLLABORATE',
    titleTh: partnership.titleTh,
    bodyTh: lines.filter(Boolean).join('\n'),
    startsAt: from,
  });
  return { partnership, activity };
}
