import { isLate, pageRequest, personKey, selectedPaths, type UnitServices } from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { FrontDoor } from './front-door.js';
import { officeStats, participantsWanted } from './office-stats.js';
import { PRIVACY_NOTICE } from './privacy-notice.js';

const doors = new WeakMap<UnitServices['dataSource'], FrontDoor>();

/** One front door per running server (the server's services are its identity). */
export function frontDoorOf(services: UnitServices): FrontDoor {
  let door = doors.get(services.dataSource);
  if (!door) {
    door = new FrontDoor(services);
    doors.set(services.dataSource, door);
  }
  return door;
}

export const frontDoorResolvers = {
  Query: {
    followCase: (_root, { code }, ctx) => frontDoorOf(ctx).follow(code),
    publicAnswers: async (_root, { first }, ctx) => {
      const size = pageRequest(first, null).first;
      // Listed for everyone: without their codes (a code is its submitter's reference).
      return (await frontDoorOf(ctx).repo.publicAnswers(size)).map((row) => ({ ...row, listed: true }));
    },
    privacyNotice: () => PRIVACY_NOTICE,
    officeStats: (_root, { fiscalYear }, ctx, info) => officeStats(fiscalYear, ctx, participantsWanted(selectedPaths(info))),
    myCaseData: (_root, proof, ctx) => frontDoorOf(ctx).myData(proof, ctx),
    // @access signed-in: the person has a subject, so a key.
    myCases: (_root, { first }, ctx) => frontDoorOf(ctx).myCases(personKey(ctx)!, first ?? 50),
    caseContact: (_root, { code }, ctx) => frontDoorOf(ctx).contactForStaff(code, ctx),
    caseNotices: (_root, { code }, ctx) => frontDoorOf(ctx).noticesForStaff(code, ctx),
    undeliveredNotices: (_root, { unitCode }, ctx) => frontDoorOf(ctx).undeliveredForStaff(unitCode, ctx),
  },
  Mutation: {
    submitFeedback: (_root, { input, idempotencyKey }, ctx) => frontDoorOf(ctx).submit(input, idempotencyKey, ctx.identity, personKey(ctx)),
    eraseMyCase: (_root, proof, ctx) => frontDoorOf(ctx).erase(proof, ctx),
    setCaseNotices: (_root, { notifyBy, ...proof }, ctx) => frontDoorOf(ctx).setNotices(proof, notifyBy, ctx),
    setStaffReminders: (_root, { token, on }, ctx) => frontDoorOf(ctx).reminders.setReminders(token, on),
  },
  SubmissionReceipt: {
    unit: (receipt) => ({ code: receipt.unitCode }),
  },
  MyCaseData: {
    case: (data) => data.tracking,
  },
  CaseTracking: {
    code: (row) => (row.listed ? null : row.caseCode),
    unit: (row) => ({ code: row.unitCode }),
    public: (row) => row.isPublic,
    late: (row) => isLate(row),
    history: (row) => row.history,
  },
  TrackedStep: {
    unit: (step) => ({ code: step.unitCode }),
    status: (step) => step.toStatus,
  },
} satisfies Resolvers;
