import { describe, expect, it } from 'vitest';
import { bangkokDate, dueAfterWorkingDays, isLate, isWorkingDay, remindBefore } from './working-days.js';

/** A moment given in Bangkok time. */
const bkk = (local: string) => new Date(`${local}+07:00`);

describe('working days as Thai offices count them', () => {
  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-04-10')).toBe(true); // Friday
    expect(isWorkingDay('2026-04-11')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-13')).toBe(false); // Songkran
    expect(isWorkingDay('2026-12-10')).toBe(false); // Constitution Day
  });

  it('does not count the day of receipt and is due at the end of the last working day', () => {
    // Received Friday afternoon: Mon, Tue, Wed are the three working days.
    expect(dueAfterWorkingDays(bkk('2026-01-09T15:00:00'), 3)).toEqual(bkk('2026-01-14T23:59:59.999'));
  });

  it('uses the Bangkok date, not the UTC one', () => {
    // 23:30 on Monday in Bangkok is still Monday there (16:30 UTC); 00:30 Tuesday in Bangkok is Monday in UTC.
    expect(bangkokDate(bkk('2026-01-12T23:30:00'))).toBe('2026-01-12');
    expect(bangkokDate(bkk('2026-01-13T00:30:00'))).toBe('2026-01-13');
    expect(dueAfterWorkingDays(bkk('2026-01-13T00:30:00'), 1)).toEqual(bkk('2026-01-14T23:59:59.999'));
  });

  it('reminds staff at the start of the office day two working days before the due day', () => {
    // Due Wednesday night: Monday 08:30.
    expect(remindBefore(bkk('2026-01-14T23:59:59.999'), 2)).toEqual(bkk('2026-01-12T08:30:00'));
    // Due Tuesday night: the weekend does not count, so the Friday before.
    expect(remindBefore(bkk('2026-01-13T23:59:59.999'), 2)).toEqual(bkk('2026-01-09T08:30:00'));
    // Due Friday 17 April 2026: Thu 16, then back over Songkran (13–15) to Fri 10.
    expect(remindBefore(bkk('2026-04-17T23:59:59.999'), 2)).toEqual(bkk('2026-04-10T08:30:00'));
  });

  it('stops the clock over Songkran', () => {
    // Received Thursday 9 April 2026: Fri 10, then Mon 13–Wed 15 are holidays, Thu 16, Fri 17.
    expect(dueAfterWorkingDays(bkk('2026-04-09T10:00:00'), 3)).toEqual(bkk('2026-04-17T23:59:59.999'));
  });

  it('calls a case late when answered after its due moment or still waiting past it', () => {
    const due = bkk('2026-01-14T23:59:59.999');
    const now = bkk('2026-01-20T12:00:00');
    expect(isLate({ status: 'ANSWERED', answeredAt: bkk('2026-01-14T20:00:00'), dueAnswerAt: due }, now)).toBe(false);
    expect(isLate({ status: 'ANSWERED', answeredAt: bkk('2026-01-15T08:00:00'), dueAnswerAt: due }, now)).toBe(true);
    expect(isLate({ status: 'IN_PROGRESS', answeredAt: null, dueAnswerAt: due }, now)).toBe(true);
    expect(isLate({ status: 'IN_PROGRESS', answeredAt: null, dueAnswerAt: due }, bkk('2026-01-13T00:00:00'))).toBe(false);
    expect(isLate({ status: 'REJECTED', answeredAt: null, dueAnswerAt: due }, now)).toBe(false);
    expect(isLate({ status: 'RECEIVED', answeredAt: null, dueAnswerAt: null }, now)).toBe(false);
  });
});
