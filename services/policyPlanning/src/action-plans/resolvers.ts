import {
  checkedDecision,
  createDraft,
  createOnce,
  createVote,
  DataLoader,
  fiscalYearRange,
  pageRequest,
  perRequest,
  perServer,
  ranked,
  recordDecision,
  rowsGroupedBy,
  tally,
  toConnection,
  windowParams,
  type UnitContext,
} from '@sesao28/kit';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { fail } from './messages.js';
import { planInput } from './plan-input.js';
import { PlanRepository, planCursorAt, type PlanRow, type PriorityRankModel, type PriorityRow } from './plan-repository.js';
import { adoptedText } from './plan-text.js';

const plansOf = perServer((s) => new PlanRepository(s.dataSource));

const loadersOf = perRequest((ctx) => ({
  priorities: new DataLoader<string, PriorityRow[]>(async (ids) =>
    rowsGroupedBy(ids, await plansOf(ctx).prioritiesOf(ids), (row) => row.planId),
  ),
}));

/**
 * The closed priority vote's result (the kit's tally) mapped back to the plan's priorities,
 * most votes first; null while the vote has not closed, for everyone, as the vote's own results.
 */
async function rankingOf(plan: PlanRow, ctx: UnitContext): Promise<PriorityRankModel[] | null> {
  const vote = await ctx.loaders.empower.voteById.load(plan.voteId);
  if (vote?.status !== 'CLOSED') return null;
  const [options, counts, priorities] = await Promise.all([
    ctx.loaders.empower.voteOptions.load(vote.id),
    ctx.loaders.empower.closedVoteCounts.load(vote.id),
    loadersOf(ctx).priorities.load(plan.id),
  ]);
  if (!counts) return null;
  const byOption = new Map(priorities.map((priority) => [priority.voteOptionId, priority]));
  return ranked(tally(options, counts, vote.eligibility)).map((result, i) => ({
    rank: i + 1,
    priority: byOption.get(result.option.id)!,
    votes: result.count,
    share: result.share,
  }));
}

async function planOfYear(fiscalYear: number, ctx: UnitContext): Promise<PlanRow> {
  fiscalYearRange(fiscalYear);
  const plan = await plansOf(ctx).byYear(fiscalYear);
  if (!plan) throw fail('ACTION_PLAN_NOT_FOUND', {}, 'fiscalYear');
  return plan;
}

export const actionPlanResolvers = {
  PolicyPlanningUnit: {
    actionPlan: async (_unit, { fiscalYear }, ctx) => {
      fiscalYearRange(fiscalYear);
      return (await plansOf(ctx).byYear(fiscalYear)) ?? null;
    },
    actionPlans: async (_unit, { first, after }, ctx) => {
      const page = pageRequest(first, after);
      return toConnection(await plansOf(ctx).page(page), page.first, planCursorAt);
    },
  },
  PolicyPlanningMutations: {
    // Plan, priorities, draft and vote (each with its activity) in one transaction; the same plan sent again returns it.
    openActionPlan: (_m, { input }, ctx) => {
      const { plan, draft, vote } = planInput(input);
      const plans = plansOf(ctx);
      return createOnce(ctx.dataSource, {
        find: () => plans.byYear(plan.fiscalYear),
        create: async (manager) => {
          const openedDraft = await createDraft(ctx, draft, manager);
          const openedVote = await createVote(ctx, vote, manager);
          const options = (await ctx.repos.votes.optionsOf([openedVote.id], manager)).get(openedVote.id) ?? [];
          const links = {
            activityId: openedDraft.activityId,
            draftId: openedDraft.id,
            voteId: openedVote.id,
            optionIds: options.map((o) => o.id),
          };
          return plans.insert(plan, links, manager);
        },
        same: (found) => found.inputHash === plan.inputHash,
        conflict: () => fail('ACTION_PLAN_EXISTS', { fiscalYear: plan.fiscalYear }, 'fiscalYear'),
      });
    },
    // The kit's joint decision on the plan's draft and the final order, together or not at all.
    adoptActionPlan: async (_m, { fiscalYear, input }, ctx) => {
      const plan = await planOfYear(fiscalYear, ctx);
      if (plan.status === 'ADOPTED') throw fail('ACTION_PLAN_ADOPTED', {}, 'fiscalYear');
      const ranking = await rankingOf(plan, ctx);
      if (!ranking) {
        const vote = (await ctx.loaders.empower.voteById.load(plan.voteId))!;
        throw fail('ACTION_PLAN_VOTE_OPEN', windowParams(vote), 'fiscalYear');
      }
      const decision = await checkedDecision({ ...input, finalTextTh: adoptedText(plan.summaryTh, ranking) }, ctx);
      return ctx.dataSource.transaction(async (manager) => {
        if (!(await plansOf(ctx).lockOpen(plan.id, manager))) throw fail('ACTION_PLAN_ADOPTED', {}, 'fiscalYear');
        await recordDecision(ctx, plan.draftId, decision, manager);
        const adopted = await plansOf(ctx).adopt(
          plan.id,
          ranking.map((r) => r.priority.id),
          manager,
        );
        // The ranking read the priorities before their final places were written: read them again.
        loadersOf(ctx).priorities.clear(plan.id);
        return adopted;
      });
    },
  },
  ActionPlan: {
    priorities: (plan, _args, ctx) => loadersOf(ctx).priorities.load(plan.id),
    draft: async (plan, _args, ctx) => (await ctx.loaders.involve.draftById.load(plan.draftId))!,
    vote: async (plan, _args, ctx) => (await ctx.loaders.empower.voteById.load(plan.voteId))!,
    priorityRanking: (plan, _args, ctx) => rankingOf(plan, ctx),
    activity: (plan, _args, ctx) => ctx.loaders.activityById.load(plan.activityId),
  },
} satisfies Resolvers;
