import { searchUnit, snapshotOf } from './unit-search.js';
import { selectedPaths } from '../../selection.js';
import type { KitResolvers, TemplateUnitResolvers } from '../../resolvers/generated-types.js';

/** Asking for these makes the stats statement count participants too. */
export const PARTICIPANT_FIELDS = ['participantsDistinct', 'ladder.participants'];

export const ladderSearchUnitFields: Pick<TemplateUnitResolvers, 'stats' | 'search'> = {
  stats: (_unit, args, ctx, info) => {
    const paths = selectedPaths(info);
    return ctx.loaders.statsByFiscalYear.load({
      year: args.fiscalYear ?? 0,
      participants: PARTICIPANT_FIELDS.some((field) => paths.has(field)),
    });
  },
  search: (_unit, args, ctx) => searchUnit(ctx.repos, ctx.unit.code, args),
};

/**
 * The Activity fields that count: an activity of another unit (in the office's search)
 * carries its own counts, since only its unit can count them.
 */
export const ladderSearchValueTypes: Pick<KitResolvers, 'Activity' | 'SearchHit'> = {
  Activity: {
    unitCode: (row, _args, ctx) => snapshotOf(row)?.snapshotOf ?? ctx.unit.code,
    feedbackCount: (row, _args, ctx) => snapshotOf(row)?.feedbackCount ?? ctx.loaders.feedbackCountByActivity.load(row.id),
    participantCount: (row, _args, ctx) => snapshotOf(row)?.participantCount ?? ctx.loaders.participantCountByActivity.load(row.id),
    partners: (row, _args, ctx) => snapshotOf(row)?.partners ?? ctx.loaders.partnersByActivity.load(row.id),
  },
  SearchHit: {
    activity: (hit, _args, ctx) => {
      if (hit.activity !== undefined) return hit.activity;
      return hit.activityId && hit.unitCode === ctx.unit.code ? ctx.loaders.activityById.load(hit.activityId) : null;
    },
  },
};
