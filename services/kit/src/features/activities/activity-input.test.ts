import { describe, expect, it } from 'vitest';
import { activityDraft } from './activity-input.js';
import { canMoveActivity } from './activity-status.js';

const base = { level: 'INFORM' as const, titleTh: ' ประชุมชี้แจง ', startsAt: '2026-01-10T09:00:00+07:00' };

describe('activityDraft', () => {
  it('trims the title and publishes by default', () => {
    const draft = activityDraft(base);
    expect(draft.titleTh).toBe('ประชุมชี้แจง');
    expect(draft.status).toBe('PUBLISHED');
    expect(draft.startsAt.toISOString()).toBe('2026-01-10T02:00:00.000Z');
  });

  it('refuses an end before the start and years far out of range', () => {
    expect(() => activityDraft({ ...base, endsAt: '2026-01-09T09:00:00+07:00' })).toThrow(/must not end before/);
    expect(() => activityDraft({ ...base, startsAt: '2569-01-10T09:00:00+07:00' })).toThrow(/between 2017 and 2057/);
  });

  it('refuses creating an activity already closed', () => {
    expect(() => activityDraft({ ...base, status: 'CLOSED' })).toThrow(/cannot move from DRAFT to CLOSED/);
  });
});

describe('canMoveActivity', () => {
  it('lets an open activity close but never reopen an archived one', () => {
    expect(canMoveActivity('OPEN', 'CLOSED')).toBe(true);
    expect(canMoveActivity('ARCHIVED', 'OPEN')).toBe(false);
    expect(canMoveActivity('CLOSED', 'OPEN')).toBe(false);
  });
});
