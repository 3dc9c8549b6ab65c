import { bangkokToday } from '../../calendar-dates.js';
import { LIMITS, requireText } from '../../text.js';
import { delegationInput, isReviewDue, nextReview } from './delegation-input.js';
import { PlatformError } from '../../errors.js';
import type { DelegationConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import { checkedId } from '../consultations/resolvers.js';
import type { KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';
import { checkPartner } from '../partners/resolvers.js';

/** The partner's role on the activity of a decision delegated to it. */
const DELEGATE_ROLE = 'ผู้รับมอบอำนาจการตัดสินใจ';

export const delegationUnitFields: Pick<TemplateUnitResolvers, 'delegations' | 'delegation'> = {
  delegations: async (_unit, args, ctx): Promise<DelegationConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const dueOnly = args.dueOnly ?? false;
    const today = bangkokToday();
    const rows = await ctx.repos.delegations.page(dueOnly, today, page);
    return {
      ...toConnection(rows, page.first, (row) => row.createdAt),
      totalCount: () => ctx.repos.delegations.count(dueOnly, today),
    };
  },
  delegation: (_unit, { id }, ctx) => ctx.loaders.empower.delegationById.load(checkedId(id)),
};

export const delegationMutations: Pick<TemplateMutationsResolvers, 'delegateDecision' | 'reviewDelegation'> = {
  delegateDecision: async (_m, { input }, ctx) => {
    const { delegation, activity } = delegationInput(input);
    if (delegation.partnerId) await checkPartner(delegation.partnerId, ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const created = await ctx.repos.activities.create(activity, manager);
      if (delegation.partnerId) await ctx.repos.partnerLinks.link(created.id, delegation.partnerId, DELEGATE_ROLE, manager);
      return ctx.repos.delegations.insert(delegation, created.id, manager);
    });
  },
  reviewDelegation: async (_m, { id, outcome, noteTh, nextReviewOn }, ctx) => {
    const note = requireText(noteTh, 'noteTh', LIMITS.note);
    const current = await ctx.repos.delegations.get(id);
    const next = nextReview(outcome, nextReviewOn, bangkokToday(), current.startsOn);
    return ctx.dataSource.transaction(async (manager) => {
      const row = await ctx.repos.delegations.get(id, manager);
      if (row.status === 'REVOKED') throw new PlatformError('DELEGATION_REVOKED', {}, 'id');
      if (outcome === 'REVOKE') await ctx.repos.activities.closeIfOpen(row.activityId, manager);
      return ctx.repos.delegations.review(row.id, outcome, note, next, manager);
    });
  },
};

export const delegationValueTypes: Pick<KitResolvers, 'Delegation' | 'DelegationConnection'> = {
  Delegation: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    partner: (row) => (row.partnerId ? { id: row.partnerId } : null),
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
    reviewDue: (row) => isReviewDue(row, bangkokToday()),
    reviews: (row, _args, ctx) => ctx.loaders.empower.reviews.load(row.id),
  },
  DelegationConnection: { totalCount: (connection) => connection.totalCount() },
};
