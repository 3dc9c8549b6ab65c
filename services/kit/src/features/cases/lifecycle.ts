import type { FeedbackStatus } from '../../db/entities.js';
import { PlatformError } from '../../errors.js';

/**
 * The case lifecycle: RECEIVED → ACKNOWLEDGED → IN_PROGRESS → ANSWERED → CLOSED,
 * and REJECTED (with a reason) from any status before an answer. A unit may answer
 * straight after acknowledging (a simple question needs no separate work step).
 */
export const CASE_TRANSITIONS: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  RECEIVED: ['ACKNOWLEDGED', 'REJECTED'],
  ACKNOWLEDGED: ['IN_PROGRESS', 'ANSWERED', 'REJECTED'],
  IN_PROGRESS: ['ANSWERED', 'REJECTED'],
  ANSWERED: ['CLOSED'],
  CLOSED: [],
  REJECTED: [],
};

export function canMove(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Refuses an illegal move with a stable code that names both statuses. */
export function assertMove(from: FeedbackStatus, to: FeedbackStatus): void {
  if (!canMove(from, to)) throw new PlatformError('ILLEGAL_STATUS_MOVE', { from, to }, 'status');
}

/** A case can change hands while the unit has not answered it yet. */
export function assertTransferable(status: FeedbackStatus): void {
  if (!['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS'].includes(status)) {
    throw new PlatformError('CASE_NOT_TRANSFERABLE', { status }, 'id');
  }
}
