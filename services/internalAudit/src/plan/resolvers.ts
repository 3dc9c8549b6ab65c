import { fiscalYearRange, perServer } from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { planInput } from './plan-input.js';
import { PlanRepository } from './plan-repository.js';

const plansOf = perServer((s) => new PlanRepository(s.dataSource, s.unit.schemaName));

export const planResolvers = {
  InternalAuditUnit: {
    auditPlan: async (_unit, { fiscalYear }, ctx) => {
      fiscalYearRange(fiscalYear);
      return (await plansOf(ctx).get(fiscalYear)) ?? null;
    },
  },
  InternalAuditMutations: {
    // One plan per fiscal year: the first publishing creates it and its activity, any later one
    // rewords the activity and replaces the topics, all in one transaction.
    publishAuditPlan: (_m, { input }, ctx) => {
      const { fiscalYear, items, activity } = planInput(input);
      const plans = plansOf(ctx);
      return ctx.dataSource.transaction(async (manager) => {
        await plans.lockYear(fiscalYear, manager);
        const existing = await plans.get(fiscalYear, manager);
        if (existing) await ctx.repos.activities.reviseText(existing.activityId, activity, manager);
        else await plans.insertPlan(fiscalYear, (await ctx.repos.activities.create(activity, manager)).id, manager);
        await plans.replaceItems(fiscalYear, items, manager);
        return (await plans.get(fiscalYear, manager))!;
      });
    },
  },
  AuditPlan: {
    activity: async (row, _args, ctx) => (await ctx.loaders.activityById.load(row.activityId))!,
  },
} satisfies Resolvers;
