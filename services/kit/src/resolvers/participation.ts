import type {
  ActivityFilter,
  FeedbackFilter,
  KitResolvers,
  TemplateUnitResolvers,
} from './generated-types.js';
import type { ActivityConnectionModel, FeedbackConnectionModel, UnitRef } from '../models.js';
import type { UnitContext } from '../context.js';
import { pageRequest, toConnection } from '../pagination.js';
import type { ActivityQuery } from '../repositories/activity-repository.js';
import type { FeedbackQuery } from '../repositories/feedback-repository.js';

const asDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));

function activityQuery(filter: ActivityFilter | null | undefined): ActivityQuery {
  return {
    levels: filter?.levels,
    statuses: filter?.statuses,
    search: filter?.search,
    startsFrom: asDate(filter?.startsFrom),
    startsBefore: asDate(filter?.startsBefore),
    fiscalYear: filter?.fiscalYear,
  };
}

function feedbackQuery(filter: FeedbackFilter | null | undefined): FeedbackQuery {
  return {
    categories: filter?.categories,
    statuses: filter?.statuses,
    channels: filter?.channels,
    activityId: filter?.activityId,
    openOnly: filter?.openOnly,
    search: filter?.search,
    receivedFrom: asDate(filter?.receivedFrom),
    receivedBefore: asDate(filter?.receivedBefore),
    fiscalYear: filter?.fiscalYear,
  };
}

/**
 * Fields of a unit's own entity type, the same in every unit: the kit assigns
 * them to `FinanceAssetsUnit`, `PersonnelUnit`, … under each unit's type name.
 */
export const unitTypeResolvers: TemplateUnitResolvers = {
  __resolveReference: (ref: UnitRef, ctx: UnitContext) => (ref.code === ctx.unit.code ? { code: ref.code } : null),
  slug: (_unit, _args, ctx) => ctx.unit.slug,
  nameTh: (_unit, _args, ctx) => ctx.unit.nameTh,
  nameEn: (_unit, _args, ctx) => ctx.unit.nameEn,
  stats: (_unit, args, ctx) => ctx.loaders.statsByFiscalYear.load(args.fiscalYear ?? 0),
  activities: async (_unit, args, ctx): Promise<ActivityConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const query = activityQuery(args.filter);
    const rows = await ctx.repos.activities.page(query, page);
    return {
      ...toConnection(rows, page.first, (row) => row.startsAt),
      totalCount: () => ctx.repos.activities.count(query),
    };
  },
  feedback: async (_unit, args, ctx): Promise<FeedbackConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    const query = feedbackQuery(args.filter);
    const rows = await ctx.repos.feedback.page(query, page);
    return {
      ...toConnection(rows, page.first, (row) => row.receivedAt),
      totalCount: () => ctx.repos.feedback.count(query),
    };
  },
};

/** Resolvers of the shared value types. */
export const valueTypeResolvers: KitResolvers = {
  Activity: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    feedbackCount: (row, _args, ctx) => ctx.loaders.feedbackCountByActivity.load(row.id),
  },
  Feedback: {
    unitCode: (_row, _args, ctx) => ctx.unit.code,
    activity: (row, _args, ctx) => (row.activityId ? ctx.loaders.activityById.load(row.activityId) : null),
  },
  ActivityConnection: { totalCount: (connection) => connection.totalCount() },
  FeedbackConnection: { totalCount: (connection) => connection.totalCount() },
};
