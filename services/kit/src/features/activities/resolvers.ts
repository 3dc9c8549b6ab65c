import { isUuid } from '@sesao28/platform';
import { activityDraft } from './activity-input.js';
import type { ActivityQuery } from './activity-repository.js';
import { allows } from '../../auth/policy.js';
import { PlatformError } from '../../errors.js';
import type { ActivityConnectionModel } from '../../models.js';
import { pageRequest, toConnection } from '../../pagination.js';
import type { ActivityFilter, KitResolvers, TemplateMutationsResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

/** A filter's date (a DateTime arrives as a string), or null. */
export const asDate = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));

function activityQuery(filter: ActivityFilter | null | undefined, hideDrafts: boolean): ActivityQuery {
  return {
    hideDrafts,
    levels: filter?.levels,
    statuses: filter?.statuses,
    search: filter?.search,
    startsFrom: asDate(filter?.startsFrom),
    startsBefore: asDate(filter?.startsBefore),
    fiscalYear: filter?.fiscalYear,
  };
}

/** A unit's activities, a page at a time. */
export const activityUnitFields: Pick<TemplateUnitResolvers, 'activities'> = {
  activities: async (_unit, args, ctx): Promise<ActivityConnectionModel> => {
    const page = pageRequest(args.first, args.after);
    // A DRAFT is the unit's work in progress: only its own staff list it.
    const query = activityQuery(args.filter, !allows(ctx.identity, ctx.unit, 'participation:manage'));
    const rows = await ctx.repos.activities.page(query, page);
    return {
      ...toConnection(rows, page.first, (row) => row.startsAt),
      totalCount: () => ctx.repos.activities.count(query),
    };
  },
};

/** Staff create activities and move them through their life. */
export const activityMutations: Pick<TemplateMutationsResolvers, 'createActivity' | 'setActivityStatus'> = {
  createActivity: (_m, { input }, ctx) => ctx.repos.activities.create(activityDraft(input)),
  setActivityStatus: (_m, { id, status }, ctx) => {
    if (!isUuid(id)) throw new PlatformError('UNKNOWN_ACTIVITY', {}, 'id');
    return ctx.repos.activities.setStatus(id, status);
  },
};

export const activityValueTypes: Pick<KitResolvers, 'ActivityConnection'> = {
  ActivityConnection: { totalCount: (connection) => connection.totalCount() },
};
