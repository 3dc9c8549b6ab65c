import { participantKey, personKey } from '../activities/participants.js';
import { allows } from '../../auth/policy.js';
import { requireIdempotencyKey } from '../../text.js';
import {
  checkInitiativeMove,
  completionInput,
  declineReason,
  initiativeActivity,
  initiativeInput,
  supportInput,
} from './initiative-input.js';
import { PlatformError } from '../../errors.js';
import type { InitiativeConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import { checkedId } from '../consultations/resolvers.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';
import { checkPartner } from '../partners/resolvers.js';

/** The partner's role on the activity of an initiative it proposed. */
const PROPOSER_ROLE = 'ผู้เสนอและดำเนินกิจกรรม';

export const initiativeUnitFields: Pick<TemplateUnitResolvers, 'initiatives' | 'initiative'> = {
  initiatives: async (_unit, args, ctx): Promise<InitiativeConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const rows = await ctx.repos.initiatives.page(args.status, page);
    return {
      ...toConnection(rows, page.first, (row) => row.proposedAt),
      totalCount: () => ctx.repos.initiatives.count(args.status),
    };
  },
  initiative: (_unit, { id }, ctx) => ctx.loaders.empower.initiativeById.load(checkedId(id)),
};

type InitiativeMutations = 'proposeInitiative' | 'approveInitiative' | 'declineInitiative' | 'recordSupport' | 'completeInitiative';

/** A group proposes, the unit decides and supports, the group (or the unit) reports the result. */
export const initiativeMutations: Pick<TemplateMutationsResolvers, InitiativeMutations> = {
  proposeInitiative: async (_m, { input, idempotencyKey }, ctx) => {
    const key = requireIdempotencyKey(idempotencyKey);
    const values = initiativeInput(input);
    if (values.partnerId) await checkPartner(values.partnerId, ctx);
    return ctx.repos.initiatives.propose(values, participantKey(ctx, key), key);
  },
  // The activity, its first participant (the proposer) and its partner are written with the approval, or none is.
  approveInitiative: (_m, { id }, ctx) =>
    ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.initiatives.get(id, 'id', manager);
      checkInitiativeMove(row.status, 'APPROVED');
      const activity = await ctx.repos.activities.create(initiativeActivity(row), manager);
      await ctx.repos.participants.record(activity.id, row.proposerKey, manager);
      if (row.partnerId) await ctx.repos.partnerLinks.link(activity.id, row.partnerId, PROPOSER_ROLE, manager);
      return ctx.repos.initiatives.change(row.id, { status: 'APPROVED', activityId: activity.id }, manager);
    }),
  declineInitiative: (_m, { id, reasonTh }, ctx) => {
    const reason = declineReason(reasonTh);
    return ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.initiatives.get(id, 'id', manager);
      checkInitiativeMove(row.status, 'DECLINED');
      return ctx.repos.initiatives.change(row.id, { status: 'DECLINED', declineReasonTh: reason }, manager);
    });
  },
  recordSupport: (_m, { initiativeId, input }, ctx) => {
    const support = supportInput(input);
    return ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.initiatives.get(initiativeId, 'initiativeId', manager);
      if (row.status !== 'APPROVED') throw new PlatformError('INITIATIVE_NOT_APPROVED', { status: row.status }, 'initiativeId');
      await ctx.repos.initiatives.addSupport(row.id, support, manager);
      return row;
    });
  },
  completeInitiative: async (_m, { id, resultTh, participantsCount }, ctx) => {
    const current = await ctx.repos.initiatives.get(id);
    // The rule says "signed in"; here it narrows to the proposer or the unit's staff.
    const proposer = personKey(ctx) === current.proposerKey;
    if (!proposer && !allows(ctx.identity, ctx.unit, 'participation:manage')) {
      throw new PlatformError('FORBIDDEN', { unit: ctx.unit.code });
    }
    const result = completionInput(resultTh, participantsCount);
    return ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.initiatives.get(id, 'id', manager);
      checkInitiativeMove(row.status, 'COMPLETED');
      await ctx.repos.activities.closeIfOpen(row.activityId!, manager);
      return ctx.repos.initiatives.change(row.id, { status: 'COMPLETED', ...result }, manager);
    });
  },
};

export const initiativeValueTypes: Pick<KitResolvers, 'Initiative' | 'InitiativeConnection'> = {
  Initiative: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    partner: (row) => (row.partnerId ? { id: row.partnerId } : null),
    activity: (row, _args, ctx) => (row.activityId ? ctx.loaders.activityById.load(row.activityId) : null),
    supports: (row, _args, ctx) => ctx.loaders.empower.supports.load(row.id),
    supportCount: async (row, _args, ctx) => (await ctx.loaders.empower.supportTotals.load(row.id)).count,
    budgetTotalBaht: async (row, _args, ctx) => (await ctx.loaders.empower.supportTotals.load(row.id)).budgetBaht,
  },
  InitiativeConnection: { totalCount: (connection) => connection.totalCount() },
};
