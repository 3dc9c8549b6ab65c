import { describe, expect, it } from 'vitest';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../db/entities.js';
import { assertMove, assertTransferable, canMove } from './lifecycle.js';

const legal: [FeedbackStatus, FeedbackStatus][] = [
  ['RECEIVED', 'ACKNOWLEDGED'],
  ['RECEIVED', 'REJECTED'],
  ['ACKNOWLEDGED', 'IN_PROGRESS'],
  ['ACKNOWLEDGED', 'ANSWERED'],
  ['ACKNOWLEDGED', 'REJECTED'],
  ['IN_PROGRESS', 'ANSWERED'],
  ['IN_PROGRESS', 'REJECTED'],
  ['ANSWERED', 'CLOSED'],
];

describe('case lifecycle', () => {
  it('allows exactly the documented moves', () => {
    const allowed = FEEDBACK_STATUSES.flatMap((from) => FEEDBACK_STATUSES.filter((to) => canMove(from, to)).map((to) => [from, to]));
    expect(allowed).toEqual(legal);
  });

  it('refuses an illegal move with a code naming both statuses', () => {
    try {
      assertMove('RECEIVED', 'CLOSED');
      expect.unreachable();
    } catch (error) {
      const e = error as { extensions: Record<string, string> };
      expect(e.extensions.code).toBe('ILLEGAL_STATUS_MOVE');
      expect(e.extensions.messageEn).toContain('RECEIVED');
      expect(e.extensions.messageTh).toContain('CLOSED');
    }
  });

  it('lets only waiting cases change hands', () => {
    expect(() => assertTransferable('IN_PROGRESS')).not.toThrow();
    expect(() => assertTransferable('ANSWERED')).toThrow(/no longer be transferred/);
  });
});
