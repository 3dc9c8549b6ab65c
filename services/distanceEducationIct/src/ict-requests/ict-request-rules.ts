/** The help desk's categories, statuses and moves, stated once (the migration checks the same). */
export const ICT_CATEGORIES = ['NETWORK', 'HARDWARE', 'SOFTWARE', 'ACCOUNT', 'DLTV', 'OTHER'] as const;
export type IctCategory = (typeof ICT_CATEGORIES)[number];

export const ICT_STATUSES = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type IctRequestStatus = (typeof ICT_STATUSES)[number];

/** Codes the school keeps, e.g. "ICT-7Q4M-9XTA-K2PD". */
export const ICT_CODE_PREFIX = 'ICT';

/** The Ministry's school code: ten digits. */
export const SCHOOL_CODE = /^\d{10}$/;

/** Where a request may go next; IN_PROGRESS again adds a progress note; CLOSED is the end. */
export const ICT_MOVES: Record<IctRequestStatus, readonly IctRequestStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  IN_PROGRESS: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};
